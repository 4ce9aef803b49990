"""Streaming voice activity detection with faster-whisper's Silero VAD (ONNX, shipped in its package).

faster-whisper's `SileroVADModel.__call__` scores a whole file at once; live audio
arrives in blocks, so this module runs the same ONNX session window by window and
carries the recurrent state (h, c) and the 64-sample context between blocks.
One 512-sample window is 32 ms of audio at 16 kHz (Silero's fixed window).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import numpy as np

WINDOW_SAMPLES = 512          # Silero v5/v6 window at 16 kHz
_CONTEXT_SAMPLES = 64
WINDOW_S = WINDOW_SAMPLES / 16_000


class VadState(enum.Enum):
    SILENCE = "silence"
    SPEECH = "speech"


@dataclass(frozen=True)
class VadOptions:
    """When speech starts and stops (hysteresis, as in Silero's own get_speech_timestamps)."""

    threshold: float = 0.5               # a window above this starts speech
    neg_threshold: float = 0.35          # speech ends after min_silence_ms below this
    min_silence_ms: int = 550            # a pause this long ends the utterance (a "final")
    min_speech_ms: int = 200             # shorter blips (a cough, a click) are dropped
    pre_roll_ms: int = 300               # audio kept before speech starts (Whisper needs the onset)


@dataclass(frozen=True)
class VadWindow:
    """Speech probability of one 32 ms window; index counts windows since the stream began."""

    index: int
    speech_prob: float


class StreamingVad:
    """Scores 16 kHz audio in 32 ms windows, keeping state across calls.

    Called on the captions thread only (thread-compatible, not thread-safe).
    """

    def __init__(self) -> None:
        from faster_whisper.vad import get_vad_model  # heavy import (onnxruntime) only when used

        self._session = get_vad_model().session
        self._pending = np.zeros(0, dtype=np.float32)
        self._windows_done = 0
        self.reset_state()

    def reset_state(self) -> None:
        self._h = np.zeros((1, 1, 128), dtype=np.float32)
        self._c = np.zeros((1, 1, 128), dtype=np.float32)
        self._context = np.zeros(_CONTEXT_SAMPLES, dtype=np.float32)

    def feed(self, samples: np.ndarray) -> list[VadWindow]:
        """Score every complete window in pending + samples; keeps the remainder for next time."""
        audio = np.concatenate([self._pending, np.asarray(samples, dtype=np.float32)])
        n = len(audio) // WINDOW_SAMPLES
        self._pending = audio[n * WINDOW_SAMPLES:]
        if n == 0:
            return []
        windows = audio[: n * WINDOW_SAMPLES].reshape(n, WINDOW_SAMPLES)
        # Each window is preceded by the last 64 samples of the one before (Silero's context).
        contexts = np.empty((n, _CONTEXT_SAMPLES), dtype=np.float32)
        contexts[0] = self._context
        contexts[1:] = windows[:-1, -_CONTEXT_SAMPLES:]
        batch = np.concatenate([contexts, windows], axis=1)
        out, self._h, self._c = self._session.run(None, {"input": batch, "h": self._h, "c": self._c})
        self._context = windows[-1, -_CONTEXT_SAMPLES:].copy()
        probs = np.asarray(out, dtype=np.float32).reshape(-1)
        first = self._windows_done
        self._windows_done += n
        return [VadWindow(first + i, float(p)) for i, p in enumerate(probs)]


def quietest_cut(audio: np.ndarray, last_s: float = 3.0) -> int:
    """Where to split a run-on utterance: the sample just after its quietest 32 ms window in the
    last `last_s` (never at its very start)."""
    n = len(audio) // WINDOW_SAMPLES
    lo = max(1, n - int(last_s / WINDOW_S))
    frames = audio[: n * WINDOW_SAMPLES].reshape(n, WINDOW_SAMPLES)
    energy = np.sqrt(np.mean(frames[lo:] ** 2, axis=1))
    return (lo + int(np.argmin(energy)) + 1) * WINDOW_SAMPLES
