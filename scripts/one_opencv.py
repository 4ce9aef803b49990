"""Leaves exactly one OpenCV installed: opencv-python-headless, at the version requirements.lock pins.

    .venv/bin/python scripts/one_opencv.py      # after `pip install -r requirements.lock`

mediapipe declares opencv-contrib-python, so pip installs it with the lock; but every OpenCV
distribution writes the same cv2/ package, and the studio (like mediapipe, which only draws with
it in drawing_utils) uses nothing from contrib nor from highgui's windows. The headless build
has no Qt 5 inside (on Linux cv2 otherwise links and loads Qt5Core/Gui/Widgets) and no contrib
modules: 44 MB less in the installed app (docs/packaging.md, "Size"). Run by scripts/setup.sh
and the release workflow; does nothing when only the pinned headless build is installed.
"""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEEP = "opencv-python-headless"
OTHERS = ("opencv-python", "opencv-contrib-python", "opencv-contrib-python-headless")


def pinned_version(lock: Path = ROOT / "requirements.lock") -> str:
    for line in lock.read_text("utf-8").splitlines():
        name, sep, version = line.split("#", 1)[0].strip().partition("==")
        if sep and name.strip().lower() == KEEP:
            return version.strip()
    raise SystemExit(f"{lock}: no {KEEP}==VERSION line")


def _installed(name: str) -> str | None:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def main() -> int:
    version = pinned_version()
    others = [name for name in OTHERS if _installed(name)]
    pip = [sys.executable, "-m", "pip", "-q"]
    if others:
        # Uninstalling removes the shared cv2/ files too: the headless build is reinstalled below.
        subprocess.run([*pip, "uninstall", "-y", *others], check=True)
    if others or _installed(KEEP) != version:
        subprocess.run([*pip, "install", "--force-reinstall", "--no-deps", f"{KEEP}=={version}"], check=True)
    print(f"one_opencv: {KEEP} {version}" + (f" (removed {', '.join(others)})" if others else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
