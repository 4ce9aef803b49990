"""The headless packages never import PySide6 (docs: /work/shared/ARCHITECTURE.md, "A test can hold
the boundary"): the CLI, a benchmark or a server can use them without Qt, and only studio/ui
(plus QtGui text rendering in studio/overlays/qt_paint.py, imported lazily) touches Qt.

Each package and every module in it is imported in a fresh interpreter, so one package's imports
cannot hide another's.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HEADLESS = ["core", "capture", "show", "models", "sales", "compliance", "prompter", "captions", "ar",
            "outputs"]

# Imports each module of the package in turn and reports the first one after which a Qt
# binding is loaded (and modules that failed to import, which would hide their imports).
PROBE = r"""
import importlib, json, pkgutil, sys
package = importlib.import_module(sys.argv[1])
names = [sys.argv[1]] + sorted(m.name for m in pkgutil.walk_packages(package.__path__, sys.argv[1] + "."))
culprit, failed = None, {}
if "PySide6" in sys.modules:
    culprit = sys.argv[1]
for name in names:
    if culprit:
        break
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed[name] = f"{type(exc).__name__}: {exc}"
    if "PySide6" in sys.modules:
        culprit = name
print(json.dumps({"modules": names, "culprit": culprit, "failed": failed}))
"""


def _has_modules(package_dir: Path) -> bool:
    return (package_dir / "__init__.py").is_file() or any(package_dir.glob("*.py"))


@pytest.mark.parametrize("package", HEADLESS)
def test_headless_package_does_not_import_pyside6(package):
    package_dir = ROOT / "studio" / package
    if not package_dir.is_dir() or not _has_modules(package_dir):
        pytest.skip(f"studio.{package} does not exist yet: nothing to check")
    proc = subprocess.run([sys.executable, "-c", PROBE, f"studio.{package}"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["culprit"] is None, (
        f"importing {result['culprit']} loads PySide6: move the Qt code to studio/ui or import it "
        f"inside the function that draws")
    assert not result["failed"], f"modules that do not import (their imports went unchecked): {result['failed']}"
