"""When each segment's offer ends, as one absolute moment on the session clock.

An offer's countdown belongs to the offer, not to a visit of its segment: its end is fixed
the first time the offer goes on air (`offer time:` after that moment) and kept when the
host leaves the segment and comes back, so the countdown on the price card and on the
teleprompter only ever goes down. Only an explicit producer action (`restart`) sets a new
end, e.g. a second flash-sale round. An offer without `offer time:` has no end and shows
no countdown.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from studio.show.model import Show


@dataclass(frozen=True)
class OfferCountdown:
    """One offer's countdown at `now_ns` (all times on the session clock)."""

    segment: int
    offer: str
    ends_ns: int
    now_ns: int

    @property
    def remaining_s(self) -> float:
        return max(0.0, (self.ends_ns - self.now_ns) / 1e9)

    @property
    def ended(self) -> bool:
        return self.now_ns >= self.ends_ns


class OfferClock:
    """The offers' end moments for one show. Thread-safe: the video pipeline starts offers as it
    draws the segment on air, the GUI and the prompter thread read them."""

    def __init__(self, show: Show | None) -> None:
        self.show = show
        self._ends_ns: dict[int, int] = {}
        self._started_ns: dict[int, int] = {}
        self._lock = threading.Lock()

    def duration_s(self, segment: int | None) -> float | None:
        """The offer time the show gives the segment; None when it gives none."""
        if self.show is None or segment is None or not 0 <= segment < len(self.show.segments):
            return None
        return self.show.segments[segment].offer_duration_s or None

    def on_air(self, segment: int | None, now_ns: int) -> int | None:
        """The segment is on air at now_ns: its offer starts if it never has. Returns the offer's
        end (None: no timed offer)."""
        duration_s = self.duration_s(segment)
        if duration_s is None:
            return None
        with self._lock:
            if segment not in self._ends_ns:
                self._started_ns[segment] = now_ns
                self._ends_ns[segment] = now_ns + int(round(duration_s * 1e9))
            return self._ends_ns[segment]

    def restart(self, segment: int, now_ns: int) -> None:
        """The producer runs the offer again from now (a second round); ignored without an offer time."""
        duration_s = self.duration_s(segment)
        if duration_s is not None:
            with self._lock:
                self._started_ns[segment] = now_ns
                self._ends_ns[segment] = now_ns + int(round(duration_s * 1e9))

    def ends_ns(self, segment: int | None) -> int | None:
        with self._lock:
            return None if segment is None else self._ends_ns.get(segment)

    def countdown(self, segment: int | None, now_ns: int) -> OfferCountdown | None:
        """The countdown to show while `segment` is on air: its own offer once started, else the
        latest-started offer still running (a flash sale announced earlier keeps counting while the
        host moves on)."""
        with self._lock:
            ends, started = dict(self._ends_ns), dict(self._started_ns)
        if segment in ends:
            return self._countdown(segment, ends[segment], now_ns)
        running = [s for s, end in ends.items() if end > now_ns]
        if not running:
            return None
        latest = max(running, key=started.__getitem__)
        return self._countdown(latest, ends[latest], now_ns)

    def _countdown(self, segment: int, ends_ns: int, now_ns: int) -> OfferCountdown:
        return OfferCountdown(segment, self.show.segments[segment].offer if self.show else "", ends_ns, now_ns)
