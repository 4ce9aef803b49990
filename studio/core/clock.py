"""One session clock shared by video frames, audio blocks and caption events."""

from __future__ import annotations

import time


class SessionClock:
    """Nanoseconds since the session started, from the monotonic clock.

    Thread-safe (read-only after construction). Every timestamp in the studio
    (`timestamp_ns` on frames and audio chunks, `emitted` on caption events) is on
    this clock, so audio, video and captions line up without conversion.
    """

    def __init__(self) -> None:
        self._origin_ns = time.monotonic_ns()

    def now_ns(self) -> int:
        return time.monotonic_ns() - self._origin_ns

    def now_s(self) -> float:
        return self.now_ns() / 1e9

    def sleep_until_ns(self, target_ns: int) -> None:
        """Sleep until the session clock reaches target_ns (used to pace file sources)."""
        delay_ns = target_ns - self.now_ns()
        if delay_ns > 0:
            time.sleep(delay_ns / 1e9)
