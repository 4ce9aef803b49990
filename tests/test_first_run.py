"""A host's first run after the README's set-up, in a fresh shell with no STUDIO_* variables:
the models are where the studio looks, `studio` takes the window's options, and without a
display it says so in one sentence instead of aborting inside Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from studio.ui.app import display_problem

ROOT = Path(__file__).resolve().parent.parent
SHOW = ROOT / "assets" / "shows" / "autumn-lip-launch.show.md"
sys.path.insert(0, str(ROOT / "scripts"))


def _clean_env(**extra: str) -> dict[str, str]:
    """What a fresh login shell has: HOME and PATH, no STUDIO_*, no display, no Qt platform."""
    env = {"HOME": os.environ.get("HOME", str(Path.home())), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    env.update(extra)
    return env


def test_setup_installs_every_model_where_the_studio_looks_without_any_variable(setup_models_dir):
    from fetch_test_models import SOURCES

    probe = ("from studio import paths; from studio.models.registry import installed_path; "
             "import sys; names = sys.argv[1:]; print(paths.models_dir()); "
             "print(' '.join(n for n in names if installed_path(n) is None))")
    proc = subprocess.run([sys.executable, "-c", probe, *SOURCES], cwd=ROOT, env=_clean_env(),
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    default_folder, missing = (proc.stdout.splitlines() + ["", ""])[:2]
    if Path(default_folder) != setup_models_dir:
        pytest.skip(f"this test run reads its models from STUDIO_MODELS_DIR={setup_models_dir}")
    assert missing == "", f"scripts/setup.sh did not install {missing} into {default_folder}"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY/WAYLAND_DISPLAY are Linux's")
@pytest.mark.parametrize("command", [["-m", "studio"], ["-m", "studio", "--show", str(SHOW), "--language", "zh_CN"],
                                     ["-m", "studio.ui.app", "--smoke-test-s", "1"]],
                         ids=["studio", "studio --show --language", "studio-gui"])
def test_without_a_display_the_window_says_so_in_one_sentence(command, tmp_path):
    proc = subprocess.run([sys.executable, *command], cwd=ROOT, env=_clean_env(STUDIO_DATA_DIR=str(tmp_path)),
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "No display was found" in lines[0] and "QT_QPA_PLATFORM=offscreen" in lines[0]
    assert "studio run" in lines[0]


def test_display_problem_reads_the_platform_and_the_display_variables(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert display_problem({}) is not None
    assert display_problem({"QT_QPA_PLATFORM": "xcb"}) is not None            # xcb with no X server
    assert display_problem({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}) is not None
    assert display_problem({"DISPLAY": ":99"}) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_problem({"QT_QPA_PLATFORM": "xcb:dpi=96", "DISPLAY": ":1"}) is None
    monkeypatch.setattr(sys, "platform", "win32")
    assert display_problem({}) is None


@pytest.mark.slow
def test_studio_takes_the_window_options_of_studio_gui(tmp_path, setup_models_dir):
    """docs/studio-window.md: `studio --show PATH --language zh_CN --smoke-test-s N`."""
    env = _clean_env(STUDIO_DATA_DIR=str(tmp_path), STUDIO_MODELS_DIR=str(setup_models_dir),
                     QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "studio", "--show", str(SHOW), "--language", "zh_CN",
                           "--smoke-test-s", "1"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "invalid choice" not in proc.stderr
    assert "frames painted, language zh_CN" in proc.stdout
