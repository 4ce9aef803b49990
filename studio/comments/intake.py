"""The hand-off from event sources to the comments worker: bounded, never blocking a source.

A flood (a bot wave, a viral moment: thousands of events a second) must not stall capture,
captions or the source's own socket. So `offer` never waits: likes and joins are summed per
source into one event per window, viewer counts keep the newest, and when the queue is full a
comment is dropped and counted (by kind), never queued behind a lock held by a slow consumer.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, replace

from studio.comments.events import EventKind, LiveEvent

DEFAULT_CAPACITY = 5000          # about a minute of a busy room; the worker drains it in batches
AGGREGATE_WINDOW_MS = 1000       # likes/joins summed per second per source
_SUMMED = (EventKind.LIKE, EventKind.JOIN)


@dataclass(frozen=True)
class IntakeStats:
    offered: int                 # every event a source handed in
    queued: int                  # waiting for the worker now
    dropped: dict[str, int]      # per kind: what a full queue refused
    aggregated: int              # likes/joins/viewer counts folded into another event

    @property
    def dropped_total(self) -> int:
        return sum(self.dropped.values())


class EventIntake:
    """Thread-safe. `offer` is called on any source thread, `take` on the comments worker."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY, aggregate_window_ms: int = AGGREGATE_WINDOW_MS,
                 monotonic_ns=time.monotonic_ns) -> None:
        self.capacity = capacity
        self.aggregate_window_ns = aggregate_window_ms * 1_000_000
        self._now_ns = monotonic_ns
        self._cond = threading.Condition()
        self._queue: deque[LiveEvent] = deque()
        self._pending: dict[tuple[str, EventKind], tuple[LiveEvent, int, int]] = {}   # first, sum, n
        self._offered = 0
        self._aggregated = 0
        self._dropped: Counter[str] = Counter()
        self._closed = False

    def offer(self, event: LiveEvent) -> bool:
        """Hand in one event; False when it was dropped (the queue was full). Never blocks for long:
        only the short lock that guards the deque."""
        with self._cond:
            self._offered += 1
            if event.kind in _SUMMED or event.kind is EventKind.VIEWER_COUNT:
                self._fold(event)
                return True
            if len(self._queue) >= self.capacity:
                self._dropped[event.kind.value] += 1
                return False
            self._queue.append(event)
            self._cond.notify()
            return True

    def _fold(self, event: LiveEvent) -> None:
        key = (event.source, event.kind)
        held = self._pending.get(key)
        if held is None:
            self._pending[key] = (event, event.count or 1, 1)
            return
        first, total, n = held
        if event.kind is EventKind.VIEWER_COUNT and event.wall_ms - first.wall_ms >= self.aggregate_window_ns // 1_000_000:
            # Counts from different moments of the room (a replay read as fast as possible) are a
            # curve, not a flood: the held one goes out (the viewer signals need it).
            if len(self._queue) < self.capacity:
                self._queue.append(first)
                self._cond.notify()
            self._pending[key] = (event, event.count or 0, 1)
            return
        self._aggregated += 1
        if event.kind is EventKind.VIEWER_COUNT:   # the newest count is the truth
            self._pending[key] = (event, event.count or 0, n + 1)
        else:
            self._pending[key] = (first, total + (event.count or 1), n + 1)

    def take(self, max_events: int = 500, timeout_s: float = 0.2) -> list[LiveEvent]:
        """Up to max_events queued events plus the likes/joins/viewer counts whose window closed.
        Waits up to timeout_s when there is nothing; [] on timeout or after close."""
        with self._cond:
            if not self._queue and not self._closed:
                self._cond.wait_for(lambda: self._queue or self._closed or self._due(), timeout_s)
            taken = [self._queue.popleft() for _ in range(min(max_events, len(self._queue)))]
            taken += self._flush(force=self._closed)
            return taken

    def _due(self) -> bool:
        now = self._now_ns()
        return any(now - first.t_mono_ns >= self.aggregate_window_ns for first, _, _ in self._pending.values())

    def _flush(self, force: bool) -> list[LiveEvent]:
        now = self._now_ns()
        out = []
        for key, (first, total, n) in list(self._pending.items()):
            if force or now - first.t_mono_ns >= self.aggregate_window_ns:
                del self._pending[key]
                if first.kind is EventKind.VIEWER_COUNT or n == 1:
                    out.append(first)
                else:   # a sum of many viewers' likes belongs to nobody
                    out.append(replace(first, count=total, user=None, event_id=f"{first.event_id}+{n - 1}"))
        return out

    def flush_all(self) -> list[LiveEvent]:
        """Everything still held (the worker's last drain at stop)."""
        with self._cond:
            taken = list(self._queue)
            self._queue.clear()
            return taken + self._flush(force=True)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    def stats(self) -> IntakeStats:
        with self._cond:
            return IntakeStats(self._offered, len(self._queue), dict(self._dropped), self._aggregated)
