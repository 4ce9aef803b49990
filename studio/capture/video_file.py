"""Video and image files as a camera stand-in for rehearsals and tests (decoded with PyAV)."""

from __future__ import annotations

import logging
from pathlib import Path

import av
import cv2
import numpy as np

from studio.capture.base import RawFrame, SourceError
from studio.core.messages import message

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".webp"}


class VideoFileSource:
    """Frames of a video file with their media time. Called on the camera-capture thread only.

    A corrupt packet is skipped and counted; a file that ends early (truncated) simply ends.
    With loop=True it starts again, media time continuing (a rehearsal can run for hours).
    """

    is_live = False

    def __init__(self, path: str | Path, loop: bool = False) -> None:
        self.path = Path(path)
        self.loop = loop
        self.name = self.path.name
        self.fps = 30.0
        self.corrupt_packets = 0
        self._container = None
        self._frames = None
        self._loop_offset_s = 0.0
        self._last_time_s = 0.0

    def open(self) -> None:
        if not self.path.is_file():
            raise SourceError(message("video_file.missing", path=str(self.path)))
        try:
            self._container = av.open(str(self.path))
            stream = self._container.streams.video[0]
        except (av.FFmpegError, IndexError) as exc:
            raise SourceError(message("video_file.unreadable", name=self.path.name, error=str(exc))) from None
        stream.thread_type = "AUTO"
        self.fps = float(stream.average_rate or stream.guessed_rate or 30)
        self._stream = stream
        self._frames = self._decode()

    def _decode(self):
        for packet in self._container.demux(self._stream):
            try:
                frames = packet.decode()
            except av.FFmpegError:
                self.corrupt_packets += 1
                continue
            yield from frames

    def read(self) -> RawFrame | None:
        if self._frames is None:
            raise SourceError(message("source.not_open", name=self.name))
        try:
            frame = next(self._frames)
        except StopIteration:
            if not self.loop:
                return None
            self._loop_offset_s = self._last_time_s + 1.0 / self.fps
            self.close()
            self.open()
            try:
                frame = next(self._frames)
            except StopIteration:
                return None
        except av.FFmpegError as exc:  # damaged container structure: end here, say so
            log.warning("%s: stopped reading at a damaged part (%s)", self.name, exc)
            return None
        media_s = float(frame.time) if frame.time is not None else self._last_time_s + 1 / self.fps
        self._last_time_s = self._loop_offset_s + media_s
        return RawFrame(frame.to_ndarray(format="bgr24"), self._last_time_s)

    def close(self) -> None:
        if self._container is not None:
            self._container.close()
            self._container = None
        self._frames = None


class ImageSource:
    """A still image repeated at `fps` (a product shot, a face photo for try-on)."""

    is_live = False

    def __init__(self, path: str | Path, fps: float = 30.0, duration_s: float | None = None) -> None:
        self.path = Path(path)
        self.name = self.path.name
        self.fps = fps
        self.duration_s = duration_s
        self._image: np.ndarray | None = None
        self._index = 0

    def open(self) -> None:
        image = cv2.imread(str(self.path), cv2.IMREAD_COLOR)
        if image is None:
            raise SourceError(message("image_file.unreadable", path=str(self.path)))
        self._image = image
        self._index = 0

    def read(self) -> RawFrame | None:
        if self._image is None:
            raise SourceError(message("source.not_open", name=self.name))
        t = self._index / self.fps
        if self.duration_s is not None and t >= self.duration_s:
            return None
        self._index += 1
        return RawFrame(self._image.copy(), t)

    def close(self) -> None:
        self._image = None


def open_media_source(path: str | Path, loop: bool = False):
    """A VideoFileSource, or an ImageSource for still images."""
    path = Path(path)
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return ImageSource(path)
    return VideoFileSource(path, loop=loop)
