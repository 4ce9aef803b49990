"""The two kinds of media that flow through the studio."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

AUDIO_SAMPLE_RATE_HZ = 16_000  # what Whisper and the VAD want; the recorder upsamples


@dataclass
class VideoFrame:
    """A BGR uint8 image (H×W×3, OpenCV's layout) stamped on the session clock.

    `timestamp_ns` is the presentation time (where the frame sits on the session
    timeline); `captured_ns` is the session-clock time it entered the studio, so
    `now - captured_ns` is the pipeline latency.
    """

    image: np.ndarray
    timestamp_ns: int
    index: int
    captured_ns: int
    # Per-stage timings (stage name -> milliseconds), filled as the frame travels.
    stage_ms: dict[str, float] = field(default_factory=dict)

    @property
    def height(self) -> int:
        return int(self.image.shape[0])

    @property
    def width(self) -> int:
        return int(self.image.shape[1])

    def with_image(self, image: np.ndarray) -> "VideoFrame":
        return VideoFrame(image, self.timestamp_ns, self.index, self.captured_ns, self.stage_ms)


@dataclass
class AudioChunk:
    """A block of 16 kHz mono float32 samples in [-1, 1], stamped on the session clock.

    `timestamp_ns` is the session time of the first sample.
    """

    samples: np.ndarray
    timestamp_ns: int
    sample_rate_hz: int = AUDIO_SAMPLE_RATE_HZ

    @property
    def duration_s(self) -> float:
        return len(self.samples) / self.sample_rate_hz

    @property
    def end_ns(self) -> int:
        return self.timestamp_ns + int(round(len(self.samples) * 1e9 / self.sample_rate_hz))


SILENCE_DBFS = -120.0   # what digital silence (and an empty block) reads as


def level_dbfs(samples: np.ndarray) -> float:
    """RMS level of float samples in dBFS (0 dB = full scale), SILENCE_DBFS at most this quiet.
    One definition for the level meter, the silent-microphone watch and the follower's voice gate."""
    if not len(samples):
        return SILENCE_DBFS
    mean_square = float(np.mean(np.square(samples, dtype=np.float64)))
    return max(SILENCE_DBFS, 10.0 * math.log10(mean_square)) if mean_square > 0 else SILENCE_DBFS
