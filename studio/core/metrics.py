"""Every stage measures itself: latency percentiles and rates over a sliding window."""

from __future__ import annotations

import collections
import threading
import time
from dataclasses import dataclass

import numpy as np


@dataclass
class StageStats:
    count: int
    p50_ms: float
    p95_ms: float
    max_ms: float


class StageMeter:
    """Collects durations (ms) of one stage. Thread-safe.

    Keeps the last `window` samples for live figures and every sample's summary
    counters for the session report.
    """

    def __init__(self, window: int = 600) -> None:
        self._recent: collections.deque[float] = collections.deque(maxlen=window)
        self._all: list[float] = []
        self._lock = threading.Lock()

    def add(self, duration_ms: float) -> None:
        with self._lock:
            self._recent.append(duration_ms)
            self._all.append(duration_ms)

    def stats(self, recent: bool = False) -> StageStats:
        with self._lock:
            data = list(self._recent) if recent else list(self._all)
        if not data:
            return StageStats(0, 0.0, 0.0, 0.0)
        arr = np.asarray(data)
        return StageStats(
            len(data), float(np.percentile(arr, 50)), float(np.percentile(arr, 95)), float(arr.max())
        )


class RateMeter:
    """Events per second over the last `window_s` seconds. Thread-safe."""

    def __init__(self, window_s: float = 2.0) -> None:
        self._times: collections.deque[float] = collections.deque()
        self._window_s = window_s
        self._lock = threading.Lock()

    def tick(self, now_s: float | None = None) -> None:
        now_s = time.monotonic() if now_s is None else now_s
        with self._lock:
            self._times.append(now_s)
            while self._times and now_s - self._times[0] > self._window_s:
                self._times.popleft()

    def rate(self) -> float:
        with self._lock:
            if len(self._times) < 2:
                return 0.0
            span = self._times[-1] - self._times[0]
            return (len(self._times) - 1) / span if span > 0 else 0.0


class Metrics:
    """A named set of stage meters, shared by the pipeline and its report."""

    def __init__(self) -> None:
        self._meters: dict[str, StageMeter] = {}
        self._lock = threading.Lock()

    def meter(self, name: str) -> StageMeter:
        with self._lock:
            if name not in self._meters:
                self._meters[name] = StageMeter()
            return self._meters[name]

    def summary(self, recent: bool = False) -> dict[str, dict[str, float]]:
        with self._lock:
            meters = dict(self._meters)
        out = {}
        for name, meter in meters.items():
            s = meter.stats(recent)
            out[name] = {"count": s.count, "p50_ms": round(s.p50_ms, 3), "p95_ms": round(s.p95_ms, 3),
                         "max_ms": round(s.max_ms, 3)}
        return out
