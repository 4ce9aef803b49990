"""The Go live dock, offscreen, on a real session (test pattern, silence) and a real RTMP server."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QGuiApplication

from studio.core.compositor import CanvasConfig
from studio.live.session import Session, SessionConfig, VideoSourceConfig

from tests.qt_helpers import qt_app  # noqa: E402

# Widgets need a QApplication made before anything makes a plain QGuiApplication.
_APP = qt_app()

from studio.outputs.events import LinkState  # noqa: E402
from studio.ui.bridge import EventBridge  # noqa: E402
from studio.ui.panels import PanelContext, PanelSettings  # noqa: E402
from studio.ui.panels.golive_panel import PANEL, GoLivePanel  # noqa: E402

KEY = "panel_key_42_secret"


def _wait(predicate, timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, "condition not met in time"
        QCoreApplication.processEvents()
        time.sleep(0.01)


@pytest.fixture
def live(tmp_path):
    config = SessionConfig(video=VideoSourceConfig(kind="pattern", width=320, height=240, fps=15),
                           canvas=CanvasConfig(aspect="16:9", long_side_px=320))
    session = Session(config)
    bridge = EventBridge()
    bridge.attach(session.events)
    settings = PanelSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "golive")
    settings.set_value("feed_enabled", True)      # the host switched the feed on in an earlier run
    settings.set_value("feed_port", 0)            # any free port: the machine is shared
    ctx = PanelContext(session_provider=lambda: session, bridge=bridge, settings=settings,
                       show_provider=lambda: None)
    panel = PANEL.factory(ctx)
    bridge.session_created.emit(session)
    session.start()
    panel.show()
    yield panel, session, settings
    bridge.session_stopped.emit()
    session.stop()
    panel.close()
    panel.deleteLater()
    bridge.detach()
    QCoreApplication.processEvents()


def test_go_live_panel_streams_shows_program_and_serves_captions(live, rtmp_server, memory_keyring):
    panel, session, settings = live
    assert isinstance(panel, GoLivePanel)

    # RTMP: the key goes to the keychain, never to the settings file or the widget.
    stream = panel.stream
    assert not stream.stop_button.isEnabled()          # nothing to stop yet
    stream.preset_combo.setCurrentIndex(stream.preset_combo.findData("custom"))
    stream.url_edit.setText(rtmp_server.url())
    stream.key_name_edit.setText("rehearsal")
    stream.key_edit.setText(KEY)
    stream.stream_button.click()
    assert stream.key_edit.text() == ""
    assert memory_keyring.secrets[("LiveHostStudio.stream-key", "rehearsal")] == KEY
    _wait(lambda: stream.streams and stream.streams[0].state == LinkState.LIVE)
    _wait(lambda: "LIVE" in stream.health_label.text() and "kb/s" in stream.health_label.text())
    assert stream.stop_button.isEnabled()
    assert KEY not in stream.health_label.text() + stream.stream_status.text()
    settings._settings.sync()
    assert KEY not in open(settings._settings.fileName(), encoding="utf-8").read()

    # A second destination is refused until multi-destination is on, with the TikTok warning.
    stream.url_edit.setText("rtmp://push.tiktokcdn.com/game/")
    stream.stream_button.click()
    assert "simulcasting" in stream.stream_status.text() and len(stream.streams) == 1
    assert not stream.multi_warning.isVisibleTo(panel)
    stream.multi_check.setChecked(True)
    assert stream.multi_warning.isVisibleTo(panel) and "TikTok" in stream.multi_warning.text()

    # The program window shows the session's program feed (an output of the session, not the window's).
    panel.program_button.setChecked(True)
    window = panel._program_window
    assert window is not None and window.windowTitle() == "Live Host Studio — Program"
    feed = session.outputs.program_feed
    assert feed is not None and feed in session.pipeline.outputs
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.screen().name() == panel.screen_combo.currentData()
    assert window.width() / window.height() == pytest.approx(16 / 9, rel=0.02)   # canvas-shaped
    _wait(lambda: window.preview.frames_painted > 3)
    assert feed.health().frames_written > 3
    window.close()
    _wait(lambda: panel._program_window is None and not panel.program_button.isChecked())
    assert session.outputs.program_feed is None and feed not in session.pipeline.outputs

    # The caption feed URL is one click to copy.
    assert panel.feed_url.text().startswith("http://127.0.0.1:"), panel.feed_status.text()
    panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == panel.feed_url.text()

    # No virtual-camera driver here: the panel says what to install, the button does not claim a
    # running camera ("Stop") after the failed start, and the stream goes on.
    panel.camera_button.setChecked(True)
    assert panel.camera_button.text() == "Stop virtual camera"          # starting: it can be stopped
    _wait(lambda: "v4l2loopback" in panel.camera_status.text())
    assert not panel.camera_button.isChecked() and panel.camera_button.text() == "Start virtual camera"
    assert "not running" in panel.camera_status.text() and panel._camera is None
    assert stream.streams[0].state == LinkState.LIVE

    stream.stop_streams()
    assert not stream.stop_button.isEnabled()
    _wait(lambda: rtmp_server.recordings() and rtmp_server.recordings()[0].stat().st_size > 10_000)


def test_closing_the_dock_releases_every_output(tmp_path):
    """A window that closes without stopping its session must not leave a port or a thread behind."""
    from studio.core.events import EventBus

    from studio.live.outputs import LiveOutputs

    class _Session:
        """What the session's outputs need of a session (no camera, no pipeline thread)."""

        def __init__(self):
            self.events = EventBus()
            self.ticker = None
            self.added = []
            self.outputs = LiveOutputs(self)

        def add_output(self, output):
            self.added.append(output)

        def remove_output(self, output):
            self.added.remove(output)

    session = _Session()
    bridge = EventBridge()
    settings = PanelSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "golive")
    settings.set_value("feed_enabled", True)
    settings.set_value("feed_port", 0)
    panel = PANEL.factory(PanelContext(session_provider=lambda: session, bridge=bridge,
                                       settings=settings, show_provider=lambda: None))
    bridge.session_created.emit(session)
    feed = panel._feed
    assert feed is not None and feed.port
    port = feed.port
    panel.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QCoreApplication.processEvents()
    _wait(lambda: feed.port is None)
    import socket

    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_server_url_mistakes_are_explained_before_anything_connects(live, memory_keyring):
    panel, session, _ = live
    stream = panel.stream
    assert not stream.stop_button.isEnabled()          # nothing to stop yet
    stream.preset_combo.setCurrentIndex(stream.preset_combo.findData("custom"))
    outputs_before = len(session.pipeline.outputs)
    for url, expected in (("", "Enter the server URL first"),
                          ("https://www.tiktok.com/@shop/live", "is not an RTMP address"),
                          ("rtmp://", "is not a complete server URL"),
                          ("rtmp://live.example.com", "has no application name")):
        stream.url_edit.setText(url)
        stream.key_edit.setText(KEY)
        stream.stream_button.click()
        text = stream.stream_status.text()
        assert expected in text, (url, text)
        assert not text.startswith(" ") and KEY not in text and stream.key_edit.text() == ""
    assert stream.streams == [] and len(session.pipeline.outputs) == outputs_before


def test_platform_presets_fill_the_server_and_ask_only_for_the_key(live, memory_keyring):
    panel, _, settings = live
    stream = panel.stream
    labels = [stream.preset_combo.itemText(i) for i in range(stream.preset_combo.count())]
    assert labels == ["TikTok LIVE", "YouTube Live", "Custom RTMP server"]

    stream.preset_combo.setCurrentIndex(stream.preset_combo.findData("youtube"))
    assert stream.url_edit.text() == "rtmps://a.rtmps.youtube.com/live2" and stream.url_edit.isReadOnly()
    assert not stream.key_name_edit.isVisibleTo(panel)                 # only the key is asked for
    assert stream.key_edit.placeholderText() == "Paste the stream key"
    stream.stream_button.click()                                        # no key yet
    assert "Paste the stream key from YouTube Live" in stream.stream_status.text() and stream.streams == []
    memory_keyring.set_password("LiveHostStudio.stream-key", "youtube", "yt-key")
    stream.preset_combo.setCurrentIndex(stream.preset_combo.findData("custom"))
    stream.preset_combo.setCurrentIndex(stream.preset_combo.findData("youtube"))
    _wait(lambda: "Saved in the keychain" in stream.key_edit.placeholderText())   # asked off the GUI thread

    # TikTok gives a server URL per LIVE: the field stays the host's to paste.
    stream.preset_combo.setCurrentIndex(stream.preset_combo.findData("tiktok"))
    assert not stream.url_edit.isReadOnly() and stream.url_edit.text() == ""
    assert "Server URL" in stream.preset_help.text() and not stream.key_name_edit.isVisibleTo(panel)
    assert stream.key_name_edit.text() == "tiktok"
    stream.preset_combo.setCurrentIndex(stream.preset_combo.findData("custom"))
    assert stream.key_name_edit.isVisibleTo(panel) and stream.key_name_edit.text() == "main"


def test_health_readout_counts_a_reconnect_from_the_output(live, rtmp_server, memory_keyring):
    """Bitrate, dropped frames and reconnects come from the RTMP output's own counters."""
    from tests.outputs.rtmp_server import NginxRtmpServer

    panel, _, _ = live
    stream = panel.stream
    assert not stream.stop_button.isEnabled()          # nothing to stop yet
    stream.preset_combo.setCurrentIndex(stream.preset_combo.findData("custom"))
    stream.url_edit.setText(rtmp_server.url())
    stream.key_edit.setText(KEY)
    stream.stream_button.click()
    _wait(lambda: stream.streams and stream.streams[0].state == LinkState.LIVE)
    _wait(lambda: " LIVE · " in stream.health_label.text() and "0 reconnects" in stream.health_label.text())
    _wait(lambda: stream.streams[0].health().extra["bitrate_kbps"] > 0)
    _wait(lambda: " 0 kb/s" not in stream.health_label.text())
    rtmp_server.kill()
    _wait(lambda: "reconnecting" in stream.health_label.text(), 15.0)
    assert stream.stream_status.text()                                  # the reason, in a sentence
    restarted = NginxRtmpServer(rtmp_server.root, port=rtmp_server.port).start()
    try:
        _wait(lambda: "1 reconnects" in stream.health_label.text(), 30.0)
        health = stream.streams[0].health()
        assert f"{health.frames_dropped} dropped frames" in stream.health_label.text()
        assert health.frames_dropped > 0                                # the outage's frames, counted
    finally:
        stream.stop_streams()
        restarted.stop()
