"""Events: how every part of the studio hears about what happened.

Publishers call `EventBus.publish(event)` from any thread; subscribers are called
on the publisher's thread, so they must be quick. The Qt window subscribes
through a bridge (studio.ui.bridge) that re-emits each event as a queued signal
on the GUI thread — the core never touches Qt.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable

from studio.core.messages import HostMessage

log = logging.getLogger(__name__)


class Severity(enum.Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class StatusMessage:
    """A sentence for the host (status bar / CLI stderr), e.g. 'Camera lost — reconnecting'.

    `text` is English; `message`, when given, is the same sentence by key for the window to translate."""

    severity: Severity
    text: str
    source: str = ""
    message: HostMessage | None = None

    @classmethod
    def of(cls, severity: Severity, message: HostMessage, source: str = "") -> "StatusMessage":
        return cls(severity, message.text, source, message)


@dataclass(frozen=True)
class SegmentChanged:
    """The run of show moved to segment `index` (0-based)."""

    index: int
    previous_index: int | None


@dataclass(frozen=True)
class TalkTrackChanged:
    """The prompter reads segment `index` from talk-track `track` now: "A" (the script) or "B"
    (its `### B` lines). Published by session.prompter.use_talk_track; sales log it for the
    A/B GMV-per-minute comparison."""

    index: int
    track: str


class SourceState(enum.Enum):
    STARTING = "starting"
    LIVE = "live"
    LOST = "lost"          # device vanished or failed: reconnecting
    ENDED = "ended"        # a file source reached its end
    FAILED = "failed"      # cannot be opened at all (bad file, no such device)


@dataclass(frozen=True)
class SourceStateChanged:
    source: str            # "video" or "audio"
    state: SourceState
    detail: str = ""       # English; `message` is the same by key, for the window's language
    message: HostMessage | None = None


@dataclass(frozen=True)
class RecorderStateChanged:
    recording: bool
    path: str
    detail: str = ""


@dataclass(frozen=True)
class CaptionEvent:
    """One caption update from the streaming recognizer.

    start_s/end_s are audio time on the session clock; emitted_s is when the event
    came out, so emitted_s - end_s is the caption latency.
    """

    kind: str                       # "partial" | "final"
    start_s: float
    end_s: float
    emitted_s: float
    text: str
    lang: str
    translations: dict[str, str] = field(default_factory=dict)
    # Word timings from the recognizer where known: (word, start_s, end_s).
    words: tuple[tuple[str, float, float], ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": round(self.start_s, 3), "end": round(self.end_s, 3),
                "emitted": round(self.emitted_s, 3), "text": self.text, "lang": self.lang,
                "translations": dict(self.translations)}


Handler = Callable[[Any], None]


class EventBus:
    """Type-keyed publish/subscribe. Thread-safe; a failing subscriber is logged, never fatal."""

    def __init__(self) -> None:
        self._handlers: dict[type, list[Handler]] = defaultdict(list)
        self._any: list[Handler] = []
        self._lock = threading.Lock()

    def subscribe(self, event_type: type | None, handler: Handler) -> Callable[[], None]:
        """Call handler for each event of event_type (None: every event). Returns an unsubscribe."""
        with self._lock:
            target = self._any if event_type is None else self._handlers[event_type]
            target.append(handler)

        def unsubscribe() -> None:
            with self._lock:
                if handler in target:
                    target.remove(handler)

        return unsubscribe

    def publish(self, event: Any) -> None:
        with self._lock:
            handlers = list(self._handlers.get(type(event), ())) + list(self._any)
        for handler in handlers:
            try:
                handler(event)
            except Exception:  # a broken panel must not stop the show
                log.exception("event handler %r failed on %r", handler, event)
