"""The session's viewer signals: viewer count and comment rate from the comments feed, and the
viewer-drop alert on the session bus (studio.comments.signals finds the drops).

A drop publishes ViewerDropAlert (the window's status bar offers "Switch to B" from it; the
producer console may too) and a warning StatusMessage (the window's status line; `studio run`
prints it). The alert offers the segment on air's B talk-track when it has one the prompter is not
reading yet; switching is always a person's decision, through session.prompter.use_talk_track.
Runs on the comments thread (a bus subscriber): a few deque operations per batch.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from studio.comments.signals import SignalOptions, ViewerDrop, ViewerSignals
from studio.core.events import Severity, StatusMessage
from studio.core.messages import message


@dataclass(frozen=True)
class ViewerDropAlert:
    drop: ViewerDrop
    segment_index: int | None          # the segment on air
    segment_title: str | None
    offer_b: bool                      # it has a B talk-track the prompter is not reading yet

    def to_json(self) -> dict:
        return {**self.drop.to_json(), "segment": self.segment_index, "segment_title": self.segment_title,
                "offer_b": self.offer_b}


class LiveSignals:
    """session.signals: listens to the comments feed's batches between start() and stop()."""

    def __init__(self, session, options: SignalOptions | None = None) -> None:
        self._session = session
        self.signals = ViewerSignals(options)
        self.alerts: list[ViewerDropAlert] = []
        self._lock = threading.Lock()
        self._unsubscribe = None

    def start(self) -> None:
        from studio.comments.worker import LiveEventBatch

        if self._unsubscribe is None:
            self._unsubscribe = self._session.events.subscribe(LiveEventBatch, self._on_batch)

    def stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def report(self) -> dict:
        with self._lock:
            return {**self.signals.report(), "alerts": [a.to_json() for a in self.alerts]}

    def _on_batch(self, batch) -> None:
        with self._lock:
            drops = self.signals.add(batch.events)
        for drop in drops:
            self._alert(drop)

    def _alert(self, drop: ViewerDrop) -> None:
        session = self._session
        index, title, offer_b = session.segment_index, None, False
        show = session.show
        if show is not None and index is not None and 0 <= index < len(show.segments):
            segment = show.segments[index]
            title = segment.title
            prompter = getattr(session, "prompter", None)
            offer_b = bool(segment.b_lines) and (prompter is None or prompter.talk_track(index).value == "A")
        alert = ViewerDropAlert(drop, index, title, offer_b)
        with self._lock:
            self.alerts.append(alert)
        session.events.publish(alert)
        args = dict(pct=round(100 * drop.drop_fraction), seconds=round(drop.window_s),
                    before=drop.viewers_before, now=drop.viewers_now)
        said = message("viewers.drop_offer_b", segment=title, **args) if offer_b else message("viewers.drop", **args)
        session.events.publish(StatusMessage.of(Severity.WARNING, said, "viewers"))


def start_signals(session, options: SignalOptions | None = None) -> LiveSignals:
    """Viewer signals for the session (once; they outlive a switch of comments feed)."""
    signals = getattr(session, "signals", None)
    if signals is None:
        signals = LiveSignals(session, options)
        session.signals = signals
        # Listening from now until the session has stopped: the comments thread's last batches
        # come while the session's workers stop.
        signals.start()
        session.on_stop(signals.stop)
    return signals
