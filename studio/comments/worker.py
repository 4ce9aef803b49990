"""The comments thread of a session (or of `studio comments serve/replay`): sources → intake →
store → the bus.

Sources push into the EventIntake on their own threads (never blocking); this thread takes
batches, writes each batch in one transaction, and publishes it as a LiveEventBatch on the bus,
where views (the inbox panel) and the understanding worker subscribe. A source's state change is
published as FeedStateChanged, said to the host as a StatusMessage, and stored as a system event.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Callable

from studio.comments.events import EventKind, LiveEvent
from studio.comments.intake import EventIntake, IntakeStats
from studio.comments.sources.base import EventSource, FeedState, FeedStateChanged
from studio.comments.store import CommentsDbError, CommentStore
from studio.core.events import EventBus, Severity, StatusMessage

log = logging.getLogger(__name__)

BATCH_MAX = 500          # events per transaction / per published batch


@dataclass(frozen=True)
class LiveEventBatch:
    """Published on the session bus by the comments thread, in arrival order."""

    events: tuple[LiveEvent, ...]
    dropped_total: int           # events a full intake refused so far (a flood)


@dataclass(frozen=True)
class CommentsStats:
    intake: IntakeStats
    stored: int
    published: int
    store_failures: int


# A feed that failed was asked for and cannot run: an error (`studio run` lists it under problems).
_SEVERITY = {FeedState.FAILED: Severity.ERROR, FeedState.RECONNECTING: Severity.WARNING}


class CommentsWorker:
    """start()/stop() on the owner's thread (the session's, or the CLI's main thread)."""

    def __init__(self, events: EventBus, store: CommentStore | None = None,
                 intake: EventIntake | None = None) -> None:
        self.bus = events
        self.store = store
        self.intake = intake or EventIntake()
        self.sources: list[EventSource] = []
        self._thread: threading.Thread | None = None
        self._halt = threading.Event()
        self._stored = 0
        self._published = 0
        self._store_failures = 0
        self._warned_drop = False

    @property
    def sink(self) -> Callable[[LiveEvent], bool]:
        return self.intake.offer

    def on_state(self, change: FeedStateChanged) -> None:
        """Sources call this on their threads: bus + host sentence + a system event in the log."""
        self.bus.publish(change)
        if change.detail:
            self.bus.publish(StatusMessage(_SEVERITY.get(change.state, Severity.INFO), change.detail, "comments",
                                           change.message))
        self.intake.offer(LiveEvent.create(EventKind.SYSTEM, source=change.source, platform="studio",
                                           text=f"{change.state.value}: {change.detail}"))

    def add_source(self, source: EventSource) -> EventSource:
        self.sources.append(source)
        if self._thread is not None:
            source.start()
        return source

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="comments", daemon=True)
        self._thread.start()
        for source in self.sources:
            source.start()

    def stop(self) -> None:
        for source in self.sources:
            source.stop()
        self._halt.set()
        self.intake.close()
        if self._thread is not None:
            self._thread.join(10)
        self._deliver(self.intake.flush_all())
        if self.store is not None:
            self.store.end_run()

    def wait_sources(self, timeout_s: float | None = None) -> bool:
        """Wait until every source finished by itself (replays); True when they did."""
        return all(source.join(timeout_s) for source in self.sources)

    def stats(self) -> CommentsStats:
        return CommentsStats(self.intake.stats(), self._stored, self._published, self._store_failures)

    def report(self) -> dict:
        """For `studio run --report`: what arrived, what was kept, what a flood cost."""
        stats = self.stats()
        return {"received": stats.intake.offered, "stored": stats.stored, "published": stats.published,
                "dropped": stats.intake.dropped, "aggregated": stats.intake.aggregated,
                "store_failures": stats.store_failures,
                "database": str(self.store.path) if self.store is not None else None,
                "sources": [{"name": s.name, "state": s.state.value, "detail": s.detail, "events": s.events_out}
                            for s in self.sources]}

    def _run(self) -> None:
        while not self._halt.is_set():
            batch = self.intake.take(BATCH_MAX, timeout_s=0.2)
            if batch:
                self._deliver(batch)

    def _deliver(self, batch: list[LiveEvent]) -> None:
        if not batch:
            return
        if self.store is not None:
            try:
                self._stored += self.store.add(batch)
            except CommentsDbError as exc:   # a full disk: the feed goes on, the host is told once per batch
                self._store_failures += 1
                log.error("%s", exc)
                self.bus.publish(StatusMessage(Severity.ERROR, str(exc), "comments"))
        dropped = self.intake.stats().dropped_total
        if dropped and not self._warned_drop:
            self._warned_drop = True
            self.bus.publish(StatusMessage(Severity.WARNING, "Comments are arriving faster than the studio "
                                           "can keep: some are dropped (counted in the report).", "comments"))
        self._published += len(batch)
        self.bus.publish(LiveEventBatch(tuple(batch), dropped))
