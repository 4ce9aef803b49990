"""A bounded ring of audio chunks between the audio callback and its consumers."""

from __future__ import annotations

import collections
import threading

from studio.core.frames import AudioChunk


class AudioRing:
    """The audio callback only appends here and returns (no allocation-heavy work).

    Consumers (level meter, captions, recorder) each call `drain()`. Thread-safe.
    When full, the oldest chunks are dropped and counted: audio that nobody reads
    in `capacity_s` seconds is stale anyway.
    """

    def __init__(self, capacity_chunks: int = 400) -> None:
        self._chunks: collections.deque[AudioChunk] = collections.deque(maxlen=capacity_chunks)
        self._cond = threading.Condition()
        self.dropped_count = 0
        self._closed = False

    def push(self, chunk: AudioChunk) -> None:
        with self._cond:
            if len(self._chunks) == self._chunks.maxlen:
                self.dropped_count += 1
            self._chunks.append(chunk)
            self._cond.notify_all()

    def drain(self, timeout_s: float | None = 0.0) -> list[AudioChunk]:
        """Everything buffered, oldest first; waits up to timeout_s when empty."""
        with self._cond:
            if not self._chunks and not self._closed and timeout_s:
                self._cond.wait(timeout_s)
            chunks = list(self._chunks)
            self._chunks.clear()
            return chunks

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    @property
    def closed(self) -> bool:
        return self._closed
