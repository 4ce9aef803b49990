"""Source pickers: camera (by name, resolution, fps), video file or test pattern;
microphone, audio file or silence; and the microphone level meter.

Device lists are read on a worker thread (probing cameras takes seconds on
Windows) and arrive through a queued signal.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QToolButton,
                               QVBoxLayout, QWidget)

from studio.ui.background import emit_if_alive, run_in_background
from studio.ui.level_meter import FLOOR_DBFS, AudioLevelMeter
from studio.ui.settings import AudioChoice, VideoChoice

log = logging.getLogger(__name__)

RESOLUTIONS = [(640, 480), (1280, 720), (1920, 1080)]
FRAME_RATES = [15.0, 24.0, 25.0, 30.0, 60.0]
VIDEO_FILE_FILTER = "Video (*.mp4 *.mov *.mkv *.webm *.avi *.m4v);;All files (*)"
AUDIO_FILE_FILTER = "Audio (*.wav *.mp3 *.m4a *.aac *.flac *.ogg *.opus);;All files (*)"
APPLY_DELAY_MS = 400   # coalesce quick successive picks into one source switch


def _enumerate_devices() -> tuple[list, list]:
    from studio.capture.devices import list_cameras, list_microphones

    try:
        cameras = list_cameras()
    except Exception:
        log.exception("listing cameras failed")
        cameras = []
    try:
        microphones = list_microphones()
    except Exception:
        log.exception("listing microphones failed")
        microphones = []
    return cameras, microphones


def _named_cameras(cameras: list) -> list:
    """OpenCV cannot name cameras on Windows and macOS; Qt Multimedia lists the same devices in the
    OS's order (Media Foundation / AVFoundation, the backends the camera source opens first), so
    its descriptions name them by position. Linux names already come from sysfs. GUI thread."""
    if sys.platform.startswith("linux") or not cameras:
        return cameras
    try:
        from PySide6.QtMultimedia import QMediaDevices

        names = [device.description() for device in QMediaDevices.videoInputs()]
    except Exception:  # Qt Multimedia missing from a trimmed build: keep "Camera N"
        log.debug("Qt Multimedia camera names unavailable", exc_info=True)
        return cameras
    from studio.capture.devices import CameraInfo

    return [CameraInfo(cam.index, names[cam.index]) if cam.index < len(names) else cam for cam in cameras]


class FileRow(QWidget):
    """A path field with a Browse button. GUI thread."""

    changed = Signal(str)

    def __init__(self, file_filter: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filter = file_filter
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Choose a file…"))
        self.edit.editingFinished.connect(lambda: self.changed.emit(self.edit.text().strip()))
        self.button = QToolButton(self)
        self.button.setText(self.tr("Browse…"))
        self.button.clicked.connect(self._browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)

    def path(self) -> str:
        return self.edit.text().strip()

    def set_path(self, path: str) -> None:
        self.edit.setText(path)

    def _browse(self) -> None:
        start = str(Path(self.path()).parent) if self.path() else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), start, self._filter)
        if path:
            self.edit.setText(path)
            self.changed.emit(path)


class _DeviceRelay(QObject):
    """Carries the device lists from the scan thread. The thread holds only this small object, so
    the widget is never deleted from the scan thread if the window closes mid-scan."""

    found = Signal(object)


class SourcesWidget(QWidget):
    """The Sources dock's contents. GUI thread only.

    Emits `sources_changed` (debounced) after the host changes any picker;
    the window then reads `video_choice()` / `audio_choice()`.
    """

    sources_changed = Signal()

    def __init__(self, video: VideoChoice, audio: AudioChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cameras: list = []
        self._microphones: list = []
        self._loading = True
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(APPLY_DELAY_MS)
        self._debounce.timeout.connect(self.sources_changed)
        self._relay = _DeviceRelay()
        self._relay.found.connect(self._on_devices, Qt.ConnectionType.QueuedConnection)

        # -- video --------------------------------------------------------
        video_box = QGroupBox(self.tr("Video"), self)
        self.video_kind = QComboBox(video_box)
        self.video_kind.addItem(self.tr("Camera"), "camera")
        self.video_kind.addItem(self.tr("Video file (rehearsal)"), "file")
        self.video_kind.addItem(self.tr("Test pattern"), "pattern")
        self.camera = QComboBox(video_box)
        self.camera.setPlaceholderText(self.tr("Looking for cameras…"))
        self.refresh = QToolButton(video_box)
        self.refresh.setText("↻")
        self.refresh.setToolTip(self.tr("Look for cameras and microphones again"))
        self.refresh.clicked.connect(self.refresh_devices)
        camera_row = QWidget(video_box)
        row = QHBoxLayout(camera_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.camera, 1)
        row.addWidget(self.refresh)
        self.resolution = QComboBox(video_box)
        for w, h in RESOLUTIONS:
            self.resolution.addItem(f"{w} × {h}", f"{w}x{h}")
        self.fps = QComboBox(video_box)
        for fps in FRAME_RATES:
            self.fps.addItem(self.tr("%n fps", "", int(fps)), fps)
        self.video_file = FileRow(VIDEO_FILE_FILTER, video_box)
        self.video_loop = QCheckBox(self.tr("Loop the file"), video_box)
        vform = QFormLayout(video_box)
        vform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._video_source_label = QLabel(self.tr("Source"), video_box)
        vform.addRow(self._video_source_label, self.video_kind)
        self._camera_label = QLabel(self.tr("Camera"), video_box)
        vform.addRow(self._camera_label, camera_row)
        self._resolution_label = QLabel(self.tr("Resolution"), video_box)
        vform.addRow(self._resolution_label, self.resolution)
        self._fps_label = QLabel(self.tr("Frame rate"), video_box)
        vform.addRow(self._fps_label, self.fps)
        self._video_file_label = QLabel(self.tr("File"), video_box)
        vform.addRow(self._video_file_label, self.video_file)
        vform.addRow("", self.video_loop)
        self._camera_row = camera_row
        self._vform = vform

        # -- audio --------------------------------------------------------
        audio_box = QGroupBox(self.tr("Audio"), self)
        self.audio_kind = QComboBox(audio_box)
        self.audio_kind.addItem(self.tr("Microphone"), "microphone")
        self.audio_kind.addItem(self.tr("Audio file (rehearsal)"), "file")
        self.audio_kind.addItem(self.tr("No audio"), "silence")
        self.microphone = QComboBox(audio_box)
        self.microphone.setPlaceholderText(self.tr("Looking for microphones…"))
        self.audio_file = FileRow(AUDIO_FILE_FILTER, audio_box)
        self.meter = AudioLevelMeter(audio_box)
        self.level_label = QLabel("—", audio_box)
        self.level_label.setProperty("role", "dim")
        self.level_label.setMinimumWidth(self.level_label.fontMetrics().horizontalAdvance("-60 dB") + 8)
        self.level_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        meter_row = QWidget(audio_box)
        mrow = QHBoxLayout(meter_row)
        mrow.setContentsMargins(0, 0, 0, 0)
        mrow.addWidget(self.meter, 1)
        mrow.addWidget(self.level_label)
        aform = QFormLayout(audio_box)
        aform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._audio_source_label = QLabel(self.tr("Source"), audio_box)
        aform.addRow(self._audio_source_label, self.audio_kind)
        self._microphone_label = QLabel(self.tr("Microphone"), audio_box)
        aform.addRow(self._microphone_label, self.microphone)
        self._audio_file_label = QLabel(self.tr("File"), audio_box)
        aform.addRow(self._audio_file_label, self.audio_file)
        self._level_label = QLabel(self.tr("Level"), audio_box)
        aform.addRow(self._level_label, meter_row)
        self._aform = aform
        # One label column for both groups, so the fields line up.
        labels = (self._video_source_label, self._camera_label, self._resolution_label, self._fps_label,
                  self._video_file_label, self._audio_source_label, self._microphone_label,
                  self._audio_file_label, self._level_label)
        label_width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(label_width)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(video_box)
        layout.addWidget(audio_box)
        layout.addStretch(1)

        self._set_video(video)
        self._set_audio(audio)
        self._level_timer = QTimer(self)
        self._level_timer.timeout.connect(self._show_level_text)
        self._level_timer.start(250)
        for signal in (self.video_kind.currentIndexChanged, self.camera.currentIndexChanged,
                       self.resolution.currentIndexChanged, self.fps.currentIndexChanged,
                       self.video_file.changed, self.video_loop.toggled, self.audio_kind.currentIndexChanged,
                       self.microphone.currentIndexChanged, self.audio_file.changed):
            signal.connect(self._on_picked)
        self._loading = False
        self._update_visibility()
        self.refresh_devices()

    # -- reading and writing choices --------------------------------------
    def _set_video(self, video: VideoChoice) -> None:
        self._select(self.video_kind, video.kind)
        self._pending_camera = (video.camera_index, video.camera_name)
        self._select(self.resolution, f"{video.width}x{video.height}")
        self._select(self.fps, float(video.fps))
        self.video_file.set_path(video.path)
        self.video_loop.setChecked(video.loop)

    def _set_audio(self, audio: AudioChoice) -> None:
        self._select(self.audio_kind, audio.kind)
        self._pending_microphone = audio.device
        self.audio_file.set_path(audio.path)

    @staticmethod
    def _select(combo: QComboBox, data) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def video_choice(self) -> VideoChoice:
        camera = self.camera.currentData()
        width, height = (int(v) for v in (self.resolution.currentData() or "1280x720").split("x"))
        return VideoChoice(
            kind=self.video_kind.currentData(),
            camera_index=camera.index if camera is not None else self._pending_camera[0],
            camera_name=camera.name if camera is not None else self._pending_camera[1],
            path=self.video_file.path(), width=width, height=height,
            fps=float(self.fps.currentData() or 30.0), loop=self.video_loop.isChecked())

    def audio_choice(self) -> AudioChoice:
        mic = self.microphone.currentData()
        return AudioChoice(kind=self.audio_kind.currentData(),
                           device=mic.name if mic is not None else self._pending_microphone,
                           path=self.audio_file.path())

    def set_locked(self, locked: bool, reason: str = "") -> None:
        """While recording, sources stay as they are (a switch would cut the file)."""
        for widget in (self.video_kind, self.camera, self.refresh, self.resolution, self.fps, self.video_file,
                       self.video_loop, self.audio_kind, self.microphone, self.audio_file):
            widget.setEnabled(not locked)
            widget.setToolTip(reason if locked else "")

    def set_level_reader(self, reader) -> None:
        self.meter.set_reader(reader)

    # -- devices ----------------------------------------------------------
    def refresh_devices(self) -> None:
        self.refresh.setEnabled(False)

        relay = self._relay

        def work():
            emit_if_alive(relay.found, _enumerate_devices())

        run_in_background(work, name="device-scan")

    def _on_devices(self, found) -> None:
        cameras, microphones = found
        cameras = _named_cameras(cameras)
        self._loading = True
        current_cam = self.camera.currentData()
        want_index, want_name = ((current_cam.index, current_cam.name) if current_cam is not None
                                 else self._pending_camera)
        self._pending_camera = (want_index, want_name)   # kept while the camera is unplugged
        self.camera.clear()
        self._cameras = cameras
        for cam in cameras:
            self.camera.addItem(cam.name, cam)
        pick = next((i for i, c in enumerate(cameras) if want_name and c.name == want_name), None)
        if pick is None:
            pick = next((i for i, c in enumerate(cameras) if c.index == want_index), 0 if cameras else -1)
        self.camera.setCurrentIndex(pick)
        self.camera.setPlaceholderText(self.tr("No camera found") if not cameras else "")
        current_mic = self.microphone.currentData()
        want_mic = current_mic.name if current_mic is not None else self._pending_microphone
        self._pending_microphone = want_mic
        self.microphone.clear()
        self._microphones = microphones
        for mic in microphones:
            label = mic.name + (self.tr(" (default)") if mic.default else "")
            self.microphone.addItem(label, mic)
        mpick = next((i for i, m in enumerate(microphones) if m.name == want_mic), None)
        if mpick is None:
            mpick = next((i for i, m in enumerate(microphones) if m.default), 0 if microphones else -1)
        self.microphone.setCurrentIndex(mpick)
        self.microphone.setPlaceholderText(self.tr("No microphone found") if not microphones else "")
        self.refresh.setEnabled(True)
        self._loading = False

    # -- reactions --------------------------------------------------------
    def _on_picked(self, *_args) -> None:
        self._update_visibility()
        if not self._loading:
            self._debounce.start()

    def _update_visibility(self) -> None:
        video_kind = self.video_kind.currentData()
        for label, field, shown in (
                (self._camera_label, self._camera_row, video_kind == "camera"),
                (self._resolution_label, self.resolution, video_kind in ("camera", "pattern")),
                (self._fps_label, self.fps, video_kind in ("camera", "pattern")),
                (self._video_file_label, self.video_file, video_kind == "file")):
            label.setVisible(shown)
            field.setVisible(shown)
        self.video_loop.setVisible(video_kind == "file")
        audio_kind = self.audio_kind.currentData()
        for label, field, shown in (
                (self._microphone_label, self.microphone, audio_kind == "microphone"),
                (self._audio_file_label, self.audio_file, audio_kind == "file")):
            label.setVisible(shown)
            field.setVisible(shown)

    def _show_level_text(self) -> None:
        if not self.meter.active or self.audio_kind.currentData() == "silence":
            self.level_label.setText("—")
        else:
            self.level_label.setText(f"{self.meter.level_dbfs:.0f} dB" if self.meter.level_dbfs > FLOOR_DBFS
                                     else "-∞ dB")
