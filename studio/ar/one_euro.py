"""The One Euro filter (Casiez, Roussel, Vogel, CHI 2012; https://gery.casiez.net/1euro/).

A low-pass filter whose cutoff rises with speed: still landmarks are smoothed hard
(jitter goes), fast moves pass almost unfiltered (no visible lag).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class OneEuroOptions:
    min_cutoff_hz: float = 1.0      # cutoff when still: lower = smoother, more lag when slow
    beta: float = 0.02              # cutoff gain per unit/s of speed: higher = less lag on fast moves
    derivative_cutoff_hz: float = 1.0


def _alpha(cutoff_hz: float | np.ndarray, dt_s: float):
    tau = 1.0 / (2.0 * math.pi * cutoff_hz)
    return 1.0 / (1.0 + tau / dt_s)


class OneEuroFilter:
    """Filters an array of any shape; one cutoff for the whole array (a rigid face stays rigid).

    The speed is the median over rows of each row's displacement (a landmark's x, y, z move
    together; a 1-D array is one row), so every landmark gets the same smoothing and the face
    shape is not distorted. Called by one thread only.
    """

    def __init__(self, options: OneEuroOptions = OneEuroOptions()) -> None:
        self.options = options
        self._value: np.ndarray | None = None
        self._speed = 0.0
        self._time_s: float | None = None

    def reset(self) -> None:
        self._value = None
        self._speed = 0.0
        self._time_s = None

    def __call__(self, value: np.ndarray, time_s: float) -> np.ndarray:
        value = np.asarray(value, dtype=np.float64)
        if self._value is None or self._time_s is None or self._value.shape != value.shape:
            self._value, self._time_s, self._speed = value.copy(), time_s, 0.0
            return value.copy()
        dt_s = max(time_s - self._time_s, 1e-4)
        delta = (value - self._value).reshape(-1, value.shape[-1]) if value.ndim else (value - self._value).reshape(1, 1)
        raw_speed = float(np.median(np.linalg.norm(delta, axis=1))) / dt_s
        a_d = _alpha(self.options.derivative_cutoff_hz, dt_s)
        self._speed = a_d * raw_speed + (1.0 - a_d) * self._speed
        cutoff = self.options.min_cutoff_hz + self.options.beta * self._speed
        a = _alpha(cutoff, dt_s)
        self._value = a * value + (1.0 - a) * self._value
        self._time_s = time_s
        return self._value.copy()
