"""Captions for a session: the captions thread fed by the session's audio, the caption bar on the
video and the live compliance check of final captions, with the commands a front end steers them
by (start, stop, new choices) and a snapshot it paints. The assembly puts them on the session
from LiveOptions; `studio run` and the window's captions dock then only send commands.

Commands are called on the thread that drives the session (the CLI's main thread, the window's
GUI thread) and return at once: the Whisper model loads on the captions thread. The parts then
talk on the session's bus: the captions thread publishes CaptionEvents, which the bar, the
compliance check, the prompter and the caption feed receive directly on that thread.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from typing import Callable

from studio.core.events import CaptionEvent, Severity, StatusMessage
from studio.core.frames import AudioChunk


@dataclass(frozen=True)
class CaptionsSnapshot:
    """What the captions are doing, for a dock or a report."""

    running: bool             # recognising (False: never started, stopped by the host, or cannot run)
    state: str                # the engine's state ("idle" while the model loads, "listening", "paused")
    model: str
    finals: int
    shed_audio_s: float       # audio skipped because captions fell behind (live only)
    problems: tuple[str, ...] = ()   # why the last start did not run (a missing model...)


class LiveCaptions:
    """session.captions: made by the assembly whenever LiveOptions carries caption choices;
    running once start() succeeds."""

    def __init__(self, session, options, caption_bar: bool = True, compliance: bool = True,
                 markets: tuple[str, ...] | None = None,
                 problem: Callable[[str], None] | None = None) -> None:
        self.options = options                  # a studio.captions.options.CaptionOptions
        self.thread = None                      # studio.captions.thread.CaptionsThread, once started
        self.bar = None                         # studio.overlays.caption_bar.CaptionBarOverlay
        self.compliance = None                  # studio.compliance.live.LiveComplianceChecker
        self.translations: list[str] = []       # caption languages the last start could translate
        self._session = session
        self._caption_bar = caption_bar
        self._compliance = compliance
        self._markets = markets
        self._problem = problem
        self._problems: tuple[str, ...] = ()
        # Read on the audio-capture thread: a stopped captions stage queues nothing.
        self._running = threading.Event()
        self._side_jobs: list[tuple[Callable, Callable | None]] = []

    # ---- commands ------------------------------------------------------------------------

    def start(self) -> list[str]:
        """Recognise from now on (the first start builds the captions thread, started at once when
        the session runs). Returns the problems that keep captions off (a missing model...), each
        also said on the bus; an empty list means captions run."""
        from studio.models.readiness import check_captions

        readiness = check_captions(self.options, self._session.show)
        self._problems = tuple(readiness.problems)
        for text in readiness.problems:
            self._report(text)
        if not readiness.can_caption:
            return list(readiness.problems)
        self.translations = list(readiness.translations)
        if self.thread is None:
            self._build()
        elif self.thread.captioner.options is not self.options:
            self.thread.captioner.update_options(self.options)
        if self.bar is not None:
            self.bar.enabled = True
        self._running.set()
        return []

    def stop(self) -> None:
        """The host switched captions off: no more audio is recognised and the bar leaves the video;
        the model stays loaded for a quick start again."""
        self._running.clear()
        if self.bar is not None:
            self.bar.enabled = False

    def set_options(self, options) -> None:
        """New choices (spoken language, caption languages, model): a running engine applies them
        at its next round, on the captions thread."""
        self.options = options
        if self.bar is not None:
            self.bar.set_style(replace(self.bar.style, translations=options.shown_on_bar))
        if self.thread is not None:
            self.thread.captioner.update_options(options)

    def add_side_job(self, job: Callable, feed: Callable[[AudioChunk], None] | None = None) -> None:
        """Work that shares the captions thread and its model (the prompter's early signal):
        job(captioner) runs there after each round (studio.captions.thread); feed(chunk) hears the
        session's audio while captions run. Kept across a later first start."""
        self._side_jobs.append((job, feed))
        if self.thread is not None:
            self.thread.add_side_job(job)

    # ---- reading -------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running.is_set()

    @property
    def finals(self) -> list[CaptionEvent]:
        return self.thread.finals if self.thread is not None else []

    def snapshot(self) -> CaptionsSnapshot:
        if self.thread is None:
            return CaptionsSnapshot(False, "idle", self.options.model, 0, 0.0, self._problems)
        stats = self.thread.captioner.stats()
        return CaptionsSnapshot(self.running, stats.state.value, stats.model, stats.finals,
                                stats.shed_audio_s, self._problems)

    def report(self) -> dict:
        """For `studio run`'s report."""
        return vars(self.snapshot()) | {"problems": list(self._problems)}

    def names(self) -> list[str]:
        if self.thread is None:
            return []
        return ["captions"] + (["caption_bar"] if self.bar else []) + (["compliance"] if self.compliance else [])

    # ---- parts ---------------------------------------------------------------------------

    def _build(self) -> None:
        from studio.captions.engine import StreamingCaptioner
        from studio.captions.thread import CaptionsThread

        session = self._session
        captioner = StreamingCaptioner(self.options, show=session.show, clock=session.clock,
                                       on_status=session.events.publish)
        self.thread = CaptionsThread(captioner, session.events)
        for job, _feed in self._side_jobs:
            self.thread.add_side_job(job)
        if self._caption_bar:
            from studio.overlays.caption_bar import CaptionBarOverlay, CaptionBarStyle

            self.bar = CaptionBarOverlay(CaptionBarStyle(translations=self.options.shown_on_bar))
            session.events.subscribe(CaptionEvent, self.bar.update)
            session.add_overlay(self.bar)
        markets = self._markets if self._markets is not None else (session.show.markets if session.show else ())
        if self._compliance and markets:
            try:
                from studio.compliance.checker import Checker
                from studio.compliance.live import LiveComplianceChecker

                self.compliance = LiveComplianceChecker(session.events, Checker(markets)).start()
                session.on_stop(self.compliance.close)
            except Exception as exc:
                self._report(f"Live compliance checks are off: {exc}")
        session.add_audio_consumer(self._feed)
        session.add_worker(self.thread)

    def _feed(self, chunk: AudioChunk) -> None:
        """The session's audio consumer (audio-capture thread): queue only while running."""
        if self._running.is_set():
            self.thread.feed(chunk)
            for _job, feed in self._side_jobs:
                if feed is not None:
                    feed(chunk)

    def _report(self, text: str) -> None:
        if self._problem:
            self._problem(text)
        else:
            self._session.events.publish(StatusMessage(Severity.WARNING, text, "studio"))
