"""The sales dock's worker: owns the SalesLog on its own thread (a durable commit waits for fsync);
the widgets post jobs and get WorkerResults back as queued signals on the GUI thread."""

from __future__ import annotations

import logging
import queue
import threading
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from studio.sales import Dashboard, SalesError, SalesLog

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WorkerResult:
    message: str                      # what happened, for the status line ("" for a plain refresh)
    error: bool
    dashboard: Dashboard | None       # None when no session is open
    payload: Any = None               # data for reply_to (e.g. the catalog)
    reply_to: Callable[[Any], None] | None = None   # called with payload on the GUI thread


class SalesWorker(QObject):
    """Owns the SalesLog on its own thread. post() is called on the GUI thread; `finished` is
    emitted on the worker thread and delivered queued on the GUI thread."""

    finished = Signal(object)         # WorkerResult

    def __init__(self, db_path: str | None = None) -> None:
        super().__init__()
        self._db_path = db_path
        self._jobs: queue.Queue[Callable[[SalesLog], WorkerResult] | None] = queue.Queue()
        self._log: SalesLog | None = None
        self._thread = threading.Thread(target=self._run, name="sales-worker", daemon=True)
        self._thread.start()

    def post(self, job: Callable[[SalesLog], WorkerResult]) -> None:
        self._jobs.put(job)

    def ask(self, job: Callable[[SalesLog], Any], reply: Callable[[str | None, Any], None]) -> None:
        """Run job(sales) here; reply(error, result) on the GUI thread. A ValueError (bad input,
        SalesInputError) becomes `error`, its message for the host."""
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

    def stop(self) -> None:
        self._jobs.put(None)
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                break
            try:
                if self._log is None:
                    self._log = SalesLog.open(self._db_path, origin="app")
                result = job(self._log)
            except SalesError as exc:
                result = WorkerResult(str(exc), True, dashboard_or_none(self._log))
            except Exception as exc:  # keep the dock alive; details in the log file
                log.exception("sales panel job failed")
                result = WorkerResult(f"Sales log error: {exc}", True, None)
            self.finished.emit(result)
        if self._log is not None:
            self._log.close()


def dashboard_or_none(sales: SalesLog | None) -> Dashboard | None:
    if sales is None:
        return None
    try:
        return sales.dashboard()
    except SalesError:
        return None


def ensure_session(sales: SalesLog, show: Any, segment_index: int | None) -> None:
    """Pressing the log key with no open session starts one from the loaded show: never drop a sale."""
    try:
        sales.session()
    except SalesError:
        sales.start_session(show=show)
        if show is not None and segment_index is not None and 0 <= segment_index < len(show.segments):
            sales.set_segment(segment_index)
