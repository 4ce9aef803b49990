"""Camera through OpenCV with the right backend per OS."""

from __future__ import annotations

import logging
import sys

import cv2

from studio.capture.base import RawFrame, SourceError
from studio.core.messages import message

log = logging.getLogger(__name__)


def camera_backends() -> list[int]:
    """Backends to try, best first: MSMF then DirectShow on Windows, AVFoundation on macOS, V4L2 on Linux."""
    if sys.platform.startswith("win"):
        return [cv2.CAP_MSMF, cv2.CAP_DSHOW]
    if sys.platform == "darwin":
        return [cv2.CAP_AVFOUNDATION]
    return [cv2.CAP_V4L2, cv2.CAP_ANY]


class CameraSource:
    """A webcam. Called on the camera-capture thread only."""

    is_live = True
    reconnects = True

    def __init__(self, index: int = 0, width: int = 1280, height: int = 720, fps: float = 30.0,
                 name: str | None = None) -> None:
        self.index = index
        self.width, self.height, self.fps = width, height, fps
        # A name for the host's language: the device's own name, or "camera N" translated.
        self.label = name or message("source.camera_numbered", index=index)
        self.name = str(self.label)
        self._cap: cv2.VideoCapture | None = None
        self._failures = 0

    def open(self) -> None:
        for backend in camera_backends():
            cap = cv2.VideoCapture(self.index, backend)
            if not cap.isOpened():
                cap.release()
                continue
            # MJPG lets USB 2 webcams deliver 720p/1080p at 30 fps instead of 5-10 fps raw YUY2.
            cap.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter_fourcc(*"MJPG"))
            cap.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
            cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
            cap.set(cv2.CAP_PROP_FPS, self.fps)
            cap.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # newest frame, not a backlog
            ok, _ = cap.read()
            if ok:
                self._cap = cap
                got = (cap.get(cv2.CAP_PROP_FRAME_WIDTH), cap.get(cv2.CAP_PROP_FRAME_HEIGHT),
                       cap.get(cv2.CAP_PROP_FPS))
                log.info("%s opened with backend %s at %.0fx%.0f %.1f fps", self.name,
                         cap.getBackendName(), *got)
                self.fps = got[2] or self.fps
                self._failures = 0
                return
            cap.release()
        raise SourceError(message("camera.cannot_open", name=self.label))

    def read(self) -> RawFrame | None:
        if self._cap is None:
            raise SourceError(message("source.not_open", name=self.label))
        ok, image = self._cap.read()
        if not ok or image is None:
            self._failures += 1
            # A single failed grab happens on some drivers; several in a row means it is gone.
            if self._failures >= 5:
                raise SourceError(message("source.no_pictures", name=self.label))
            return self.read()
        self._failures = 0
        return RawFrame(image)

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None
