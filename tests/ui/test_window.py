"""The real studio window, offscreen, driving a real Session (test pattern, files, a flaky source)."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from studio.capture.flaky import FlakySource
from studio.capture.test_pattern import TestPatternSource
from studio.core.events import SegmentChanged
from studio.live.session import Session
from studio.ui.preview import PreviewCard
from studio.ui.settings import StudioSettings
from tests.media import write_pattern_video
from tests.ui.conftest import activate, close_window, spin, wait_for_frames, wait_until

# Test-pattern bars as RGB, the three a 9:16 crop of a 16:9 pattern shows (the middle ones).
CYAN_RGB, GREEN_RGB, MAGENTA_RGB = (16, 235, 235), (16, 235, 16), (235, 16, 235)


def to_rgb_array(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    return np.frombuffer(image.constBits(), np.uint8, count=stride * height).reshape(height, stride)[
        :, : width * 3].reshape(height, width, 3).copy()


def preview_region(window, shot: np.ndarray) -> np.ndarray:
    """The preview widget's pixels inside a window screenshot (device pixels)."""
    top_left = window.preview.mapTo(window, window.preview.rect().topLeft())
    ratio = shot.shape[1] / window.width()
    x0, y0 = int(top_left.x() * ratio), int(top_left.y() * ratio)
    w, h = int(window.preview.width() * ratio), int(window.preview.height() * ratio)
    return shot[y0: y0 + h, x0: x0 + w]


def colour_share(region: np.ndarray, rgb: tuple[int, int, int], tolerance: int = 40) -> float:
    close = np.all(np.abs(region.astype(np.int16) - np.array(rgb, np.int16)) <= tolerance, axis=2)
    return float(close.mean())


def test_window_shows_the_test_pattern_in_the_preview(make_window, tmp_path):
    window = make_window()
    wait_for_frames(window, count=5)
    png = tmp_path / "studio-window.png"
    assert window.grab().save(str(png))
    shot = to_rgb_array(QImage(str(png)))
    assert shot.std() > 20, "the screenshot is blank"
    preview = preview_region(window, shot)
    for rgb in (CYAN_RGB, GREEN_RGB, MAGENTA_RGB):
        assert colour_share(preview, rgb) > 0.03, f"bar colour {rgb} not in the preview"
    # 9:16 canvas: the picture fills the preview's height or width, and is 16:9 tall.
    picture = np.any(np.abs(preview.astype(np.int16) - (13, 14, 17)) > 30, axis=2)
    rows, cols = np.where(picture.any(axis=1))[0], np.where(picture.any(axis=0))[0]
    height_px, width_px = rows[-1] - rows[0] + 1, cols[-1] - cols[0] + 1
    assert height_px > 0.97 * preview.shape[0] or width_px > 0.97 * preview.shape[1]
    assert height_px / width_px == pytest.approx(16 / 9, rel=0.03)
    assert window.preview.card is PreviewCard.NONE
    wait_until(lambda: "fps" in window.fps_label.text() and "—" not in window.fps_label.text(), 3.0,
               "the status bar shows no fps figure")
    assert "ms" in window.latency_label.text()


def test_canvas_switches_to_landscape_live(make_window):
    window = make_window()
    wait_for_frames(window)
    window.canvas_controls.horizontal.click()
    session = window.controller.session
    assert session.canvas.aspect == "16:9"
    wait_until(lambda: (f := window.preview.current_frame) is not None and f.width > f.height, 3.0,
               "the canvas did not turn landscape")
    window.canvas_controls.zoom.setValue(200)
    assert session.canvas.zoom == pytest.approx(2.0)
    window.preview.zoom_stepped.emit(-5)   # mouse wheel: back to 1.5×
    assert session.canvas.zoom == pytest.approx(1.5)


def test_hotkeys_move_the_segment_and_every_listener_hears(make_window, example_show_path):
    window = make_window(panel_specs=[])   # the window alone; the shipped panels are in the next test
    assert window.load_show(str(example_show_path))
    wait_for_frames(window)
    heard: list[SegmentChanged] = []
    window.bridge.segment_changed.connect(heard.append)   # as a panel would
    assert window.controller.session.segment_index == 0
    activate(window)
    QTest.keyClick(window.preview, Qt.Key.Key_PageDown)
    wait_until(lambda: len(heard) == 1, 3.0, "PageDown did not move the segment")
    assert heard[0].index == 1 and heard[0].previous_index == 0
    QTest.keyClick(window.preview, Qt.Key.Key_F9)
    wait_until(lambda: len(heard) == 2, 3.0, "F9 did not move the segment")
    QTest.keyClick(window.preview, Qt.Key.Key_PageUp)
    wait_until(lambda: len(heard) >= 3, 3.0, "PageUp did not go back")
    assert [e.index for e in heard] == [1, 2, 1]
    assert window.controller.session.segment_index == 1
    assert window.segment_bar.index == 1
    assert window.segment_bar.title.text() == "Ruby matte"
    assert "19.90" in window.segment_bar.detail.text()


def test_quick_segment_presses_settle_where_the_host_put_them_with_every_panel(make_window, example_show_path):
    """A host tapping PageDown twice lands two segments on, whatever the shipped panels do with the
    news (a panel that syncs segments both ways must not drag the session back)."""
    window = make_window()
    assert window.load_show(str(example_show_path))
    wait_for_frames(window)
    heard: list[SegmentChanged] = []
    window.bridge.segment_changed.connect(heard.append)
    activate(window)
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageDown, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
        QTest.keyClick(window.preview, key)
        count = len(heard)
        wait_until(lambda: len(heard) > count, 3.0, "a key press did not move the segment")
    spin(1.0)   # let every panel react
    assert window.controller.session.segment_index == 2, [e.index for e in heard]
    assert [e.index for e in heard] == [1, 2, 3, 2]


def test_settings_persist_between_two_windows(make_window, example_show_path):
    first = make_window()
    wait_for_frames(first)
    first.sources.resolution.setCurrentIndex(first.sources.resolution.findData("640x480"))
    first.canvas_controls.horizontal.click()
    first.canvas_controls.zoom.setValue(250)
    first.canvas_dock.hide()
    first.load_show(str(example_show_path))
    close_window(first)

    settings = StudioSettings()
    assert settings.video().width == 640 and settings.canvas().aspect == "16:9"
    second = make_window(settings=settings)
    assert second.sources.video_choice().width == 640
    assert second.canvas_controls.choice().aspect == "16:9"
    assert second.canvas_controls.choice().zoom == pytest.approx(2.5)
    assert not second.canvas_dock.isVisible()
    assert second.show_model is not None and second.show_model.title == "Autumn Lip Launch"
    wait_for_frames(second)
    frame = second.preview.current_frame
    assert frame.width > frame.height


def flaky_factory(fail_after_frames: int = 15, down_s: float = 1.2):
    sources = []

    def factory(config, show):
        source = FlakySource(TestPatternSource(640, 360, 30), fail_after_frames=fail_after_frames, down_s=down_s)
        sources.append(source)
        return Session(config, show=show, video_source=source)

    factory.sources = sources
    return factory


def test_camera_lost_card_appears_and_the_picture_comes_back(make_window, tmp_path):
    window = make_window(session_factory=flaky_factory())
    wait_until(lambda: window.preview.card is PreviewCard.LOST, 8.0, "no camera-lost card")
    assert window.preview.card_text()[0] == "Camera lost — reconnecting"
    assert "lost" in window.video_state_label.text()
    # The pipeline paints its bilingual card into the canvas (the recording sees it too).
    wait_until(lambda: window.preview.current_frame is not None and window.preview.current_frame.index == -1, 3.0,
               "the preview does not show the card")
    spin(0.1)
    shot = to_rgb_array(window.grab().toImage())
    preview = preview_region(window, shot)
    assert colour_share(preview, GREEN_RGB) < 0.01, "the old picture is still on screen"
    assert preview.max() > 200, "the card has no text"
    window.grab().save(str(tmp_path / "camera-lost.png"))
    # Unplugged for 1.2 s, then back: the card goes away by itself and frames flow again.
    wait_until(lambda: window.preview.card is PreviewCard.NONE and window.preview.current_frame.index >= 0, 8.0,
               "the preview did not recover")
    assert "live" in window.video_state_label.text()
    spin(0.1)
    assert colour_share(preview_region(window, to_rgb_array(window.grab().toImage())), GREEN_RGB) > 0.03


def test_a_missing_camera_says_so_and_the_window_keeps_working(make_window, example_show_path):
    settings = StudioSettings()
    from studio.ui.settings import VideoChoice
    settings.set_video(VideoChoice(kind="camera", camera_index=63, camera_name="No Such Cam"))
    window = make_window(settings=settings)
    window.load_show(str(example_show_path))
    wait_until(lambda: window.preview.card is PreviewCard.LOST, 8.0, "no card for a missing camera")
    assert "could not be opened" in window.video_state_label.toolTip()
    wait_until(lambda: window.controller.session is not None, 5.0)
    window.next_segment()   # the show goes on without a picture
    wait_until(lambda: window.segment_bar.index == 1, 3.0)


def test_video_and_audio_files_drive_the_preview_and_the_meter(make_window, tmp_path):
    clip = write_pattern_video(tmp_path / "rehearsal.mp4", seconds=2.0, size=(640, 360), tone_hz=440.0)
    window = make_window()
    wait_for_frames(window)
    sources = window.sources
    sources.video_kind.setCurrentIndex(sources.video_kind.findData("file"))
    sources.video_file.set_path(str(clip))
    sources.video_loop.setChecked(True)
    sources.audio_kind.setCurrentIndex(sources.audio_kind.findData("file"))
    sources.audio_file.set_path(str(clip))
    sources.audio_file.changed.emit(str(clip))
    wait_until(lambda: window.controller.session is not None
               and window.controller.session.config.video.kind == "file", 8.0, "the file source did not start")
    wait_for_frames(window)
    assert window.controller.session.config.audio.kind == "file"
    wait_until(lambda: sources.meter.active and sources.meter.level_dbfs > -40, 5.0, "the meter stays silent")
    wait_until(lambda: "dB" in sources.level_label.text(), 2.0, "the level figure stays empty")


def test_a_missing_video_file_is_a_clear_card_not_a_crash(make_window, tmp_path):
    window = make_window()
    wait_for_frames(window)
    sources = window.sources
    sources.video_kind.setCurrentIndex(sources.video_kind.findData("file"))
    sources.video_file.set_path(str(tmp_path / "gone.mp4"))
    sources.video_file.changed.emit(str(tmp_path / "gone.mp4"))
    wait_until(lambda: window.preview.card is PreviewCard.FAILED, 5.0, "no card for a missing file")
    assert "gone.mp4" in window.preview.card_text()[1]
    sources.video_kind.setCurrentIndex(sources.video_kind.findData("pattern"))
    wait_until(lambda: window.preview.card is PreviewCard.NONE, 8.0, "the pattern did not come back")


def test_record_button_writes_a_file_with_elapsed_time(make_window, tmp_path):
    settings = StudioSettings()
    settings.recordings_dir = str(tmp_path / "recs")
    window = make_window(settings=settings)
    wait_for_frames(window)
    window.record_button.click()
    wait_until(lambda: window.controller.recording_path is not None, 5.0, "recording did not start")
    assert window.record_button.isChecked()
    assert not window.sources.video_kind.isEnabled()   # no source switch mid-recording
    spin(1.3)
    assert window.record_time.text() in ("00:01", "00:02")
    path = window.controller.recording_path
    window.record_button.click()
    wait_until(lambda: window.controller.recording_path is None, 10.0, "recording did not stop")
    assert not window.record_button.isChecked() and window.record_time.text() == ""
    assert window.sources.video_kind.isEnabled()
    import av
    with av.open(path) as container:
        assert container.streams.video[0].frames > 5 or container.duration > 0


class SlowStopSession:
    """Wraps a real Session so stop() takes a second, like a camera driver that hangs."""

    def __init__(self, session: Session, stop_s: float) -> None:
        self._session, self._stop_s = session, stop_s
        self.stop_thread: str | None = None

    def stop(self) -> None:
        self.stop_thread = threading.current_thread().name
        time.sleep(self._stop_s)
        self._session.stop()

    def __getattr__(self, name):
        return getattr(self._session, name)


def test_switching_sources_never_blocks_the_event_loop(make_window):
    made: list[SlowStopSession] = []

    def factory(config, show):
        made.append(SlowStopSession(Session(config, show=show), stop_s=1.0))
        return made[-1]

    window = make_window(session_factory=factory)
    wait_for_frames(window)
    ticks = []
    from PySide6.QtCore import QTimer
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    window.sources.fps.setCurrentIndex(window.sources.fps.findData(15.0))   # restarts the session
    wait_until(lambda: len(made) == 2 and window.controller.session is made[1], 8.0, "no switch")
    timer.stop()
    assert made[0].stop_thread.startswith("session-control")
    gaps = np.diff(ticks)
    assert len(ticks) > 20 and gaps.max() < 0.5, f"the GUI stalled for {gaps.max():.2f} s"
    wait_for_frames(window)


def test_status_messages_from_the_core_reach_the_status_bar(make_window):
    from studio.core.events import Severity, StatusMessage
    window = make_window()
    wait_for_frames(window)
    threading.Thread(target=window.controller.session.events.publish,
                     args=(StatusMessage(Severity.WARNING, "Disk almost full: 2 GB left"),)).start()
    wait_until(lambda: "Disk almost full" in window.statusBar().currentMessage(), 3.0)


def test_a_broken_audio_file_is_reported_and_the_picture_goes_on(make_window, tmp_path):
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF\x00\x00\x00\x00WAVEnot really audio" * 10)
    window = make_window()
    wait_for_frames(window)
    sources = window.sources
    sources.audio_kind.setCurrentIndex(sources.audio_kind.findData("file"))
    sources.audio_file.set_path(str(broken))
    sources.audio_file.changed.emit(str(broken))
    wait_until(lambda: "failed" in window.audio_state_label.text(), 8.0, "the audio failure was not shown")
    assert "broken.wav" in window.statusBar().currentMessage() or window.audio_state_label.toolTip()
    wait_for_frames(window)   # the picture keeps coming
    assert "live" in window.video_state_label.text()
    spin(0.3)
    assert sources.level_label.text() == "—"


def test_the_saved_camera_is_found_by_name_when_its_index_moved(qapp):
    """Plugging a second webcam renumbers devices; the host's camera is kept by its name."""
    from studio.capture.devices import CameraInfo, MicrophoneInfo
    from studio.ui.settings import AudioChoice, VideoChoice
    from studio.ui.sources_dock import SourcesWidget

    widget = SourcesWidget(VideoChoice(kind="camera", camera_index=0, camera_name="Logitech C920"),
                           AudioChoice(kind="microphone", device="USB Mic"))
    widget._on_devices(([CameraInfo(0, "FaceTime HD"), CameraInfo(2, "Logitech C920")],
                        [MicrophoneInfo(0, "Built-in", True, 1, 48000.0), MicrophoneInfo(3, "USB Mic", False, 1, 48000.0)]))
    choice = widget.video_choice()
    assert (choice.camera_index, choice.camera_name) == (2, "Logitech C920")
    assert widget.audio_choice().device == "USB Mic"
    assert widget.microphone.currentText() == "USB Mic"
    assert widget.microphone.itemText(0) == "Built-in (default)"
    widget._on_devices(([], []))   # everything unplugged: the choice is kept for when it returns
    assert widget.camera.count() == 0
    assert (widget.video_choice().camera_index, widget.video_choice().camera_name) == (2, "Logitech C920")
    assert widget.audio_choice().device == "USB Mic"


def test_a_recorder_that_stops_by_itself_resets_the_button_and_says_why(make_window, tmp_path):
    from studio.core.events import RecorderStateChanged
    settings = StudioSettings()
    settings.recordings_dir = str(tmp_path)
    window = make_window(settings=settings)
    wait_for_frames(window)
    window.record_button.click()
    wait_until(lambda: window.controller.recording_path is not None, 5.0, "recording did not start")
    path = window.controller.recording_path
    # What the recorder publishes from its own thread when the disk fills up.
    threading.Thread(target=window.controller.session.events.publish,
                     args=(RecorderStateChanged(False, path, "the disk is full"),)).start()
    wait_until(lambda: window.controller.recording_path is None, 10.0, "the window still thinks it records")
    assert not window.record_button.isChecked() and window.sources.video_kind.isEnabled()
    message = window.statusBar().currentMessage()
    assert "the disk is full" in message and path in message


def test_dragging_and_scrolling_the_preview_pans_and_zooms_the_camera(make_window):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    window = make_window()
    wait_for_frames(window)
    preview, session = window.preview, window.controller.session
    centre = preview.rect().center()
    for _ in range(4):   # a trackpad: four quarter-notches make one notch
        event = QWheelEvent(QPointF(centre), QPointF(preview.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, 30),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        qapp_send(preview, event)
    assert session.canvas.zoom == pytest.approx(1.1)
    QTest.mousePress(preview, Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseMove(preview, centre + QPoint(60, 0))
    QTest.mouseRelease(preview, Qt.MouseButton.LeftButton, pos=centre + QPoint(60, 0))
    assert session.canvas.pan_x < -0.1        # the picture follows the pointer to the right
    assert window.canvas_controls.pan_x.value() < -10
    assert StudioSettings().canvas().pan_x == pytest.approx(session.canvas.pan_x)


def qapp_send(widget, event) -> None:
    from PySide6.QtWidgets import QApplication
    QApplication.sendEvent(widget, event)


def test_restart_for_a_new_language_closes_cleanly_then_starts_the_same_command(make_window, monkeypatch):
    import sys

    import studio.ui.main_window as main_window
    started = []

    class FakeProcess:
        @staticmethod
        def startDetached(program, arguments):
            started.append([program, *arguments])
            return True

    monkeypatch.setattr(main_window, "QProcess", FakeProcess)
    window = make_window()
    wait_for_frames(window)
    session = window.controller.session
    window.restart()
    wait_until(lambda: window.shutdown_complete, 10.0, "the window did not close")
    assert not session.running   # devices released before the new instance starts
    assert started == [list(getattr(sys, "orig_argv", None) or [sys.executable, *sys.argv])]


def test_a_show_file_that_moved_away_is_mentioned_at_start(make_window, tmp_path, example_show_path):
    moved = tmp_path / "tonight.show.md"
    moved.write_text(example_show_path.read_text(encoding="utf-8"), encoding="utf-8")
    settings = StudioSettings()
    settings.show_path = str(moved)
    moved.unlink()
    window = make_window(settings=settings)
    assert window.show_model is None
    assert "tonight.show.md" in window.statusBar().currentMessage()
    assert window.segment_bar.title.text() == "No show loaded"


def test_a_show_file_with_a_mistake_keeps_the_loaded_show(make_window, tmp_path, example_show_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    window = make_window()
    assert window.load_show(str(example_show_path))
    broken = tmp_path / "broken.show.md"
    broken.write_text("# Broken\n\n## Segment: Intro (five minutes)\n", encoding="utf-8")
    assert not window.load_show(str(broken))
    assert window.show_model.title == "Autumn Lip Launch"
    assert warnings and "broken.show.md" in warnings[0]


def test_framing_changed_while_the_session_starts_is_applied(make_window):
    window = make_window()
    wait_until(lambda: window.controller.busy, 3.0)   # the session is being built and started ...
    assert window.controller.session is None
    window.canvas_controls.horizontal.click()          # ... when the host picks 16:9
    window.canvas_controls.zoom.setValue(150)
    wait_for_frames(window)
    assert window.controller.session.canvas.aspect == "16:9"
    assert window.controller.session.canvas.zoom == pytest.approx(1.5)
    wait_until(lambda: window.preview.current_frame.width > window.preview.current_frame.height, 3.0)


def test_a_microphone_that_vanishes_is_shown_lost_and_comes_back(make_window, tmp_path):
    from studio.capture.audio_file import AudioFileSource
    clip = write_pattern_video(tmp_path / "voice.mp4", seconds=2.0, size=(320, 180), tone_hz=440.0)

    def factory(config, show):   # a "microphone" that unplugs after 0.8 s for 1.5 s
        return Session(config, show=show,
                       audio_source=FlakySource(AudioFileSource(clip, loop=True), fail_after_frames=8, down_s=1.5))

    window = make_window(session_factory=factory)
    wait_for_frames(window)
    meter, level = window.sources.meter, window.sources.level_label
    wait_until(lambda: "lost" in window.audio_state_label.text(), 8.0, "the lost microphone was not shown")
    spin(0.4)
    assert not meter.active and level.text() == "—"      # no frozen level while it is gone
    assert "live" in window.video_state_label.text()      # the picture goes on
    wait_for_frames(window)
    wait_until(lambda: "live" in window.audio_state_label.text(), 8.0, "the microphone did not come back")
    wait_until(lambda: meter.active and meter.level_dbfs > -40, 5.0, "no level after the microphone came back")


def test_a_plain_text_script_opens_as_a_show(make_window, tmp_path):
    script = tmp_path / "spring.txt"
    script.write_text("Spring Glow Live\n\nWelcome everyone to the spring glow live!\n"
                      "Today we try three new shades.\n", "utf-8")
    window = make_window()
    assert window.load_show(str(script), quiet=True)
    assert window.show_model.segments and window.show_model.segments[0].spoken_lines
    assert not window.load_show(str(tmp_path / "notes.pages"), quiet=True)   # a clear refusal, no crash


def test_cameras_get_their_names_from_qt_multimedia_on_windows_and_macos(monkeypatch):
    import sys

    from PySide6 import QtMultimedia

    from studio.capture.devices import CameraInfo
    from studio.ui.sources_dock import _named_cameras

    class Device:
        def __init__(self, name):
            self._name = name

        def description(self):
            return self._name

    monkeypatch.setattr(QtMultimedia.QMediaDevices, "videoInputs",
                        staticmethod(lambda: [Device("FaceTime HD Camera"), Device("Logitech BRIO")]))
    cams = [CameraInfo(0, "Camera 1"), CameraInfo(1, "Camera 2"), CameraInfo(2, "Camera 3")]
    monkeypatch.setattr(sys, "platform", "darwin")
    assert [c.name for c in _named_cameras(cams)] == ["FaceTime HD Camera", "Logitech BRIO", "Camera 3"]
    monkeypatch.setattr(sys, "platform", "linux")
    assert _named_cameras(cams) == cams                # sysfs names are kept on Linux


def test_the_status_bar_never_calls_a_missing_source_live(make_window, tmp_path):
    """No audio source is 'none', the test pattern says so, and no session means nothing is live."""
    clip = write_pattern_video(tmp_path / "talk.mp4", seconds=2.0, size=(320, 180), tone_hz=440.0)
    window = make_window()
    wait_for_frames(window)
    wait_until(lambda: "Video: live · test pattern" in window.video_state_label.text(), 8.0,
               "the test pattern was not named")
    spin(0.3)
    audio = window.audio_state_label
    assert "Audio: none" in audio.text() and "live" not in audio.text(), audio.text()
    assert "microphone" in audio.toolTip()
    sources = window.sources
    sources.audio_kind.setCurrentIndex(sources.audio_kind.findData("file"))
    sources.audio_file.set_path(str(clip))
    sources.audio_file.changed.emit(str(clip))
    wait_until(lambda: "Audio: live" in audio.text(), 8.0, "a real audio file was not shown live")
    sources.video_kind.setCurrentIndex(sources.video_kind.findData("file"))
    sources.video_file.set_path(str(tmp_path / "gone.mp4"))
    sources.video_file.changed.emit(str(tmp_path / "gone.mp4"))
    wait_until(lambda: "Video: off" in window.video_state_label.text() and "Audio: off" in audio.text(), 8.0,
               "a stopped session still showed its sources")
    assert "gone.mp4" in audio.toolTip()
