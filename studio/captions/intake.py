"""Audio on its way to the captions thread: a bounded queue where the newest audio wins.

The audio-capture thread queues chunks; the captions thread drains them each round. Live, a
machine that cannot keep up let this queue grow without end (seen at load 23: captions minutes
behind the host). Past `max_backlog_s` the oldest chunks are shed, counted, and the engine is
told, so it can close the sentence it was in and say what was skipped; nothing goes silently.
Offline (a file render, `max_backlog_s=None`) every sample is kept: the result must not depend on
how busy the machine was.
"""

from __future__ import annotations

import collections
import threading
from dataclasses import dataclass

from studio.core.frames import AUDIO_SAMPLE_RATE_HZ, AudioChunk


@dataclass(frozen=True)
class Drained:
    """One round's audio, oldest first, and what was shed before it since the last round."""

    chunks: list[AudioChunk]
    shed_chunks: int = 0
    shed_s: float = 0.0


class AudioIntake:
    """put() is called on the audio-capture thread and returns at once; drain() and the counters
    on the captions thread. One lock guards the queue."""

    def __init__(self, max_backlog_s: float | None) -> None:
        self.max_backlog_s = max_backlog_s
        self._chunks: collections.deque[AudioChunk] = collections.deque()
        self._queued_samples = 0
        self._lock = threading.Lock()
        self._shed_since_drain = (0, 0)        # (chunks, samples) shed since the last drain
        self.shed_chunks = 0                   # since the stream began
        self.shed_samples = 0

    def put(self, chunk: AudioChunk) -> None:
        if chunk.sample_rate_hz != AUDIO_SAMPLE_RATE_HZ:
            raise ValueError(f"captions need {AUDIO_SAMPLE_RATE_HZ} Hz audio, got {chunk.sample_rate_hz} Hz")
        with self._lock:
            self._chunks.append(chunk)
            self._queued_samples += len(chunk.samples)
            if self.max_backlog_s is None:
                return
            limit = int(self.max_backlog_s * AUDIO_SAMPLE_RATE_HZ)
            # Keep at least the newest chunk, however long it is.
            while self._queued_samples > limit and len(self._chunks) > 1:
                old = self._chunks.popleft()
                self._queued_samples -= len(old.samples)
                chunks, samples = self._shed_since_drain
                self._shed_since_drain = (chunks + 1, samples + len(old.samples))
                self.shed_chunks += 1
                self.shed_samples += len(old.samples)

    def drain(self) -> Drained:
        with self._lock:
            chunks = list(self._chunks)
            self._chunks.clear()
            self._queued_samples = 0
            (shed_chunks, shed_samples), self._shed_since_drain = self._shed_since_drain, (0, 0)
        return Drained(chunks, shed_chunks, shed_samples / AUDIO_SAMPLE_RATE_HZ)

    @property
    def queued_s(self) -> float:
        with self._lock:
            return self._queued_samples / AUDIO_SAMPLE_RATE_HZ

    @property
    def shed_s(self) -> float:
        return self.shed_samples / AUDIO_SAMPLE_RATE_HZ
