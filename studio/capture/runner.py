"""The capture threads: run a source, stamp its output on the session clock, hand it on.

Devices that fail are retried (the host sees "camera lost — reconnecting"), files
that end end, and files that cannot be opened fail with the source's sentence.
"""

from __future__ import annotations

import logging
import threading
from typing import Callable

from studio.capture.base import SourceError
from studio.core.clock import SessionClock
from studio.core.events import EventBus, SourceState, SourceStateChanged, Severity, StatusMessage
from studio.core.frames import AudioChunk, VideoFrame
from studio.core.mailbox import LatestMailbox
from studio.core.messages import HostMessage, message

log = logging.getLogger(__name__)

RETRY_INTERVAL_S = 1.0


class _SourceThread(threading.Thread):
    """Shared open/retry/state logic of the video and audio capture threads."""

    kind = "video"

    def __init__(self, source, clock: SessionClock, events: EventBus, realtime: bool, name: str):
        super().__init__(name=name, daemon=True)
        # Media time 0 of a file sits here on the session clock. The session sets one origin
        # for both capture threads, so a video file's picture and sound stay together.
        self.origin_ns: int | None = None
        self.source = source
        self.clock = clock
        self.events = events
        self.realtime = realtime
        self.state = SourceState.STARTING
        self.detail = ""
        self._halt = threading.Event()
        self.reconnect_count = 0

    def stop(self) -> None:
        self._halt.set()

    def _set_state(self, state: SourceState, detail: "str | HostMessage" = "") -> None:
        said = detail if isinstance(detail, HostMessage) else None
        self.state, self.detail = state, str(detail)
        self.events.publish(SourceStateChanged(self.kind, state, self.detail, said))
        if state in (SourceState.LOST, SourceState.FAILED):
            self.events.publish(StatusMessage(Severity.WARNING if state is SourceState.LOST else Severity.ERROR,
                                              self.detail, self.kind, said))
        elif state is SourceState.LIVE and self.reconnect_count:
            self.events.publish(StatusMessage.of(Severity.INFO, message("source.back", name=self._label()),
                                                 self.kind))

    def _label(self):
        """The source's name for the host: a device's own name, or "camera 0" in the host's language."""
        return getattr(self.source, "label", self.source.name)

    def _open(self) -> bool:
        """Open the source, retrying while it is a device that may come back. False: give up."""
        while not self._halt.is_set():
            try:
                self.source.open()
                self._set_state(SourceState.LIVE)
                return True
            except SourceError as exc:
                if not getattr(self.source, "reconnects", False):
                    self._set_state(SourceState.FAILED, exc.message or str(exc))
                    return False
                if self.state is not SourceState.LOST:
                    self._set_state(SourceState.LOST, message("source.reconnecting", reason=exc.message or str(exc)))
                self._halt.wait(RETRY_INTERVAL_S)
        return False

    def _lost(self, exc: SourceError) -> bool:
        """A device failed mid-session: close it and reconnect. False when stopping or a file."""
        try:
            self.source.close()
        except Exception:
            log.debug("closing failed source", exc_info=True)
        if not getattr(self.source, "reconnects", False):
            self._set_state(SourceState.FAILED, exc.message or str(exc))
            return False
        self._set_state(SourceState.LOST, message("source.reconnecting", reason=exc.message or str(exc)))
        self.reconnect_count += 1
        return self._open()


class VideoCaptureThread(_SourceThread):
    """The camera-capture thread: read → stamp → newest-wins mailbox (or wait, offline)."""

    kind = "video"

    def __init__(self, source, clock: SessionClock, mailbox: LatestMailbox[VideoFrame], events: EventBus,
                 realtime: bool):
        super().__init__(source, clock, events, realtime, "camera-capture")
        self.mailbox = mailbox
        self.frames_read = 0

    def run(self) -> None:
        try:
            if not self._open():
                return
            self._loop()
        finally:
            try:
                self.source.close()
            finally:
                self.mailbox.close()

    def _loop(self) -> None:
        start_ns = self.origin_ns if self.origin_ns is not None else self.clock.now_ns()
        first_media_s: float | None = 0.0
        while not self._halt.is_set():
            try:
                raw = self.source.read()
            except SourceError as exc:
                if not self._lost(exc):
                    return
                start_ns, first_media_s = self.clock.now_ns(), None
                continue
            if raw is None:
                self._set_state(SourceState.ENDED, message("source.ended", name=self._label()))
                return
            if self.source.is_live or raw.media_time_s is None:
                timestamp_ns = self.clock.now_ns()
            else:
                if first_media_s is None:
                    first_media_s = raw.media_time_s
                offset_ns = int((raw.media_time_s - first_media_s) * 1e9)
                timestamp_ns = start_ns + offset_ns
                if self.realtime:
                    self.clock.sleep_until_ns(timestamp_ns)
            frame = VideoFrame(raw.image, timestamp_ns, self.frames_read, self.clock.now_ns())
            self.frames_read += 1
            if self.realtime:
                self.mailbox.put(frame)
            else:
                while not self._halt.is_set() and not self.mailbox.put_wait(frame, 0.5):
                    if self.mailbox.closed:
                        return


class AudioCaptureThread(_SourceThread):
    """The audio-capture thread: read 100 ms blocks → stamp → hand to each consumer.

    Consumers (level meter, recorder, captions) must return at once. Offline, the
    thread waits for `video_progress_ns()` so audio does not race ahead of video.
    """

    kind = "audio"

    def __init__(self, source, clock: SessionClock, events: EventBus, realtime: bool,
                 consumers: list[Callable[[AudioChunk], None]],
                 video_progress_ns: Callable[[], tuple[int, bool]] | None = None):
        super().__init__(source, clock, events, realtime, "audio-capture")
        self.consumers = consumers
        self.video_progress_ns = video_progress_ns
        self.chunks_read = 0

    @property
    def dropped_blocks(self) -> int:
        """Blocks a live source threw away (oldest first) because this thread fell behind."""
        return getattr(self.source, "dropped_blocks", 0)

    def run(self) -> None:
        try:
            if self._open():
                self._loop()
        finally:
            self.source.close()

    def _loop(self) -> None:
        start_ns = self.origin_ns if self.origin_ns is not None else self.clock.now_ns()
        while not self._halt.is_set():
            try:
                block = self.source.read()
            except SourceError as exc:
                if not self._lost(exc):
                    return
                start_ns = self.clock.now_ns()
                continue
            if block is None:
                self._set_state(SourceState.ENDED, message("source.ended", name=self._label()))
                return
            n = len(block.samples)
            if self.source.is_live or block.media_time_s is None:
                # The block's first sample was heard one block ago.
                timestamp_ns = self.clock.now_ns() - int(n * 1e9 / 16_000)
            else:
                timestamp_ns = start_ns + int(block.media_time_s * 1e9)
                if self.realtime:
                    self.clock.sleep_until_ns(timestamp_ns + int(n * 1e9 / 16_000))
                elif self.video_progress_ns is not None and not self._wait_for_video(timestamp_ns):
                    self._set_state(SourceState.ENDED, "the video ended")
                    return
            chunk = AudioChunk(block.samples, timestamp_ns)
            self.chunks_read += 1
            for consumer in list(self.consumers):
                try:
                    consumer(chunk)
                except Exception:
                    log.exception("audio consumer %r failed", consumer)

    def _wait_for_video(self, timestamp_ns: int) -> bool:
        """Keep audio within half a second of the processed video; False once the video has
        ended before this audio (offline there is nothing left to go with it)."""
        while not self._halt.is_set():
            progress_ns, video_over = self.video_progress_ns()
            if timestamp_ns <= progress_ns + 500_000_000:
                return True
            if video_over:
                return timestamp_ns <= progress_ns
            self._halt.wait(0.005)
        return False
