"""Shared test set-up: real models from .models/, a private data folder, offscreen Qt.

Tests read real speech from ../shared/data/speech when it is there and skip
cleanly when it is not (it is never copied into the project).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_SPEECH = ROOT.parent / "shared" / "data" / "speech"

os.environ.setdefault("STUDIO_MODELS_DIR", str(ROOT / ".models"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """Every test gets its own data folder: settings, logs and sales never touch the user's."""
    monkeypatch.setenv("STUDIO_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture
def shared_speech() -> Path:
    if not SHARED_SPEECH.is_dir():
        pytest.skip("../shared/data/speech is not beside this checkout")
    return SHARED_SPEECH


def require_installed_model(name: str) -> Path:
    from studio.models.registry import installed_path

    path = installed_path(name)
    if path is None:
        pytest.fail(f"model {name} is not installed: run scripts/setup.sh")
    return path


@pytest.fixture
def example_show_path() -> Path:
    return ROOT / "assets" / "shows" / "autumn-lip-launch.show.md"
