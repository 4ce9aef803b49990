"""Panels: the docks around the preview (teleprompter, captions, try-on, sales ...).

How to add a panel (no edit to any other file is needed):

1. Create `studio/ui/panels/<name>_panel.py` (the file name must end in `_panel`).
2. In it, define a module-level `PANEL = PanelSpec(...)`:

       from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
       from PySide6.QtWidgets import QLabel, QWidget
       from studio.ui.panels import PanelContext, PanelSpec

       class PrompterPanel(QWidget):
           '''Called on the GUI thread only.'''
           def __init__(self, ctx: PanelContext):
               super().__init__()
               self._ctx = ctx
               self._label = QLabel(self.tr("No show loaded"), self)
               ctx.bridge.segment_changed.connect(self._on_segment)   # SegmentChanged
               ctx.bridge.session_created.connect(self._on_session)   # before it starts

           def _on_session(self, session):
               self._captions = session.captions   # the session's parts: send them commands

           def _on_segment(self, event):
               show = self._ctx.show_provider()
               ...

       PANEL = PanelSpec(
           id="prompter",                                   # stable: saved layout uses it
           title=QT_TRANSLATE_NOOP("Panels", "Teleprompter"),
           factory=PrompterPanel,                           # factory(ctx) -> QWidget
           default_area=Qt.DockWidgetArea.RightDockWidgetArea,
       )

3. That's it: the window finds every `*_panel` module in this package, builds a
   QDockWidget for each PANEL, lists it in the View menu (with its shortcut if
   you set one), and remembers whether it is shown, where, and how big.

Rules for panels (the studio's real-time rules):
- The factory and every slot run on the GUI thread. Do no heavy work there: no
  model loading, no inference, no file scans longer than a few ms. Start your
  own thread (or use the session's pipeline via filters) and hand results back
  through a queued signal.
- Core events reach you as Qt signals on the GUI thread through `ctx.bridge`
  (an `EventBridge`): `event` (every event), and typed ones `segment_changed`,
  `caption`, `status`, `source_state`, `recorder_state`; plus `session_created`
  (a new Session, emitted BEFORE it starts: find its parts here — `session.captions`,
  `session.tryon`, `session.prompter`, `session.sales`, `session.outputs`),
  `session_stopped`, and `show_changed` (a Show or None).
- Panels are views: they send the session's parts commands and paint their snapshots.
  They never make a stage (a filter, an overlay, an output, a worker thread) nor wire one
  into the session: the session is assembled once from LiveOptions in studio.live, for the
  window and `studio run` alike (a new part is a LiveOptions field and an assembly step;
  tests/test_import_boundary.py holds this).
  Never subscribe to `session.events` directly from a widget: those handlers
  run on the core's threads.
- `ctx.session_provider()` is the running Session or None (sources are being
  switched, or none could start). `ctx.show_provider()` is the loaded Show or None.
- Settings: `ctx.settings` is a `PanelSettings` scoped to your panel id
  (`value(key, default)`, `set_value(key, value)`); they persist between runs.
- Text: English source strings through `self.tr("...")` (or
  `QCoreApplication.translate("Context", "...")`); `python scripts/i18n.py`
  collects them from every file under studio/ui/, including your panel, into
  assets/i18n/studio_zh_CN.ts; fill in the Chinese there and run it again to
  compile the .qm. Language changes take effect on the next start of the
  window, so panels need no retranslate code.
- Keys: the window owns PageDown/PageUp and F9/Shift+F9 (next/previous segment,
  from anywhere, a panel's own windows such as a full-screen view included:
  presentation clickers send PageDown), Ctrl+R, Ctrl+O, Ctrl+Shift+R, Ctrl+, and
  Ctrl+Q. Do not bind them, not even in a window of your own; react to
  `segment_changed` instead (a panel shortcut on one of them in the dock is
  switched off at start and logged). Two owners of any key make Qt fire neither:
  tests/ui/test_shortcuts.py fails on them.
- Segments: the session owns the current segment. To move it, call
  `session.go_to_segment(i)` / `next_segment()`; to follow it, use
  `segment_changed`. Never send the session back an index you were told
  earlier: a panel that echoes stale indexes drags the show back when the host
  presses PageDown twice quickly (a test presses it quickly with every panel loaded).
- Text drawn ON the video goes through studio.overlays.qt_paint, never cv2.putText.
- A panel whose module fails to import or whose factory raises is logged and
  left out; the studio still opens.
- When the window closes, each panel widget gets `close()` (so its closeEvent)
  before the session stops: stop your threads there. The dock wraps the panel in
  a scroll area, so a wide panel scrolls instead of squeezing the preview; keep
  the panel usable at 360 px wide.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QSettings, Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from studio.ui.bridge import EventBridge

log = logging.getLogger(__name__)

PANEL_MODULE_SUFFIX = "_panel"


class PanelSettings:
    """One panel's slice of the studio settings (keys live under `panels/<id>/`). GUI thread."""

    def __init__(self, settings: QSettings, panel_id: str) -> None:
        self._settings = settings
        self._prefix = f"panels/{panel_id}/"

    def value(self, key: str, default: Any = None, value_type: type | None = None) -> Any:
        if value_type is None:
            return self._settings.value(self._prefix + key, default)
        return self._settings.value(self._prefix + key, default, type=value_type)

    def set_value(self, key: str, value: Any) -> None:
        self._settings.setValue(self._prefix + key, value)

    def remove(self, key: str) -> None:
        self._settings.remove(self._prefix + key)


@dataclass
class PanelContext:
    """What a panel gets from the window. Use it on the GUI thread only."""

    session_provider: Callable[[], Any]      # -> studio.live.session.Session | None
    bridge: "EventBridge"
    settings: PanelSettings
    show_provider: Callable[[], Any]         # -> studio.show.Show | None


@dataclass(frozen=True)
class PanelSpec:
    """One dock. `title` is an English source string marked with QT_TRANSLATE_NOOP("Panels", ...)."""

    id: str
    title: str
    factory: Callable[[PanelContext], "QWidget"]
    default_area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea
    visible_by_default: bool = True
    shortcut: str = ""          # e.g. "Ctrl+Shift+P" to toggle the dock from the View menu
    order: int = 100            # View menu and first-run stacking order, lowest first
    tags: tuple[str, ...] = field(default_factory=tuple)


def discover_panels(package: str = __name__) -> list[PanelSpec]:
    """Every PANEL from `*_panel` modules of the package, sorted by (order, id).

    A module that fails to import is logged and skipped: one broken panel must
    not keep the studio from opening.
    """
    pkg = importlib.import_module(package)
    specs: list[PanelSpec] = []
    seen: set[str] = set()
    for info in pkgutil.iter_modules(pkg.__path__):
        if not info.name.endswith(PANEL_MODULE_SUFFIX):
            continue
        try:
            module = importlib.import_module(f"{package}.{info.name}")
        except Exception:
            log.exception("panel module %s failed to import; it is left out", info.name)
            continue
        spec = getattr(module, "PANEL", None)
        if not isinstance(spec, PanelSpec):
            log.warning("panel module %s has no PANEL = PanelSpec(...); skipped", info.name)
            continue
        if spec.id in seen:
            log.warning("panel id %r is used twice; %s skipped", spec.id, info.name)
            continue
        seen.add(spec.id)
        specs.append(spec)
    return sorted(specs, key=lambda s: (s.order, s.id))
