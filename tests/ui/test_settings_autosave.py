"""Settings are saved as they change, not only at a clean exit: a window that crashes or is killed
during a live keeps its layout and the host's picks (the crashed run of issue 12 lost them)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from tests.ui.conftest import spin, wait_until


def test_window_layout_and_picks_reach_the_disk_while_the_window_is_open(make_window, monkeypatch, tmp_path):
    import studio.ui.main_window as main_window
    from studio.ui.settings import StudioSettings

    monkeypatch.setattr(main_window, "SETTINGS_AUTOSAVE_MS", 200)
    ini = tmp_path / "studio-window.ini"
    window = make_window(settings=StudioSettings(ini))
    spin(0.5)
    dock = next(iter(window.panel_docks.values()))
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    window.resize(1300, 850)
    state = bytes(window.saveState(main_window.LAYOUT_VERSION))

    def on_disk() -> QSettings:
        return QSettings(str(ini), QSettings.Format.IniFormat)   # a fresh reader, as the next run would be

    wait_until(lambda: on_disk().value("window/state") is not None
               and bytes(on_disk().value("window/state")) == state, 10.0,
               "the dock layout was not written to disk while the window was open")
    assert on_disk().value("window/geometry") is not None
    assert on_disk().value("video/kind") == window.sources.video_choice().kind
