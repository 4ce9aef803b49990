"""The filter contract: a frame in, a frame out.

Two places run filters, in the order the session configures:
- camera filters see the camera frame before it is placed in the canvas (AR try-on);
- canvas overlays see the composited canvas (price card, caption bar, disclosure ticker).

A filter is called on the video-pipeline thread only ("thread-compatible, not
thread-safe" as MediaPipe says): it may keep state between frames without locks,
but anything another thread changes (look, text) must be handed over safely —
`FilterContext` carries the session state the pipeline snapshots per frame.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol, Sequence, runtime_checkable

from studio.core.frames import VideoFrame


class ShowLike(Protocol):
    """What the core needs of a run of show (studio.show.model.Show): its segments, in order.
    A protocol, so that core stays a leaf that imports no other studio package."""

    segments: Sequence[Any]


@dataclass(frozen=True)
class FilterContext:
    """What a filter may read about the session for this frame."""

    show: ShowLike | None                        # a studio.show.model.Show
    segment_index: int | None
    now_ns: int                                  # the frame's timestamp on the session clock
    segment_started_ns: int | None = None        # when the current segment began (this visit)
    offer_ends_ns: int | None = None             # when the segment's offer ends; None: no timed offer

    @property
    def segment(self) -> Any:
        """The current studio.show.model.Segment, or None."""
        if self.show is None or self.segment_index is None:
            return None
        if 0 <= self.segment_index < len(self.show.segments):
            return self.show.segments[self.segment_index]
        return None


@runtime_checkable
class Filter(Protocol):
    """name: shown in stage metrics; enabled: skipped when False."""

    name: str
    enabled: bool

    def process(self, frame: VideoFrame, ctx: FilterContext) -> VideoFrame:
        ...

    def close(self) -> None:
        ...
