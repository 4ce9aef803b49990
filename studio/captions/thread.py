"""The captions thread: owns the streaming captioner (and so the Whisper model) in a live session."""

from __future__ import annotations

import logging
import threading

from studio.core.events import CaptionEvent, EventBus, SegmentChanged, StatusMessage
from studio.core.frames import AudioChunk
from studio.core.messages import message

log = logging.getLogger(__name__)

POLL_S = 0.05  # how often the thread looks for new audio when the captioner had nothing to do


class CaptionsThread(threading.Thread):
    """Runs `StreamingCaptioner.process()` in a loop and publishes its CaptionEvents.

    `feed` is the session's audio consumer (called on the audio-capture thread; it only
    queues). Final captions are published on this thread, so the live compliance check
    that subscribes to them runs here too, off the video and GUI threads.

    Side jobs (`add_side_job`, before start) run on this thread after each round, with the
    captioner: work that shares the Whisper model one decode at a time (the prompter's early
    signal, studio.prompter.early_job). A job must be short and decide itself to skip when the
    captions are behind; one that raises is logged and dropped, the captions go on.
    """

    def __init__(self, captioner, events: EventBus) -> None:
        super().__init__(name="captions", daemon=True)
        self.captioner = captioner
        self.events = events
        self._halt = threading.Event()
        self.finals: list[CaptionEvent] = []
        self._side_jobs: list = []
        self._unsubscribe = events.subscribe(SegmentChanged, lambda e: captioner.set_segment(e.index))

    def feed(self, chunk: AudioChunk) -> None:
        self.captioner.insert_audio(chunk)

    def add_side_job(self, job) -> None:
        """job(captioner) -> bool (True: it worked, look for audio again at once)."""
        self._side_jobs.append(job)

    def run(self) -> None:
        while not self._halt.is_set():
            try:
                produced = self.captioner.process()
            except Exception as exc:  # captions pause; the stream goes on
                log.exception("captions failed")
                self.events.publish(_error(exc))
                self._halt.wait(2.0)
                continue
            self._publish(produced)
            worked = self._run_side_jobs()
            if not produced and not worked:
                self._halt.wait(POLL_S)
        self._publish(self.captioner.finish())

    def _run_side_jobs(self) -> bool:
        worked = False
        for job in list(self._side_jobs):
            try:
                worked = bool(job(self.captioner)) or worked
            except Exception:   # the captions matter more than any side job
                log.exception("captions side job failed; it is dropped")
                self._side_jobs.remove(job)
        return worked

    def _publish(self, produced: list[CaptionEvent]) -> None:
        for event in produced:
            if event.kind == "final" and event.text:
                self.finals.append(event)
            self.events.publish(event)

    def stop(self) -> None:
        """Finish the last utterance and stop (call from the thread that stops the session)."""
        self._halt.set()
        self.join(timeout=30)
        self._unsubscribe()


def _error(exc: Exception):
    from studio.core.events import Severity

    return StatusMessage.of(Severity.ERROR, message("captions.paused", error=str(exc)), "captions")
