"""The panel contract other features follow, and the bridge that carries core events to the GUI thread."""

from __future__ import annotations

import sys
import textwrap
import threading

from PySide6.QtCore import QCoreApplication, QThread, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from studio.core.events import CaptionEvent, EventBus, SegmentChanged, StatusMessage, Severity
from studio.ui.bridge import EventBridge
from studio.ui.panels import PanelContext, PanelSpec, discover_panels
from tests.ui.conftest import activate, close_window, wait_for_frames, wait_until


def test_bridge_delivers_events_from_core_threads_on_the_gui_thread(qapp):
    bridge, bus = EventBridge(), EventBus()
    bridge.attach(bus)
    got = []
    bridge.event.connect(lambda e: got.append(("any", type(e).__name__, QThread.currentThread() is qapp.thread())))
    bridge.segment_changed.connect(lambda e: got.append(("segment", e.index, QThread.currentThread() is qapp.thread())))
    bridge.caption.connect(lambda e: got.append(("caption", e.text, QThread.currentThread() is qapp.thread())))
    workers = [threading.Thread(target=bus.publish, args=(SegmentChanged(2, 1),)),
               threading.Thread(target=bus.publish, args=(CaptionEvent("final", 0.0, 1.0, 1.2, "hola", "es"),))]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert got == []   # nothing ran on the publishing threads
    wait_until(lambda: len(got) == 4, 2.0)
    assert all(on_gui for *_, on_gui in got)
    assert ("segment", 2, True) in got and ("caption", "hola", True) in got
    bridge.close()
    bus.publish(StatusMessage(Severity.INFO, "after close"))
    QCoreApplication.processEvents()
    assert len(got) == 4


class RecordingPanel(QLabel):
    """A panel as another feature would write it."""

    instances: list["RecordingPanel"] = []

    def __init__(self, ctx: PanelContext):
        super().__init__("segment: none")
        self.ctx = ctx
        self.sessions = []
        self.segments = []
        ctx.bridge.session_created.connect(self.sessions.append)
        ctx.bridge.segment_changed.connect(self._on_segment)
        RecordingPanel.instances.append(self)

    def _on_segment(self, event):
        self.segments.append(event.index)
        show = self.ctx.show_provider()
        self.setText(f"segment: {show.segments[event.index].title}")


def broken_factory(ctx):
    raise RuntimeError("this panel is broken")


def test_window_builds_docks_from_panel_specs(make_window, example_show_path):
    specs = [PanelSpec("recorder-test", "Test panel", RecordingPanel, Qt.DockWidgetArea.RightDockWidgetArea,
                       shortcut="Ctrl+Shift+T"),
             PanelSpec("broken", "Broken", broken_factory)]
    window = make_window(panel_specs=specs)
    window.load_show(str(example_show_path))
    wait_for_frames(window)
    assert set(window.panel_docks) == {"recorder-test"}   # the broken one is left out; the window opens
    dock = window.panel_docks["recorder-test"]
    assert dock.windowTitle() == "Test panel" and dock.isVisible()
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert dock.toggleViewAction() in window.view_menu.actions()
    panel = RecordingPanel.instances[-1]
    assert panel.sessions == [window.controller.session]   # told before the session started
    assert panel.ctx.session_provider() is window.controller.session
    window.next_segment()
    wait_until(lambda: panel.segments == [1], 3.0)
    assert panel.text() == "segment: Ruby matte"
    panel.ctx.settings.set_value("font_px", 48)
    dock.hide()
    close_window(window)

    again = make_window(panel_specs=specs[:1])
    assert not again.panel_docks["recorder-test"].isVisible()   # the layout is remembered
    assert int(RecordingPanel.instances[-1].ctx.settings.value("font_px")) == 48


def test_discover_panels_finds_panel_modules_and_skips_broken_ones(tmp_path, monkeypatch):
    package = tmp_path / "fake_panels"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "notes_panel.py").write_text(textwrap.dedent("""
        from PySide6.QtCore import QT_TRANSLATE_NOOP
        from PySide6.QtWidgets import QLabel
        from studio.ui.panels import PanelSpec
        PANEL = PanelSpec("notes", QT_TRANSLATE_NOOP("Panels", "Notes"), lambda ctx: QLabel("notes"), order=5)
    """))
    (package / "later_panel.py").write_text(textwrap.dedent("""
        from studio.ui.panels import PanelSpec
        PANEL = PanelSpec("later", "Later", lambda ctx: None, order=50)
    """))
    (package / "crashing_panel.py").write_text("raise ImportError('missing dependency')\n")
    (package / "helpers.py").write_text("PANEL = 'not a panel module'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    specs = discover_panels("fake_panels")
    assert [s.id for s in specs] == ["notes", "later"]
    sys.modules.pop("fake_panels", None)


def test_shipped_panels_all_load():
    """Every *_panel module in studio/ui/panels imports and declares a PanelSpec."""
    import pkgutil

    import studio.ui.panels as panels

    modules = [m.name for m in pkgutil.iter_modules(panels.__path__) if m.name.endswith("_panel")]
    assert len(discover_panels()) == len(modules)


def test_no_two_commands_share_a_key_across_the_window_and_its_panels(make_window):
    """Qt fires neither of two shortcuts on one key: a host's PageDown or F-key would do nothing."""
    window = make_window()
    assert window.shortcut_conflicts() == {}
    keys = {seq.toString() for seq in window.next_segment_action.shortcuts()}
    assert keys == {"PgDown", "F9"}


class GreedyPanel(QLabel):
    """A panel that binds PageDown for itself, inside its own widget tree."""

    def __init__(self, ctx: PanelContext):
        super().__init__("greedy")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pressed = 0
        shortcut = QShortcut(QKeySequence("PgDown"), self, lambda: setattr(self, "pressed", self.pressed + 1))
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)


def test_a_panel_binding_a_window_key_is_switched_off_and_the_key_still_works(make_window, example_show_path):
    window = make_window(panel_specs=[PanelSpec("greedy", "Greedy", GreedyPanel)])
    window.load_show(str(example_show_path))
    wait_for_frames(window)
    assert window.shortcut_conflicts() == {}
    panel = window.panel_widgets["greedy"]
    activate(window)
    panel.setFocus()
    QTest.keyClick(panel, Qt.Key.Key_PageDown)
    wait_until(lambda: window.controller.session.segment_index == 1, 3.0,
               "PageDown with the focus in a panel did not move the segment")
    assert panel.pressed == 0
