"""The inbox as text, one line per comment: what `studio comments replay/serve` print.

    00:12  es  question  LIP-RUBY  ¿Tienen el labial rojo?  → 有红色口红吗？  ↩ Sí, el Ruby ...

Understanding (language, intent, product, translation, reply) comes from
studio.comments.understand.CommentAnalyzer when it is installed; without it the columns show "-".
Viewer text is printed as plain text after sanitising (studio.comments.sanitize): never markup.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Callable

from studio.comments.events import EventKind, LiveEvent

log = logging.getLogger(__name__)

NOT_INSTALLED = ("comment understanding (studio.comments.understand) is not available here: language, "
                 "intent, product, translation and reply show '-'")


@dataclass
class InboxLine:
    at_s: float
    text: str
    lang: str | None = None
    intent: str | None = None
    sku: str | None = None
    quantity: int | None = None
    translation: str | None = None
    reply: str | None = None
    group: str | None = None

    def render(self) -> str:
        minutes, seconds = divmod(int(max(0.0, self.at_s)), 60)
        product = (self.sku or "-") + (f"×{self.quantity}" if self.quantity else "")
        parts = [f"{minutes:02d}:{seconds:02d}", f"{self.lang or '-':<3}", f"{self.intent or '-':<9}",
                 f"{product:<12}", self.text]
        if self.translation and self.translation != self.text:
            parts.append(f"→ {self.translation}")
        if self.reply:
            parts.append(f"↩ {self.reply}")
        return "  ".join(parts)


def load_analyzer(show, host_language: str) -> tuple[object | None, str | None]:
    """(analyzer, None) or (None, why not). The analyzer is built once: it may load models."""
    try:
        from studio.comments.understand import CommentAnalyzer
    except ImportError:
        return None, NOT_INSTALLED
    try:
        return CommentAnalyzer(show, host_language=host_language), None
    except Exception as exc:       # a model that will not load: the inbox still shows the comments
        log.exception("comment analyzer failed to start")
        return None, f"comment understanding is off: {exc}"


class InboxPrinter:
    """Turns LiveEvents into inbox lines (comments only), times from the first event seen.
    Called on one thread (the CLI's)."""

    def __init__(self, analyzer=None, write: Callable[[str], None] = print) -> None:
        self.analyzer = analyzer
        self.write = write
        self.origin_ms: int | None = None
        self.lines = 0
        self.analysis_failures = 0

    def line_for(self, event: LiveEvent) -> InboxLine | None:
        if self.origin_ms is None:     # the feed's first event of any kind: the start of the room
            self.origin_ms = event.wall_ms
        if event.kind is not EventKind.COMMENT:
            return None
        line = InboxLine((event.wall_ms - self.origin_ms) / 1000.0, event.text, lang=event.lang)
        if self.analyzer is not None:
            try:
                result = self.analyzer.analyze(event.text, lang_hint=event.lang)
            except Exception:          # one odd comment must not stop the inbox
                self.analysis_failures += 1
                log.exception("analysing a comment failed")
                return line
            for key in ("lang", "intent", "sku", "quantity", "translation", "reply", "group"):
                value = getattr(result, key, None)
                if value is not None:
                    setattr(line, key, getattr(value, "value", value))
        return line

    def show(self, events) -> None:
        for event in events:
            line = self.line_for(event)
            if line is not None:
                self.lines += 1
                self.write(line.render())


class BatchInbox:
    """Collects the worker's LiveEventBatches (on the comments thread) for a printer on another
    thread: understanding may take milliseconds per comment and must not slow the feed."""

    def __init__(self, bus) -> None:
        from studio.comments.worker import LiveEventBatch

        self._lock = threading.Lock()
        self._events: list[LiveEvent] = []
        self._unsubscribe = bus.subscribe(LiveEventBatch, self._on_batch)

    def _on_batch(self, batch) -> None:
        with self._lock:
            self._events.extend(batch.events)

    def take(self) -> list[LiveEvent]:
        with self._lock:
            events, self._events = self._events, []
        return events

    def close(self) -> None:
        self._unsubscribe()
