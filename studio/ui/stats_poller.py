"""Reads the session's figures (fps, latency percentiles, drops) off the GUI thread.

`Session.stats()` sorts the recent latency samples for its percentiles; cheap,
but not painting, so it runs on the "stats-poller" thread twice a second and the
result reaches the status bar as a queued signal.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from studio.ui.background import emit_if_alive

log = logging.getLogger(__name__)

STATS_INTERVAL_S = 0.5


class StatsPoller(QObject):
    """`set_session` and `stop` are called on the GUI thread; `figures` arrives there queued
    (a PipelineStats, or None when there is no session)."""

    figures = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = None
        self._halt = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stats-poller", daemon=True)
        self._thread.start()

    def set_session(self, session) -> None:
        self._session = session

    def stop(self) -> None:
        self._halt.set()

    def _run(self) -> None:
        while not self._halt.wait(STATS_INTERVAL_S):
            session = self._session
            try:
                figures = session.stats() if session is not None else None
            except Exception:   # the session is being torn down
                log.debug("stats() failed", exc_info=True)
                figures = None
            if not emit_if_alive(self.figures, figures):   # the window is gone
                return
