"""Where the studio keeps its files on the user's machine.

Each location can be moved with an environment variable, as a test, a second
laptop or a portable install would.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "LiveHostStudio"


def _env_path(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """STUDIO_DATA_DIR, else the OS's per-user data folder."""
    path = _env_path("STUDIO_DATA_DIR")
    if path is None:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def models_dir() -> Path:
    """STUDIO_MODELS_DIR, else <data dir>/models."""
    path = _env_path("STUDIO_MODELS_DIR") or data_dir() / "models"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def recordings_dir() -> Path:
    path = _env_path("STUDIO_RECORDINGS_DIR") or data_dir() / "recordings"
    path.mkdir(parents=True, exist_ok=True)
    return path


def assets_dir() -> Path:
    """assets/ beside the package in a checkout; inside the bundle when frozen by PyInstaller."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "assets"
    return Path(__file__).resolve().parent.parent / "assets"
