"""The real entry points: `studio` without a command opens the window; the app starts and stops cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_studio_without_a_command_opens_the_window(monkeypatch):
    import studio.ui.app as app
    from studio.cli.main import main

    calls = []
    # main() hands its parsed window options to open_window; patch that so no real window runs.
    monkeypatch.setattr(app, "open_window", lambda args: calls.append(args) or 0)
    assert main([]) == 0
    assert len(calls) == 1 and calls[0].command is None and calls[0].show is None


def test_window_app_starts_shows_pictures_and_quits(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STUDIO_DATA_DIR=str(tmp_path), PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-m", "studio.ui.app", "--smoke-test-s", "1.5", "--language", "zh_CN",
                             "--show", str(ROOT / "assets" / "shows" / "autumn-lip-launch.show.md")],
                            env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "frames painted" in result.stdout
    assert "Traceback" not in result.stderr
    # The window kept what it was given for the next run.
    assert "autumn-lip-launch.show.md" in (tmp_path / "studio-window.ini").read_text()
