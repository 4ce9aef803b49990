"""Starts, switches and stops the headless Session without freezing the window.

Session.start() opens devices and Session.stop() can take about a second, so
both run on one worker thread ("session-control"), one job at a time and in
order; results come back to the GUI thread as queued signals. The window only
asks: `apply(config, show)`, `shutdown()`, `start_recording(path)` ...
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

from studio.ui.bridge import EventBridge
from studio.ui.core_messages import host_text

log = logging.getLogger(__name__)


class SessionController(QObject):
    """Owns the current Session. Public methods are called on the GUI thread;
    jobs run on the session-control worker; signals arrive on the GUI thread."""

    started = Signal(object)           # the Session now running
    start_failed = Signal(str)         # a sentence for the host
    stopped = Signal()
    recording_started = Signal(str)
    recording_failed = Signal(str)
    recording_stopped = Signal(str)
    shutdown_done = Signal()

    _job_done = Signal(object)         # (callback, result) from the worker

    def __init__(self, bridge: EventBridge, session_factory: Callable[[Any, Any], Any] | None = None,
                 parent: QObject | None = None, options_for: Callable[[Any, Any], Any] | None = None) -> None:
        """session_factory(config, show): a Session of the caller's (tests); None assembles one from
        the window's LiveOptions, options_for(config, show) (read on the GUI thread at apply)."""
        super().__init__(parent)
        self._bridge = bridge
        self._factory = session_factory
        self._options_for = options_for or (lambda config, _show: window_options(config))
        self._retired = None              # the session the next one replaces (worker-side)
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="session-control")
        self._job_done.connect(self._on_job_done, Qt.ConnectionType.QueuedConnection)
        self._session = None
        self._starting = None
        self._lock = threading.Lock()
        self._owned: list[Any] = []       # every session built and not yet stopped (worker-side)
        self._closed = False
        self.recording_path: str | None = None

    @property
    def session(self):
        """The running Session, or None (starting, switching, failed, stopped)."""
        return self._session

    @property
    def busy(self) -> bool:
        return self._starting is not None

    # -- lifecycle ----------------------------------------------------------
    def apply(self, config: Any, show: Any = None) -> None:
        """Stop the current session (if any) and start one with `config` and `show`.

        Worker: stop the old session, build the new one (opening a file probes it).
        GUI: attach the bridge, emit session_created (panels add filters). Worker: start().
        """
        if self._closed:
            return
        old, self._session = self._session, None
        if old is not None:
            self._bridge.detach()
            self._bridge.session_stopped.emit()
        ticket = object()
        self._starting = ticket
        options = self._options_for(config, show) if self._factory is None else None

        def build():
            if old is not None:
                self._stop_owned(old)
                self._retired = old
            try:
                session = (self._factory(config, show) if self._factory is not None
                           else self._build_session(options, show))
            except Exception as exc:   # a missing file, an unknown device: the host's to fix
                log.exception("cannot create a session")
                return exc
            with self._lock:
                self._owned.append(session)
            return session

        self._submit(build, lambda result: self._on_built(ticket, result))

    def apply_none(self) -> None:
        """Stop the current session and start none (e.g. the host has not picked a file yet)."""
        if self._closed:
            return
        old, self._session = self._session, None
        self._starting = None
        if old is not None:
            self._bridge.detach()
            self._bridge.session_stopped.emit()
            self._submit(lambda: self._stop_owned(old), lambda _r: self.stopped.emit())

    def _on_built(self, ticket: object, result: Any) -> None:
        if self._starting is not ticket or self._closed:   # a newer apply() replaced it
            if not isinstance(result, Exception):
                self._submit(lambda: self._stop_owned(result), lambda _r: None)
            return
        if isinstance(result, Exception):
            self._starting = None
            self.start_failed.emit(host_text(result))
            return
        session = result
        self._bridge.attach(session.events)
        self._bridge.session_created.emit(session)

        def start():
            try:
                session.start()
            except Exception as exc:
                log.exception("session failed to start")
                self._stop_owned(session)
                return exc
            return None

        self._submit(start, lambda error: self._on_started(ticket, session, error))

    def _on_started(self, ticket: object, session: Any, error: Exception | None) -> None:
        if self._starting is not ticket or self._closed:
            self._submit(lambda: self._stop_owned(session), lambda _r: None)
            return
        self._starting = None
        if error is not None:
            self._bridge.detach()
            self.start_failed.emit(host_text(error))
            return
        self._session = session
        self.started.emit(session)
        self._bridge.session_started.emit(session)

    def shutdown(self) -> None:
        """Stop recording and the session off the GUI thread; emits shutdown_done."""
        if self._closed:
            return
        self._closed = True
        self._session = self._starting = None
        self._bridge.close()

        def job():
            # Session.stop() also closes the recorder, so a recording is finished, not lost.
            with self._lock:
                owned = list(self._owned)
            for s in owned:
                self._stop_owned(s)

        self._submit(job, lambda _r: self._finish_shutdown())

    def _finish_shutdown(self) -> None:
        self._worker.shutdown(wait=False)
        self.shutdown_done.emit()

    # -- recording --------------------------------------------------------
    def start_recording(self, path: str) -> None:
        session = self._session
        if session is None:
            self.recording_failed.emit(self.tr("Start a source before recording."))
            return

        def job():
            try:
                session.start_recording(path)
            except Exception as exc:
                log.exception("start_recording failed")
                return exc
            return None

        def done(error):
            if error is None:
                self.recording_path = path
                self.recording_started.emit(path)
            else:
                self.recording_failed.emit(str(error))

        self._submit(job, done)

    def stop_recording(self) -> None:
        session, path = self._session, self.recording_path
        if session is None or path is None:
            return

        def job():
            try:
                session.stop_recording()
            except Exception as exc:
                log.exception("stop_recording failed")
                return exc
            return None

        def done(error):
            self.recording_path = None
            if error is None:
                self.recording_stopped.emit(path)
            else:
                self.recording_failed.emit(str(error))

        self._submit(job, done)

    # -- plumbing -----------------------------------------------------------
    def _build_session(self, options: Any, show: Any) -> Any:
        """Worker thread: the whole session from the window's options (studio.live.assembly); the
        prompter carries on where the session it replaces left it."""
        from studio.live.assembly import build_session

        retired, self._retired = self._retired, None
        return build_session(options, show, carry_from=retired)

    def _stop_owned(self, session: Any) -> None:
        """Worker thread: stop a session this controller built."""
        _stop_quietly(session)
        with self._lock:
            if session in self._owned:
                self._owned.remove(session)

    def _submit(self, job: Callable[[], Any], callback: Callable[[Any], None]) -> None:
        def run():
            try:
                result = job()
            except Exception as exc:   # jobs catch their own errors; this is a last guard
                log.exception("session job failed")
                result = exc
            try:
                self._job_done.emit((callback, result))
            except RuntimeError:   # the window (and this controller) is already gone
                pass

        try:
            self._worker.submit(run)
        except RuntimeError:   # the worker was shut down: the window is closing
            log.debug("session job dropped after shutdown")

    @Slot(object)
    def _on_job_done(self, item: tuple[Callable[[Any], None], Any]) -> None:
        callback, result = item
        callback(result)


def _stop_quietly(session: Any) -> None:
    try:
        session.stop()
    except Exception:
        log.exception("session.stop() failed")


def window_options(config: Any) -> Any:
    """LiveOptions without the docks' choices (studio.ui.live_choices has the window's own)."""
    from studio.ui.live_choices import window_options as choices

    return choices(config)
