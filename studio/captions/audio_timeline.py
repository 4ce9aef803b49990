"""The audio the caption engine keeps, on the session's timeline.

Samples are numbered from the start of the stream; only those from `origin` on are kept (the
utterance in progress plus a pre-roll), and each sample index maps to a session time. A chunk
that does not follow on from the last one (a device restarted, audio shed because captions fell
behind) re-anchors the timeline, so captions keep the time they were spoken.
"""

from __future__ import annotations

import numpy as np

from studio.core.frames import AUDIO_SAMPLE_RATE_HZ, AudioChunk

SR = AUDIO_SAMPLE_RATE_HZ
_REANCHOR_AFTER_NS = 200_000_000   # a jump larger than this is a gap, not clock jitter


class AudioTimeline:
    """Called on the captions thread only."""

    def __init__(self) -> None:
        self.audio = np.zeros(0, dtype=np.float32)
        self.origin = 0                    # sample index of audio[0]
        self.samples_in = 0                # samples received since the stream began
        self._base_ns: int | None = None   # session time of sample 0

    def append(self, chunks: list[AudioChunk]) -> np.ndarray:
        """Keep the chunks' samples; returns them as one array."""
        parts = []
        for chunk in chunks:
            expected_ns = (None if self._base_ns is None
                           else self._base_ns + int(self.samples_in * 1e9 / SR))
            if expected_ns is None or abs(chunk.timestamp_ns - expected_ns) > _REANCHOR_AFTER_NS:
                self._base_ns = chunk.timestamp_ns - int(self.samples_in * 1e9 / SR)
            samples = np.asarray(chunk.samples, dtype=np.float32).reshape(-1)
            parts.append(samples)
            self.samples_in += len(samples)
        samples = np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)
        self.audio = np.concatenate([self.audio, samples])
        return samples

    def time_s(self, sample: int) -> float:
        """Session time of a sample index."""
        return ((self._base_ns or 0) + sample * 1e9 / SR) / 1e9

    def slice(self, start: int, end: int) -> np.ndarray:
        return self.audio[max(0, start - self.origin): max(0, end - self.origin)]

    def trim(self, keep_from: int) -> None:
        """Forget the samples before keep_from."""
        keep_from = min(keep_from, self.samples_in)
        if keep_from > self.origin:
            self.audio = self.audio[keep_from - self.origin:]
            self.origin = keep_from
