"""The sales log's worker: one plain thread that owns the SalesLog in a live session.

A durable commit waits for fsync (a few ms, more on a busy disk), so neither the GUI thread nor
the CLI's main loop writes the log itself: they post jobs (or the ready-made commands below) and
get WorkerResults back through `subscribe`. The session (studio.live.assembly, from
LiveOptions.sales) makes, starts and stops it; segment changes reach it on the session's bus.
The window wraps it in a Qt relay (studio.ui.panels.sales_relay) that hands results to the GUI
thread; `studio run --sales-db` drives the same worker.
"""

from __future__ import annotations

import logging
import queue
import threading
from dataclasses import dataclass
from typing import Any, Callable

from studio.sales.dashboard import Dashboard
from studio.sales.errors import SalesError
from studio.sales.log import SalesLog
from studio.sales.model import SaleInput
from studio.sales.talk_tracks import record_talk_track

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WorkerResult:
    message: str                      # what happened, for the host ("" for a plain refresh)
    error: bool
    dashboard: Dashboard | None       # None when no sales session is open
    payload: Any = None               # data for reply_to (e.g. the catalog)
    reply_to: Callable[[Any], None] | None = None   # called with payload by the front end, on its thread


Job = Callable[[SalesLog], WorkerResult]


class SalesWorker:
    """Owns the SalesLog on the "sales" thread. Every public method may be called from any thread
    and returns at once; subscribers are called on the sales thread, one result per job, in order.
    Jobs posted before start() wait for it; stop() finishes every job posted before it."""

    def __init__(self, db_path: str | None = None, origin: str = "app", events=None,
                 show_provider: Callable[[], Any] | None = None,
                 segment_provider: Callable[[], int | None] | None = None) -> None:
        self._db_path = db_path
        self._origin = origin
        self._events = events
        self._show = show_provider or (lambda: None)
        self._segment = segment_provider or (lambda: None)
        self._jobs: queue.Queue[Job | None] = queue.Queue()
        self._subscribers: list[Callable[[WorkerResult], None]] = []
        self._lock = threading.Lock()
        self._log: SalesLog | None = None
        self._unsubscribe = None
        self._thread = threading.Thread(target=self._run, name="sales", daemon=True)
        self.snapshot: Dashboard | None = None     # the newest figures any job returned
        self.last_result: WorkerResult | None = None
        self.errors = 0                            # jobs that failed (said in their results)
        self.last_error = ""

    # ---- life ----------------------------------------------------------------------------

    def start(self) -> None:
        if self._events is not None:
            from studio.comments.inbox_events import BuyLogRequested
            from studio.core.events import SegmentChanged, TalkTrackChanged

            self._unsubscribe = [
                self._events.subscribe(SegmentChanged, lambda e: self.follow_segment(e.index)),
                self._events.subscribe(TalkTrackChanged, lambda e: self.follow_talk_track(e.index, e.track)),
                # the inbox's "log sale" on a buy comment
                self._events.subscribe(BuyLogRequested,
                                       lambda e: self.log_comment_sale(e.comment_id, e.sku, e.quantity)),
            ]
        self._thread.start()

    def stop(self) -> None:
        for unsubscribe in self._unsubscribe or ():
            unsubscribe()
        self._unsubscribe = None
        self._jobs.put(None)
        if self._thread.is_alive():
            self._thread.join(timeout=10)

    # ---- commands ------------------------------------------------------------------------

    def subscribe(self, callback: Callable[[WorkerResult], None]) -> Callable[[], None]:
        """callback(result) for every job from now on; returns the unsubscribe function."""
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)
        return unsubscribe

    def post(self, job: Job) -> None:
        self._jobs.put(job)

    def ask(self, job: Callable[[SalesLog], Any], reply: Callable[[str | None, Any], None]) -> None:
        """Run job(sales) here; the result carries reply_to = reply(error, result). A ValueError
        (bad input, SalesInputError) becomes `error`, its message for the host."""
        def run(sales: SalesLog) -> WorkerResult:
            try:
                payload = (None, job(sales))
            except ValueError as exc:
                payload = (str(exc), None)
            return WorkerResult("", False, dashboard_or_none(sales), payload=payload,
                                reply_to=lambda p: reply(*p))
        self.post(run)

    @property
    def pending(self) -> int:
        return self._jobs.qsize()

    def open_session(self) -> None:
        """A sales session for this live (from the show), unless one is open already."""
        def job(sales: SalesLog) -> WorkerResult:
            ensure_session(sales, self._show(), self._segment())
            return WorkerResult(f"Sales session: {sales.session().title}", False, sales.dashboard())
        self.post(job)

    def log_sale(self, sku: str | None = None, quantity: int = 1) -> None:
        """One sale of `sku` (None: the product on screen), starting a sales session from the
        show when none is open: a key press never drops a sale."""
        def job(sales: SalesLog) -> WorkerResult:
            ensure_session(sales, self._show(), self._segment())
            sale = sales.log_sale(SaleInput(sku=sku, quantity=quantity))
            return WorkerResult(f"Logged #{sale.sale_id}: {sale.quantity} × {sale.product_name} = {sale.total}",
                                False, sales.dashboard())
        self.post(job)

    def log_comment_sale(self, comment_id: str, sku: str | None = None, quantity: int = 1) -> None:
        """The inbox's "log sale" on a buy comment: `quantity` of `sku` (None: the product on screen),
        stored with the comment's LiveEvent.event_id. A comment already logged is refused (said)."""
        def job(sales: SalesLog) -> WorkerResult:
            ensure_session(sales, self._show(), self._segment())
            sale = sales.log_sale(SaleInput(sku=sku, quantity=quantity, comment_id=comment_id))
            return WorkerResult(f"Logged #{sale.sale_id} from a comment: {sale.quantity} × {sale.product_name} "
                                f"= {sale.total}", False, sales.dashboard())
        self.post(job)

    def follow_talk_track(self, segment_index: int, track: str) -> None:
        """The prompter switched a segment's talk-track (any thread): kept for the A/B report."""
        def job(sales: SalesLog) -> WorkerResult:
            ensure_session(sales, self._show(), self._segment())
            record_talk_track(sales, segment_index, track)
            return WorkerResult("", False, sales.dashboard())
        self.post(job)

    def undo_last(self) -> None:
        def job(sales: SalesLog) -> WorkerResult:
            sale = sales.undo_last()
            text = "Nothing to undo" if sale is None else f"Undone #{sale.sale_id}: {sale.quantity} × {sale.product_name}"
            return WorkerResult(text, False, sales.dashboard())
        self.post(job)

    def add_marker(self, note: str) -> None:
        def job(sales: SalesLog) -> WorkerResult:
            ensure_session(sales, self._show(), self._segment())
            marker = sales.add_marker(note)
            return WorkerResult(f"Marker: {marker.note}", False, sales.dashboard())
        self.post(job)

    def follow_segment(self, index: int | None) -> None:
        """The run of show moved on (any thread): an open sales session follows it."""
        if index is None:
            return

        def job(sales: SalesLog) -> WorkerResult:
            try:
                sales.session()
            except SalesError:
                return WorkerResult("", False, None)
            sales.set_segment(index)
            return WorkerResult("", False, sales.dashboard())
        self.post(job)

    def report(self) -> dict:
        """The figures for `studio run`'s report (read after stop())."""
        d = self.snapshot
        figures = {} if d is None else {"session": d.session.title, "orders": d.orders, "units": d.units,
                                        "gmv": str(d.gmv)}
        return {"db": str(self._log.path) if self._log is not None else self._db_path, "errors": self.errors,
                "last": self.last_result.message if self.last_result else "", "last_error": self.last_error,
                **figures}

    # ---- sales thread --------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                break
            result = self._one(job)
            if not (result.error and result.dashboard is None):   # a failure says nothing of the figures
                self.snapshot = result.dashboard
            if result.error:
                self.errors += 1
                self.last_error = result.message
            if result.message:
                self.last_result = result
            with self._lock:
                subscribers = list(self._subscribers)
            for callback in subscribers:
                try:
                    callback(result)
                except Exception:
                    log.exception("a sales subscriber failed")
        if self._log is not None:
            self._log.close()

    def _one(self, job: Job) -> WorkerResult:
        try:
            if self._log is None:
                self._log = SalesLog.open(self._db_path, origin=self._origin)
            return job(self._log)
        except SalesError as exc:
            return WorkerResult(str(exc), True, dashboard_or_none(self._log))
        except ValueError as exc:       # a price typed wrong, an unknown SKU: the host fixes it
            return WorkerResult(str(exc), True, dashboard_or_none(self._log))
        except Exception as exc:        # keep logging alive; details in the log file
            log.exception("sales job failed")
            return WorkerResult(f"Sales log error: {exc}", True, None)


def dashboard_or_none(sales: SalesLog | None) -> Dashboard | None:
    if sales is None:
        return None
    try:
        return sales.dashboard()
    except SalesError:
        return None


def ensure_session(sales: SalesLog, show: Any, segment_index: int | None) -> None:
    """Logging with no open session starts one from the loaded show: never drop a sale."""
    try:
        sales.session()
    except SalesError:
        sales.start_session(show=show)
        if show is not None and segment_index is not None and 0 <= segment_index < len(show.segments):
            sales.set_segment(segment_index)
