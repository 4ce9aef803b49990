"""The sales dock's side of the session's sales worker (studio.sales.worker, a plain thread).

The relay hands the worker's results to the GUI thread as a queued signal and holds what the
host pressed while no session is there to take it (the sources are switching): those jobs go to
the next session's worker, in order, so a sale is never dropped at a switch. GUI thread only,
except `_deliver`, which the sales thread calls.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, Signal

from studio.sales.worker import WorkerResult
from studio.ui.background import emit_if_alive


class SalesRelay(QObject):
    finished = Signal(object)         # WorkerResult, delivered on the GUI thread
    _arrived = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = None
        self._unsubscribe: Callable[[], None] | None = None
        self._waiting: list = []      # jobs posted while no worker was attached
        self._arrived.connect(self.finished, Qt.ConnectionType.QueuedConnection)

    @property
    def attached(self) -> bool:
        return self._worker is not None

    def attach(self, worker) -> None:
        """The new session's worker (None: the session stopped). Waiting jobs go to it now."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._worker = worker
        if worker is None:
            return
        self._unsubscribe = worker.subscribe(self._deliver)
        waiting, self._waiting = self._waiting, []
        for job in waiting:
            worker.post(job)

    def post(self, job: Callable[[Any], WorkerResult]) -> None:
        if self._worker is None:
            self._waiting.append(job)
        else:
            self._worker.post(job)

    def ask(self, job: Callable[[Any], Any], reply: Callable[[str | None, Any], None]) -> None:
        if self._worker is None:
            reply(self.tr("The sales log opens with the sources; try again in a moment."), None)
        else:
            self._worker.ask(job, reply)

    @property
    def pending(self) -> int:
        return len(self._waiting) + (self._worker.pending if self._worker is not None else 0)

    def detach(self) -> None:
        self.attach(None)

    def _deliver(self, result: WorkerResult) -> None:
        """Sales thread: hop to the GUI thread."""
        emit_if_alive(self._arrived, result)     # dropped when the dock is gone
