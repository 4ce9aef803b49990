"""Shared test set-up: the real models scripts/setup.sh installed, a private data folder, offscreen Qt.

The models are read where the studio itself reads them (STUDIO_MODELS_DIR, else the user's
data folder), so the README's set-up serves the app and the tests with one copy on disk.

Tests read real speech from ../shared/data/speech when it is there and skip
cleanly when it is not (it is never copied into the project).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from studio import paths

ROOT = Path(__file__).resolve().parent.parent
SHARED_SPEECH = ROOT.parent / "shared" / "data" / "speech"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Where scripts/setup.sh put the models; pinned before each test moves the data folder.
SETUP_MODELS_DIR = paths.models_dir()
os.environ["STUDIO_MODELS_DIR"] = str(SETUP_MODELS_DIR)


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """Every test gets its own data folder: settings, logs and sales never touch the user's."""
    monkeypatch.setenv("STUDIO_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture
def setup_models_dir() -> Path:
    """The folder holding the models scripts/setup.sh installed (tests that move
    STUDIO_MODELS_DIR still find the real files here)."""
    return SETUP_MODELS_DIR


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
