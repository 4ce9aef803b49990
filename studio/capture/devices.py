"""What cameras and microphones this machine has, by name."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CameraInfo:
    index: int
    name: str


@dataclass(frozen=True)
class MicrophoneInfo:
    index: int
    name: str
    default: bool
    channels: int
    sample_rate_hz: float


def list_cameras(max_probe: int = 6) -> list[CameraInfo]:
    """Cameras with their names where the OS tells them.

    Linux names come from sysfs; on Windows and macOS OpenCV cannot name devices, so these
    are "Camera N" and the window names them from Qt Multimedia (studio.ui.sources_dock).
    """
    if sys.platform.startswith("linux"):
        cams = []
        for dev in sorted(Path("/sys/class/video4linux").glob("video*")):
            try:
                index = int(dev.name[len("video"):])
                name = (dev / "name").read_text().strip()
                # Each UVC camera shows two nodes; the metadata node has index 1.
                if (dev / "index").exists() and (dev / "index").read_text().strip() != "0":
                    continue
            except (OSError, ValueError):
                continue
            cams.append(CameraInfo(index, name))
        return cams
    import cv2

    from studio.capture.camera import camera_backends

    found = []
    for index in range(max_probe):
        cap = cv2.VideoCapture(index, camera_backends()[0])
        if cap.isOpened():
            found.append(CameraInfo(index, f"Camera {index + 1}"))
        cap.release()
    return found


def list_microphones() -> list[MicrophoneInfo]:
    try:
        import sounddevice as sd

        devices = sd.query_devices()
        default_in = sd.default.device[0]
    except Exception as exc:  # PortAudio missing or broken: no microphones, said once in the log
        log.info("no audio input devices: %s", exc)
        return []
    mics = []
    for i, d in enumerate(devices):
        if d["max_input_channels"] > 0:
            mics.append(MicrophoneInfo(i, d["name"], i == default_in, d["max_input_channels"],
                                       d["default_samplerate"]))
    return mics
