"""The output contract.

The video-pipeline thread hands every composited canvas frame to each output's
`write_video`, and the audio thread hands every audio chunk to `write_audio`.
Both must return at once: an output that encodes or sends does so on its own
thread behind a bounded queue, drops (and counts) when it falls behind, and
reports its own health. One output failing never affects the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from studio.core.frames import AudioChunk, VideoFrame


@dataclass
class OutputHealth:
    name: str
    ok: bool
    detail: str = ""                       # one sentence for the status bar when not ok
    frames_written: int = 0
    frames_dropped: int = 0
    extra: dict[str, float] = field(default_factory=dict)  # bitrate_kbps, reconnects, ...


@runtime_checkable
class Output(Protocol):
    name: str

    def write_video(self, frame: VideoFrame) -> None:
        ...

    def write_audio(self, chunk: AudioChunk) -> None:
        ...

    def health(self) -> OutputHealth:
        ...

    def close(self) -> None:
        """Flush and release; called once, from the thread that stops the session."""
        ...
