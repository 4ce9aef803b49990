"""Captions for a session: the captions thread fed by the session's audio, the caption bar on the
video and the live compliance check of final captions. The assembly adds them from the options;
the window's captions dock adds them the same way when the host switches captions on mid-live.

Called on the thread that drives the session. The parts then talk on the session's bus: the
captions thread publishes CaptionEvents, which the bar, the compliance check, the prompter and
the caption feed receive directly on that thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from studio.core.events import CaptionEvent, Severity, StatusMessage


@dataclass
class LiveCaptions:
    """session.captions."""

    thread: object                  # studio.captions.thread.CaptionsThread
    bar: object | None = None       # studio.overlays.caption_bar.CaptionBarOverlay
    compliance: object | None = None   # studio.compliance.live.LiveComplianceChecker

    @property
    def finals(self) -> list[CaptionEvent]:
        return self.thread.finals

    def names(self) -> list[str]:
        return ["captions"] + (["caption_bar"] if self.bar else []) + (["compliance"] if self.compliance else [])


def start_captions(session, caption_options, caption_bar: bool = True, compliance: bool = True,
                   markets: tuple[str, ...] | None = None,
                   problem: Callable[[str], None] | None = None) -> LiveCaptions:
    """Add captions to the session (started at once when the session already runs); returns them,
    also at session.captions. A session that has captions keeps the ones it has."""
    from studio.captions.engine import StreamingCaptioner
    from studio.captions.thread import CaptionsThread

    if session.captions is not None:
        return session.captions

    def report(text: str) -> None:
        if problem:
            problem(text)
        else:
            session.events.publish(StatusMessage(Severity.WARNING, text, "studio"))

    captioner = StreamingCaptioner(caption_options, show=session.show, clock=session.clock,
                                   on_status=session.events.publish)
    thread = CaptionsThread(captioner, session.events)
    captions = LiveCaptions(thread)
    if caption_bar:
        from studio.overlays.caption_bar import CaptionBarOverlay

        captions.bar = CaptionBarOverlay()
        session.events.subscribe(CaptionEvent, captions.bar.update)
        session.add_overlay(captions.bar)
    markets = markets if markets is not None else (session.show.markets if session.show else ())
    if compliance and markets:
        try:
            from studio.compliance.checker import Checker
            from studio.compliance.live import LiveComplianceChecker

            captions.compliance = LiveComplianceChecker(session.events, Checker(markets)).start()
            session.on_stop(captions.compliance.close)
        except Exception as exc:
            report(f"Live compliance checks are off: {exc}")
    session.captions = captions
    session.add_audio_consumer(thread.feed)
    session.add_worker(thread)
    return captions
