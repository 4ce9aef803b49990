"""The package boundaries (docs: /work/shared/ARCHITECTURE.md, "A test can hold the boundary").

- The headless packages never import PySide6 when imported: the CLI, a benchmark or a server can
  use them without Qt, and only studio/ui touches widgets. Overlays draw text with QtGui
  (studio/overlays/qt_paint.py), imported lazily inside the drawing functions, never QtWidgets.
- studio.core is a leaf: it imports no other studio package (read from the source with ast, so an
  import inside a function or under TYPE_CHECKING counts too).

Each package and every module in it is imported in a fresh interpreter, so one package's imports
cannot hide another's.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HEADLESS = ["core", "capture", "show", "models", "sales", "compliance", "prompter", "captions", "ar",
            "outputs", "overlays", "live", "localize", "rehearsal", "comments", "localnet", "console"]

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


# Draws text on video through every QtGui path overlays use, then reports which Qt modules loaded.
DRAW_PROBE = r"""
import json, sys
from studio.overlays.qt_paint import TextStyle, render_text
from studio.overlays.status_card import camera_lost_card
render_text("Price 99 价格", TextStyle(size_px=24))
camera_lost_card((320, 180), "no signal")
print(json.dumps(sorted(m for m in sys.modules if m.startswith("PySide6."))))
"""


def test_overlays_draw_with_qtgui_never_qtwidgets():
    proc = subprocess.run([sys.executable, "-c", DRAW_PROBE], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr
    loaded = json.loads(proc.stdout.strip().splitlines()[-1])
    assert "PySide6.QtGui" in loaded                 # the probe really drew with Qt
    assert "PySide6.QtWidgets" not in loaded, "overlays must draw with QtGui only, never widgets"


def _studio_imports(path: Path) -> set[str]:
    """The studio packages a module imports (every import statement, wherever it stands)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == "studio" and len(parts) > 1:
                found.add(parts[1])
    return found


def test_core_is_a_leaf():
    """studio.core imports no other studio package: the session that joins capture, outputs and
    overlays lives in studio.live, and only the front ends create the Qt application."""
    arrows = {}
    for path in sorted((ROOT / "studio" / "core").rglob("*.py")):
        others = _studio_imports(path) - {"core"}
        if others:
            arrows[str(path.relative_to(ROOT))] = sorted(others)
    assert not arrows, f"studio.core must be a leaf; these modules import other studio packages: {arrows}"


def test_only_the_front_ends_create_the_qt_application():
    """The session and the core never make (or ensure) a Qt application: studio.cli and studio.ui.app
    do, on the main thread, before a session exists."""
    creators = {"QGuiApplication", "QApplication", "QCoreApplication", "ensure_gui_application"}
    found = {}
    for package in ("core", "live"):
        for path in sorted((ROOT / "studio" / package).rglob("*.py")):
            tree = ast.parse(path.read_text("utf-8"), str(path))
            names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
            names |= {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
            if names & creators:
                found[str(path.relative_to(ROOT))] = sorted(names & creators)
    assert not found, f"only the front ends create the Qt application: {found}"


# The parts of a live session: only studio.live (the assembly and the session's own commands) makes
# them and attaches them to the pipeline or the audio.
STAGES = {"StreamingCaptioner", "CaptionsThread", "start_captions", "LiveCaptions", "TryOnFilter",
          "CaptionBarOverlay", "PriceCardOverlay", "DisclosureTicker", "LiveComplianceChecker", "LivePrompter",
          "PrompterWorker", "RtmpOutput", "VirtualCameraOutput", "CaptionFeedServer", "ProgramFeed",
          "Mp4Recorder", "SalesWorker"}
ATTACHING = {"add_camera_filter", "add_overlay", "add_output", "remove_output", "add_worker", "add_audio_consumer"}


def _stage_use(path: Path) -> list[str]:
    """Stage classes a module imports, and session-wiring calls it makes (line numbers)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("studio."):
            found += [f"{node.lineno}: imports {a.name}" for a in node.names if a.name in STAGES]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ATTACHING:
            found.append(f"{node.lineno}: calls .{node.func.attr}()")
    return found


def test_the_window_never_constructs_stages():
    """Panels are views: they send the session's parts commands (session.captions.start(),
    session.outputs.start_program_feed(), session.sales.post(...)) and paint snapshots. Making a
    stage or wiring one into the session is studio.live's (LiveOptions -> assembly), so the window
    and `studio run` build the same session."""
    offenders = {}
    for path in sorted((ROOT / "studio" / "ui").rglob("*.py")):
        found = _stage_use(path)
        if found:
            offenders[str(path.relative_to(ROOT))] = found
    assert not offenders, f"the window makes or wires session stages itself (put them in studio.live): {offenders}"


def test_the_stage_check_sees_a_panel_that_builds_its_own_filter(tmp_path):
    """The check above can fail: the try-on dock as it was before the assembly owned its filter."""
    panel = tmp_path / "old_tryon_panel.py"
    panel.write_text("def _on_session(self, session):\n"
                     "    from studio.overlays.tryon import TryOnFilter, TryOnOptions\n"
                     "    self._filter = TryOnFilter(TryOnOptions(track_in_background=True))\n"
                     "    session.add_camera_filter(self._filter)\n", "utf-8")
    assert _stage_use(panel) == ["2: imports TryOnFilter", "4: calls .add_camera_filter()"]
