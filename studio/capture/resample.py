"""A live audio stream from the device's rate to the studio's, block by block, with FFmpeg's
resampler (PyAV's libswresample, already in every install): its filter state carries over from one
block to the next, so block edges make no clicks, and no second DSP library (SciPy) is needed."""

from __future__ import annotations

from fractions import Fraction

import av
import numpy as np


class MonoResampler:
    """float32 mono blocks at rate_in_hz in, float32 mono at rate_out_hz out. One thread at a time.

    Each block's output is what the filter has ready: a few samples fewer for the first block
    (the filter's delay), about len(block) * rate_out / rate_in after that."""

    def __init__(self, rate_in_hz: int, rate_out_hz: int) -> None:
        self.rate_in_hz = int(rate_in_hz)
        self.rate_out_hz = int(rate_out_hz)
        self._resampler = av.AudioResampler(format="flt", layout="mono", rate=self.rate_out_hz)
        self._samples_in = 0

    def resample(self, block: np.ndarray) -> np.ndarray:
        samples = np.ascontiguousarray(block, dtype=np.float32).reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(samples, format="flt", layout="mono")
        frame.sample_rate = self.rate_in_hz
        frame.time_base = Fraction(1, self.rate_in_hz)
        frame.pts = self._samples_in
        self._samples_in += samples.shape[1]
        out = [f.to_ndarray().reshape(-1) for f in self._resampler.resample(frame)]
        return np.concatenate(out).astype(np.float32, copy=False) if out else np.zeros(0, np.float32)
