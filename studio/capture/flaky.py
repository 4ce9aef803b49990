"""A source that fails on purpose, to rehearse (and test) a camera that vanishes mid-show."""

from __future__ import annotations

import time

from studio.capture.base import RawFrame, SourceError
from studio.core.messages import message


class FlakySource:
    """Wraps a real source: after `fail_after_frames` frames it 'unplugs' for `down_s`
    seconds (open() and read() raise SourceError), then comes back."""

    def __init__(self, inner, fail_after_frames: int, down_s: float) -> None:
        self.inner = inner
        self.fail_after_frames = fail_after_frames
        self.down_s = down_s
        self.name = inner.name
        self.label = getattr(inner, "label", inner.name)
        self.is_live = inner.is_live
        self.reconnects = True  # like a device: the session retries instead of ending
        self.fps = getattr(inner, "fps", None)
        self._frames = 0
        self._down_until: float | None = None
        self.failures = 0

    def open(self) -> None:
        if self._down_until is not None and time.monotonic() < self._down_until:
            raise SourceError(message("source.unplugged", name=self.label))
        self.inner.open()

    def read(self) -> RawFrame | None:
        if self._down_until is None and self._frames >= self.fail_after_frames:
            self._down_until = time.monotonic() + self.down_s
            self.failures += 1
            raise SourceError(message("source.no_pictures", name=self.label))
        self._frames += 1
        return self.inner.read()

    def close(self) -> None:
        self.inner.close()
