"""The window's settings, kept between runs in an INI file under the studio data folder.

An INI file under `studio.paths.data_dir()` (not the OS registry) so tests and
portable installs stay private: STUDIO_DATA_DIR moves everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from studio import paths

SETTINGS_FILE_NAME = "studio-window.ini"
LANGUAGES = ("system", "en", "zh_CN")


@dataclass
class VideoChoice:
    """What the host picked as the video source (the window's view of VideoSourceConfig)."""

    kind: str = "pattern"           # "camera" | "file" | "pattern"
    camera_index: int = 0
    camera_name: str = ""           # to find the same camera again if indexes move
    path: str = ""
    width: int = 1280
    height: int = 720
    fps: float = 30.0
    loop: bool = True


@dataclass
class AudioChoice:
    kind: str = "silence"           # "microphone" | "file" | "silence"
    device: str = ""                # microphone name ("" = system default)
    path: str = ""
    loop: bool = True


@dataclass
class CanvasChoice:
    aspect: str = "9:16"            # "9:16" vertical (TikTok/Reels/Shorts) | "16:9"
    zoom: float = 1.0
    pan_x: float = 0.0
    pan_y: float = 0.0


def settings_path() -> Path:
    return paths.data_dir() / SETTINGS_FILE_NAME


class StudioSettings:
    """Typed access to the window's QSettings. GUI thread only."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self.qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _get(self, key: str, default, value_type: type):
        value = self.qsettings.value(key, default)
        if value is None:
            return default
        try:
            if value_type is bool:
                return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
            return value_type(value)
        except (TypeError, ValueError):
            return default

    # -- language -------------------------------------------------------
    @property
    def language(self) -> str:
        value = self._get("ui/language", "system", str)
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        self.qsettings.setValue("ui/language", value if value in LANGUAGES else "system")

    # -- sources --------------------------------------------------------
    def video(self) -> VideoChoice:
        d = VideoChoice()
        return VideoChoice(
            kind=self._get("video/kind", d.kind, str),
            camera_index=self._get("video/camera_index", d.camera_index, int),
            camera_name=self._get("video/camera_name", d.camera_name, str),
            path=self._get("video/path", d.path, str),
            width=self._get("video/width", d.width, int),
            height=self._get("video/height", d.height, int),
            fps=self._get("video/fps", d.fps, float),
            loop=self._get("video/loop", d.loop, bool),
        )

    def set_video(self, choice: VideoChoice) -> None:
        for key, value in vars(choice).items():
            self.qsettings.setValue(f"video/{key}", value)

    def audio(self) -> AudioChoice:
        d = AudioChoice()
        return AudioChoice(
            kind=self._get("audio/kind", d.kind, str),
            device=self._get("audio/device", d.device, str),
            path=self._get("audio/path", d.path, str),
            loop=self._get("audio/loop", d.loop, bool),
        )

    def set_audio(self, choice: AudioChoice) -> None:
        for key, value in vars(choice).items():
            self.qsettings.setValue(f"audio/{key}", value)

    def canvas(self) -> CanvasChoice:
        d = CanvasChoice()
        aspect = self._get("canvas/aspect", d.aspect, str)
        return CanvasChoice(
            aspect=aspect if aspect in ("9:16", "16:9") else d.aspect,
            zoom=self._get("canvas/zoom", d.zoom, float),
            pan_x=self._get("canvas/pan_x", d.pan_x, float),
            pan_y=self._get("canvas/pan_y", d.pan_y, float),
        )

    def set_canvas(self, choice: CanvasChoice) -> None:
        for key, value in vars(choice).items():
            self.qsettings.setValue(f"canvas/{key}", value)

    # -- files ----------------------------------------------------------
    @property
    def show_path(self) -> str:
        return self._get("show/path", "", str)

    @show_path.setter
    def show_path(self, value: str) -> None:
        self.qsettings.setValue("show/path", value)

    @property
    def recordings_dir(self) -> str:
        """"" means the default, studio.paths.recordings_dir()."""
        return self._get("recording/dir", "", str)

    @recordings_dir.setter
    def recordings_dir(self, value: str) -> None:
        self.qsettings.setValue("recording/dir", value)

    # -- window layout --------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        value = self.qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self.qsettings.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", geometry)
        self.qsettings.setValue("window/state", state)

    def sync(self) -> None:
        self.qsettings.sync()
