"""The one door between the core's threads and the GUI thread.

The core's EventBus calls subscribers on the publisher's thread (camera,
pipeline, captions ...). `EventBridge` subscribes once per session and re-emits
each event as a Qt signal delivered, queued, on the GUI thread — the way OBS's
frontend receives libobs signals through queued invocations.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

from studio.core.events import (CaptionEvent, RecorderStateChanged, SegmentChanged,
                                SourceStateChanged, StatusMessage)

log = logging.getLogger(__name__)


class EventBridge(QObject):
    """Re-emits core events on the GUI thread.

    `attach(events)` and `detach()` are called on the GUI thread; the bus handler
    (`_on_core_event`) is called on any core thread and only emits a queued signal.
    """

    event = Signal(object)              # every core event
    segment_changed = Signal(object)    # SegmentChanged
    caption = Signal(object)            # CaptionEvent
    status = Signal(object)             # StatusMessage
    source_state = Signal(object)       # SourceStateChanged
    recorder_state = Signal(object)     # RecorderStateChanged
    # Window-side lifecycle (emitted by the window, not by the core):
    session_created = Signal(object)    # a new Session, before start(): panels find its parts here
    session_started = Signal(object)    # the Session is running
    session_stopped = Signal()          # the Session was stopped (sources switching, quitting)
    show_changed = Signal(object)       # a Show or None

    _incoming = Signal(object)

    _TYPED: dict[type, str] = {
        SegmentChanged: "segment_changed",
        CaptionEvent: "caption",
        StatusMessage: "status",
        SourceStateChanged: "source_state",
        RecorderStateChanged: "recorder_state",
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._incoming.connect(self._dispatch, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe: Callable[[], None] | None = None
        self._lock = threading.Lock()
        self._open = True

    def attach(self, events: Any) -> None:
        """Listen to an EventBus (a session's `.events`); replaces any earlier one."""
        self.detach()
        with self._lock:
            self._open = True
            self._unsubscribe = events.subscribe(None, self._on_core_event)

    def detach(self) -> None:
        with self._lock:
            unsubscribe, self._unsubscribe = self._unsubscribe, None
        if unsubscribe is not None:
            unsubscribe()

    def close(self) -> None:
        """Stop forwarding for good (the window is closing)."""
        with self._lock:
            self._open = False
        self.detach()

    def _on_core_event(self, event: object) -> None:
        # Core thread: nothing but a queued hand-off.
        with self._lock:
            if not self._open:
                return
        self._incoming.emit(event)

    @Slot(object)
    def _dispatch(self, event: object) -> None:
        self.event.emit(event)
        name = self._TYPED.get(type(event))
        if name is not None:
            getattr(self, name).emit(event)
