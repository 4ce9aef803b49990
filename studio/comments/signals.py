"""Viewer signals from the live room: viewer count and comment rate over time, and the drop alert.

Headless and clock-free: time is each event's `wall_ms` (the platform's clock, or the recording's
offsets on a replay), so a replay as fast as possible gives the alerts a real-time one would, and
tests drive it with made-up times. A drop is measured when a viewer count arrives: against the
highest count of the last `window_s`, a fall of `drop_fraction` or more alerts — unless that
high was under `min_viewers` (8 → 5 viewers is a third, and nothing to act on) or the fall is
fewer than `min_drop_viewers`. One alert per drop: none again for `cooldown_s`.

Why: switching to a stronger talk-track when viewers leave raised sales by about a quarter (the
issue's industry reports), so the alert offers the segment's B talk-track when it has one.
"""

from __future__ import annotations

import collections
from dataclasses import dataclass
from typing import Iterable

from studio.comments.events import EventKind, LiveEvent


@dataclass(frozen=True)
class SignalOptions:
    window_s: float = 60.0            # a drop is measured against the highest count this long back
    drop_fraction: float = 0.20       # -20 % or more alerts
    min_viewers: int = 50             # floor: rooms whose high was smaller never alert
    min_drop_viewers: int = 10        # and a fall of fewer viewers than this does not either
    cooldown_s: float = 120.0         # one alert per drop
    rate_window_s: float = 60.0       # comments per minute are counted over this
    keep_s: float = 4 * 3600.0        # history kept for reports (a long live)

    def __post_init__(self) -> None:
        if not 0 < self.drop_fraction < 1:
            raise ValueError(f"drop_fraction is a fraction between 0 and 1, not {self.drop_fraction}")
        if self.window_s <= 0 or self.rate_window_s <= 0:
            raise ValueError("window_s and rate_window_s must be positive")


@dataclass(frozen=True)
class ViewerDrop:
    """Viewers fell by `drop_fraction` within `window_s` (what ViewerSignals finds)."""

    at_ms: int                        # the count that showed the drop (event wall_ms)
    viewers_before: int               # the highest count of the window
    viewers_now: int
    window_s: float

    @property
    def drop_fraction(self) -> float:
        return (self.viewers_before - self.viewers_now) / self.viewers_before

    def to_json(self) -> dict:
        return {"at_ms": self.at_ms, "viewers_before": self.viewers_before, "viewers_now": self.viewers_now,
                "drop_pct": round(100 * self.drop_fraction, 1), "window_s": self.window_s}


@dataclass(frozen=True)
class SignalSample:
    at_ms: int
    viewers: int | None               # the latest viewer count at that moment (None: none yet)
    comments_per_min: float           # over the last rate_window_s


class ViewerSignals:
    """Fed batches of LiveEvents in arrival order (one thread at a time); returns the drops found."""

    def __init__(self, options: SignalOptions | None = None) -> None:
        self.options = options or SignalOptions()
        self._counts: collections.deque[tuple[int, int]] = collections.deque()     # (at_ms, viewers), window
        self._comments: collections.deque[int] = collections.deque()               # at_ms, rate window
        self.samples: collections.deque[SignalSample] = collections.deque()        # at each viewer count
        self.drops: list[ViewerDrop] = []
        self._last_alert_ms: int | None = None
        self.peak_viewers: int | None = None
        self.comments_total = 0

    def add(self, events: Iterable[LiveEvent]) -> list[ViewerDrop]:
        found = []
        for event in events:
            if event.kind is EventKind.COMMENT:
                self._comments.append(event.wall_ms)
                self.comments_total += 1
            elif event.kind is EventKind.VIEWER_COUNT and event.count is not None:
                drop = self._viewers(event.wall_ms, event.count)
                if drop is not None:
                    found.append(drop)
        return found

    def comments_per_min(self, at_ms: int) -> float:
        start = at_ms - self.options.rate_window_s * 1000
        while self._comments and self._comments[0] < start:
            self._comments.popleft()
        return sum(1 for t in self._comments if t <= at_ms) * 60.0 / self.options.rate_window_s

    @property
    def viewers(self) -> int | None:
        return self._counts[-1][1] if self._counts else None

    def report(self) -> dict:
        o = self.options
        return {"peak_viewers": self.peak_viewers, "last_viewers": self.viewers, "comments": self.comments_total,
                "alert_rule": {"drop_pct": round(100 * o.drop_fraction, 1), "window_s": o.window_s,
                               "min_viewers": o.min_viewers, "min_drop_viewers": o.min_drop_viewers},
                "samples": [{"at_ms": s.at_ms, "viewers": s.viewers, "comments_per_min": round(s.comments_per_min, 1)}
                            for s in self.samples],
                "drops": [d.to_json() for d in self.drops]}

    def _viewers(self, at_ms: int, viewers: int) -> ViewerDrop | None:
        o = self.options
        self._counts.append((at_ms, viewers))
        while self._counts and self._counts[0][0] < at_ms - o.window_s * 1000:
            self._counts.popleft()
        self.peak_viewers = viewers if self.peak_viewers is None else max(self.peak_viewers, viewers)
        self.samples.append(SignalSample(at_ms, viewers, self.comments_per_min(at_ms)))
        while self.samples and self.samples[0].at_ms < at_ms - o.keep_s * 1000:
            self.samples.popleft()
        high = max(v for _, v in self._counts)
        if high < o.min_viewers or high - viewers < o.min_drop_viewers or (high - viewers) < o.drop_fraction * high:
            return None
        if self._last_alert_ms is not None and at_ms - self._last_alert_ms < o.cooldown_s * 1000:
            return None
        self._last_alert_ms = at_ms
        drop = ViewerDrop(at_ms, high, viewers, o.window_s)
        self.drops.append(drop)
        return drop
