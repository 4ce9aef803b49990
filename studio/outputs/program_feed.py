"""The program as a latest-frame mailbox, for a window that shows it (the clean program window).

The session's own preview mailbox belongs to the main preview (whoever takes a
frame from a LatestMailbox takes it from everyone else), so a second viewer is
an output of its own.
"""

from __future__ import annotations

from studio.core.frames import AudioChunk, VideoFrame
from studio.core.mailbox import LatestMailbox
from studio.outputs.base import OutputHealth


class ProgramFeed:
    """write_video is called on the video-pipeline thread and only swaps the newest frame in.
    The viewer (e.g. a PreviewWidget's scaler thread) takes frames from `mailbox`."""

    def __init__(self, name: str = "program window") -> None:
        self.name = name
        self.mailbox: LatestMailbox[VideoFrame] = LatestMailbox()

    def write_video(self, frame: VideoFrame) -> None:
        self.mailbox.put(frame)

    def write_audio(self, chunk: AudioChunk) -> None:
        """Pictures only."""

    def health(self) -> OutputHealth:
        return OutputHealth(self.name, ok=not self.mailbox.closed, frames_written=self.mailbox.put_count,
                            frames_dropped=self.mailbox.dropped_count)

    def close(self) -> None:
        self.mailbox.close()
