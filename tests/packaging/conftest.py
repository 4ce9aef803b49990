"""Shared by the packaging tests: packaging/pyinstaller/bundle_trim.py, loaded from its file (it is not a package)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def trim():
    spec = importlib.util.spec_from_file_location("bundle_trim", ROOT / "packaging" / "pyinstaller" / "bundle_trim.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
