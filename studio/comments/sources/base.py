"""The one small interface every live-room source implements, and the states it reports.

A source runs on its own thread, turns what it receives into LiveEvents and hands them to a sink
(EventIntake.offer: never blocks). It reports its state through on_state (called on the source's
thread: keep it quick), so the session can say "TikTok disconnected — reconnecting in 4 s".
"""

from __future__ import annotations

import enum
import logging
import threading
from dataclasses import dataclass
from typing import Callable

from studio.comments.events import LiveEvent
from studio.core.messages import HostMessage, message

log = logging.getLogger(__name__)

Sink = Callable[[LiveEvent], object]


class FeedState(enum.Enum):
    STARTING = "starting"
    LIVE = "live"                  # connected / listening / replaying
    RECONNECTING = "reconnecting"  # lost: trying again after a back-off
    ENDED = "ended"                # a file finished, the live ended, or stopped by the host
    FAILED = "failed"              # cannot run at all (bad file, port taken, package missing)


@dataclass(frozen=True)
class FeedStateChanged:
    """Published on the session bus when a source changes state (detail: English, for the host and logs;
    message: the same sentence by key, for the window to translate)."""

    source: str
    state: FeedState
    detail: str = ""
    retry_in_s: float | None = None
    message: HostMessage | None = None


class EventSource:
    """Base of every source. Subclasses implement `run()` (on the source's thread) and may
    override `request_stop()` to wake a blocking call. `start`/`stop` are called by the owner."""

    name = "source"

    def __init__(self, sink: Sink, on_state: Callable[[FeedStateChanged], None] | None = None) -> None:
        self.sink = sink
        self._on_state = on_state
        self.state = FeedState.STARTING
        self.detail = ""
        self.events_out = 0
        self._halt = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._main, name=f"comments-{self.name}", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        self._halt.set()
        self.request_stop()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout_s)

    def join(self, timeout_s: float | None = None) -> bool:
        """Wait for the source to finish by itself (a replay at its end); True when it did."""
        if self._thread is None:
            return True
        self._thread.join(timeout_s)
        return not self._thread.is_alive()

    @property
    def stopping(self) -> bool:
        return self._halt.is_set()

    def request_stop(self) -> None:
        """Wake whatever run() blocks on (a socket, an event loop). Called on the owner's thread."""

    def run(self) -> None:
        raise NotImplementedError

    def emit(self, event: LiveEvent) -> None:
        self.events_out += 1
        self.sink(event)

    def set_state(self, state: FeedState, detail: str | HostMessage = "", retry_in_s: float | None = None) -> None:
        said = detail if isinstance(detail, HostMessage) else None
        self.state, self.detail = state, str(detail)
        if self._on_state is not None:
            try:
                self._on_state(FeedStateChanged(self.name, state, self.detail, retry_in_s, said))
            except Exception:   # a broken listener must not stop the feed
                log.exception("comments: state listener failed")

    def _main(self) -> None:
        try:
            self.run()
        except Exception as exc:   # the source stops with a sentence; the session goes on
            log.exception("comments source %s failed", self.name)
            self.set_state(FeedState.FAILED, message("feed.stopped_error", name=self.name, error=str(exc)))
            return
        if self.state not in (FeedState.FAILED, FeedState.ENDED):
            self.set_state(FeedState.ENDED, message("feed.stopped", name=self.name))
