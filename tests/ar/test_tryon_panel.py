"""The try-on dock: a view of the session's try-on filter (studio.live.assembly puts it in from the
window's LiveOptions); its controls drive that filter, and it never makes one of its own."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication
from tests.qt_helpers import qt_app

_APP = qt_app()


def window_session(tryon: bool = True):
    """A session as the window builds it (not started: a test pattern it never reads)."""
    from studio.live.assembly import build_session
    from studio.live.options import LiveOptions, TryOnMode
    from studio.live.session import SessionConfig, VideoSourceConfig

    config = SessionConfig(video=VideoSourceConfig("pattern", width=160, height=90, fps=10, duration_s=1))
    return build_session(LiveOptions(session=config, tryon=TryOnMode.ALWAYS if tryon else TryOnMode.OFF,
                                     price_card=False, disclosure=False))


@pytest.fixture
def panel(tmp_path):
    if not isinstance(QApplication.instance(), QApplication):
        pytest.skip("a QGuiApplication without widgets exists in this process")
    from studio.ui.bridge import EventBridge
    from studio.ui.panels import PanelContext, PanelSettings
    from studio.ui.panels.tryon_panel import TryOnPanel

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    bridge = EventBridge()
    ctx = PanelContext(session_provider=lambda: None, bridge=bridge,
                       settings=PanelSettings(settings, "tryon"), show_provider=lambda: None)
    widget = TryOnPanel(ctx)
    yield widget, bridge, settings
    if widget.tryon_filter is not None:
        widget.tryon_filter.close()
    widget.deleteLater()


def test_the_panel_drives_the_sessions_filter(panel):
    widget, bridge, settings = panel
    session = window_session()
    bridge.session_created.emit(session)
    f = widget.tryon_filter
    assert f is not None and session.tryon is f and session.pipeline.camera_filters == [f]
    assert f.controls.ar_enabled and f.controls.manual_look_id is None and not f.controls.split
    widget.look_combo.setCurrentIndex(widget.look_combo.findData("glasses:aviator"))
    assert f.controls.manual_look_id == "glasses:aviator"
    widget.split_check.setChecked(True)
    assert f.controls.split
    ar_key = [s for s in widget.findChildren(QShortcut) if s.key().toString() == "F6"][0]
    ar_key.activated.emit()                                  # the one-key "AR off"
    assert not f.controls.ar_enabled and not widget.ar_check.isChecked()
    assert settings.value("panels/tryon/look") == "glasses:aviator"


def test_every_catalog_look_is_offered(panel):
    widget, _, _ = panel
    offered = {widget.look_combo.itemData(i) for i in range(widget.look_combo.count())}
    assert {look.id for look in widget.catalog.all()} <= offered


def test_a_session_without_tryon_gets_none_from_the_panel(panel):
    widget, bridge, _ = panel
    session = window_session(tryon=False)
    bridge.session_created.emit(session)
    assert widget.tryon_filter is None and session.tryon is None and session.pipeline.camera_filters == []
    assert "off" in widget.status_label.text()
    widget.split_check.setChecked(True)                      # no filter to drive: nothing breaks


def test_a_missing_face_model_is_named_with_how_to_import_it(tmp_path, monkeypatch):
    """Not 'this product has no try-on look': the model is missing, and the panel says how to get it."""
    import numpy as np

    from studio.core.filters import FilterContext
    from studio.core.frames import VideoFrame
    from studio.models import ModelMissingError
    from studio.models.registry import installed_path
    from studio.ui.panels.tryon_panel import TryOnPanel
    from tests.qt_helpers import wait_until

    real_model = installed_path("face_landmarker")
    monkeypatch.setenv("STUDIO_MODELS_DIR", str(tmp_path / "models"))     # a machine without models
    from studio.ui.bridge import EventBridge
    from studio.ui.panels import PanelContext, PanelSettings

    bridge = EventBridge()
    settings = PanelSettings(QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat), "tryon")
    widget = TryOnPanel(PanelContext(session_provider=lambda: None, bridge=bridge, settings=settings,
                                     show_provider=lambda: None))
    session = window_session()
    bridge.session_created.emit(session)
    f = session.tryon
    widget.look_combo.setCurrentIndex(widget.look_combo.findData("lipstick:ruby-matte"))
    text = widget.status_label.text()
    assert "face model" in text and "studio models import face_landmarker" in text
    assert str(tmp_path / "models" / "face_landmarker") in text and widget.import_button.isVisibleTo(widget)
    frame = VideoFrame(np.zeros((120, 160, 3), np.uint8), 0, 0, 0)

    def reports_the_missing_model() -> bool:   # the model loads off the pipeline: a frame or two later
        try:
            f.process(frame, FilterContext(None, None, 0, None))
        except ModelMissingError:
            return True
        return False

    wait_until(reports_the_missing_model, 10.0, "the missing model was never raised on the pipeline thread")
    f.enabled = False                                   # what the pipeline does with a filter that raised
    widget._show_status()
    assert "studio models import" in widget.status_label.text()   # still the cause, not a vague error

    widget._jobs.import_path("face_landmarker", str(tmp_path / "nowhere.task"))
    wait_until(lambda: "could not be imported" in widget.status_label.text(), 10.0)
    widget.import_model(str(real_model))
    wait_until(lambda: widget.status_label.text() == "Face model installed: try-on is on.", 20.0)
    assert f.enabled and not widget.import_button.isVisibleTo(widget)
    f.process(frame, FilterContext(None, None, 0, None))             # the tracker now loads
    wait_until(lambda: f.process(frame, FilterContext(None, None, 0, None))
               and f.last_report.state.value != "loading", 60.0)
    assert f.last_report.state.value == "no_face"
    f.close()
    widget.deleteLater()


def test_live_the_panel_says_how_often_the_face_is_followed_not_a_frame_cost(panel):
    """A window session tracks on its own thread: 'ms a frame' would be the model's time on another thread."""
    import time

    import numpy as np

    from studio.core.filters import FilterContext
    from studio.core.frames import VideoFrame
    from studio.overlays.tryon import TryOnState
    from skimage import data

    widget, bridge, _ = panel
    session = window_session()
    bridge.session_created.emit(session)
    f = widget.tryon_filter
    assert f.options.track_in_background
    f.set_manual_look("lipstick:ruby-matte")
    face = np.ascontiguousarray(data.astronaut()[:, :, ::-1])
    deadline, i = time.monotonic() + 90, 0
    while f.last_report is None or f.last_report.state is not TryOnState.DRAWN:
        assert time.monotonic() < deadline
        f.process(VideoFrame(face, i * 33_333_333, i, 0), FilterContext(None, None, 0))
        i += 1
        time.sleep(0.03)
    widget._show_status()
    assert "times a second" in widget.status_label.text() and "ms a frame" not in widget.status_label.text()
