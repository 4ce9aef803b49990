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
    """

    def __init__(self, captioner, events: EventBus) -> None:
        super().__init__(name="captions", daemon=True)
        self.captioner = captioner
        self.events = events
        self._halt = threading.Event()
        self.finals: list[CaptionEvent] = []
        self._unsubscribe = events.subscribe(SegmentChanged, lambda e: captioner.set_segment(e.index))

    def feed(self, chunk: AudioChunk) -> None:
        self.captioner.insert_audio(chunk)

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
            if not produced:
                self._halt.wait(POLL_S)
        self._publish(self.captioner.finish())

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
