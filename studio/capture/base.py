"""The video-source contract and the errors sources raise."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np

from studio.core.messages import HostMessage


class SourceError(RuntimeError):
    """A source cannot be opened or read; the message is a sentence for the host.

    Raised with a HostMessage, str(error) is its English text and `message` keeps the key
    so the window can say it in the host's language."""

    def __init__(self, text: "str | HostMessage") -> None:
        self.message = text if isinstance(text, HostMessage) else None
        super().__init__(str(text))


@dataclass
class RawFrame:
    """What a source reads: the image and, for files, where it sits in the media (seconds)."""

    image: np.ndarray
    media_time_s: float | None = None


class VideoSource(Protocol):
    """Called on the camera-capture thread only.

    `is_live`: a camera delivers frames at its own pace (stamp on arrival); a file
    or pattern has media time (pace it when real time is wanted).
    `reconnects`: on a read failure the session retries (a device) instead of
    ending (a file). Sources without the attribute do not reconnect.
    """

    name: str
    is_live: bool
    fps: float

    def open(self) -> None:
        """Raise SourceError with a clear sentence when it cannot be opened."""

    def read(self) -> RawFrame | None:
        """The next frame; None at the end of a file. Raise SourceError when the device failed."""

    def close(self) -> None:
        ...
