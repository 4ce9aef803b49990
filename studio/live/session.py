"""The session: the headless engine that the studio window and the `studio` CLI both drive.

It wires sources → capture threads → video pipeline → preview and outputs, and
audio → consumers (level meter, recorder, captions); it knows the run of show and
the current segment, and tells every part of the app through its EventBus.
"""

from __future__ import annotations

import logging
import math
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable


from studio.capture.runner import AudioCaptureThread, VideoCaptureThread
from studio.capture.sources import AudioSourceConfig, VideoSourceConfig, make_audio_source, make_video_source
from studio.core.clock import SessionClock
from studio.core.compositor import CanvasConfig, Compositor
from studio.core.events import EventBus, SegmentChanged, SourceState
from studio.core.filters import Filter, FilterContext
from studio.core.frames import AudioChunk, VideoFrame, level_dbfs
from studio.core.mailbox import LatestMailbox
from studio.core.metrics import Metrics
from studio.core.pipeline import VideoPipeline
from studio.live.outputs import LiveOutputs
from studio.show.model import Show
from studio.show.offer_clock import OfferClock

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SessionConfig:
    video: VideoSourceConfig = field(default_factory=VideoSourceConfig)
    audio: AudioSourceConfig = field(default_factory=AudioSourceConfig)
    canvas: CanvasConfig = field(default_factory=CanvasConfig)
    # True: sources run at their own pace (a camera, or files paced at 1x) and the newest frame
    # wins. False: files as fast as possible, every frame processed (offline rehearsal render).
    realtime: bool = True


@dataclass(frozen=True)
class PipelineStats:
    frames_in: int
    frames_out: int
    dropped_frames: int
    fps: float
    latency_p50_ms: float
    latency_p95_ms: float
    audio_level_dbfs: float
    video_state: SourceState
    audio_state: SourceState
    audio_dropped_blocks: int = 0   # microphone blocks dropped (oldest first) when capture fell behind


class Session:
    """Thread-safe to drive from the GUI thread or the CLI's main thread.

    Methods return quickly; `stop()` joins the threads (up to about a second).
    """

    def __init__(self, config: SessionConfig | None = None, show: Show | None = None,
                 events: EventBus | None = None, video_source=None, audio_source=None) -> None:
        self.config = config or SessionConfig()
        self.show = show
        self.events = events or EventBus()
        self.clock = SessionClock()
        self.metrics = Metrics()
        self.compositor = Compositor(self.config.canvas)
        self._source_mailbox: LatestMailbox[VideoFrame] = LatestMailbox()
        self._video_source = video_source or make_video_source(self.config.video)
        self._audio_source = audio_source or make_audio_source(self.config.audio)
        self._segment_index: int | None = 0 if show and show.segments else None
        self._segment_started_ns: int | None = 0 if self._segment_index is not None else None
        # Offers end at a fixed moment, started by the first frame that shows them: a segment
        # visited again never restarts its countdown.
        self.offers = OfferClock(show)
        self._lock = threading.Lock()
        self._audio_consumers: list[Callable[[AudioChunk], None]] = [self._measure_level]
        self.audio_level_dbfs = -math.inf
        self._recorder = None
        # The parts studio.live.assembly puts in; None when this session has none.
        self.assembly = None     # studio.live.assembly.Assembly: what was put in, what could not be
        self.tryon = None        # studio.overlays.tryon.TryOnFilter
        self.price_card = None   # studio.overlays.price_card.PriceCardOverlay
        self.ticker = None       # studio.overlays.disclosure_ticker.DisclosureTicker
        self.captions = None     # studio.live.captions.LiveCaptions
        self.prompter = None     # studio.live.prompter.LivePrompter
        self.comments = None     # studio.comments.worker.CommentsWorker (studio.live.comments)
        self.inbox = None        # studio.comments.live_inbox.LiveInbox (comments understood, for the inbox panel)
        self.question_card = None  # studio.overlays.question_card.QuestionCardOverlay (a pinned question)
        self.sales = None        # studio.sales.worker.SalesWorker
        self.console = None      # studio.console.service.LiveConsole (off until started)
        self.outputs = LiveOutputs(self)
        # Threads beside the pipeline (captions) started and stopped with the session.
        self._workers: list = []
        self._on_stop: list[Callable[[], None]] = []
        self._segment_every_s: float | None = None
        self._next_segment_at_s: float | None = None
        self._started = False
        self._video_done = False
        # The card is drawn with Qt text on the pipeline thread: the front end (studio.cli,
        # studio.ui.app) creates the Qt application before any session exists.
        from studio.overlays.status_card import camera_lost_card

        self.pipeline = VideoPipeline(self._source_mailbox, self.compositor, self.clock, self.events,
                                      self.metrics, self._filter_context, self._video_state, camera_lost_card)
        self._video_thread = VideoCaptureThread(self._video_source, self.clock, self._source_mailbox,
                                                self.events, self.config.realtime)
        self._audio_thread = AudioCaptureThread(self._audio_source, self.clock, self.events,
                                                self.config.realtime, self._audio_consumers,
                                                None if self.config.realtime else self._video_progress_ns)

    # --- life cycle -----------------------------------------------------------------
    def start(self) -> None:
        if self._started:
            return
        with self._lock:   # a worker added from now on is started by add_worker itself
            self._started = True
            workers = list(self._workers)
        origin_ns = self.clock.now_ns() + 50_000_000  # a little room for the sources to open
        self._video_thread.origin_ns = self._audio_thread.origin_ns = origin_ns
        for worker in workers:
            worker.start()
        self.pipeline.start()
        self._audio_thread.start()
        self._video_thread.start()

    def stop(self) -> None:
        """Stop capture, let the pipeline finish, then close every output (recording included)."""
        if not self._started:
            return
        self._video_thread.stop()
        self._audio_thread.stop()
        self._video_thread.join(timeout=3)
        self._source_mailbox.close()
        self.pipeline.stop()
        self.pipeline.join(timeout=5)
        self._audio_thread.join(timeout=3)
        for worker in self._workers:
            worker.stop()  # captions finish their last utterance before the recording closes
        self.stop_recording()
        for output in list(self.pipeline.outputs):
            self.remove_output(output)
            output.close()
        for f in self.pipeline.camera_filters + self.pipeline.overlays:
            close = getattr(f, "close", None)
            if close:
                close()
        self.outputs.close()
        for callback in self._on_stop:
            try:
                callback()
            except Exception:
                log.exception("on-stop callback %r failed", callback)
        self._started = False

    def wait_until_done(self, timeout_s: float | None = None) -> bool:
        """For file sources: wait until the video has been played through (True) or timeout."""
        self._video_thread.join(timeout_s)
        if self._video_thread.is_alive():
            return False
        self.pipeline.join(timeout_s)
        self._video_done = True
        return not self.pipeline.is_alive()

    @property
    def running(self) -> bool:
        return self._started

    # --- composition ------------------------------------------------------------------
    @property
    def preview(self) -> LatestMailbox[VideoFrame]:
        """The newest composited canvas frame; the window polls it on a timer."""
        return self.pipeline.preview

    def add_camera_filter(self, f: Filter) -> None:
        self.pipeline.add_camera_filter(f)

    def add_overlay(self, f: Filter) -> None:
        self.pipeline.add_overlay(f)

    def add_output(self, output) -> None:
        self.pipeline.add_output(output)
        with self._lock:
            self._audio_consumers.append(output.write_audio)

    def remove_output(self, output) -> None:
        self.pipeline.remove_output(output)
        with self._lock:
            if output.write_audio in self._audio_consumers:
                self._audio_consumers.remove(output.write_audio)

    def add_worker(self, worker) -> None:
        """A thread with start() and stop() that lives as long as the session (captions, prompter).
        Added to a running session (captions switched on mid-live), it starts at once."""
        with self._lock:
            self._workers.append(worker)
            start_now = self._started
        if start_now:
            worker.start()

    def remove_worker(self, worker) -> None:
        """Forget a worker the caller has stopped (the host switched the comments feed mid-live)."""
        with self._lock:
            if worker in self._workers:
                self._workers.remove(worker)

    def on_stop(self, callback: Callable[[], None]) -> None:
        """Called once the session has stopped (close a log file, write a summary)."""
        self._on_stop.append(callback)

    def add_audio_consumer(self, consumer: Callable[[AudioChunk], None]) -> None:
        """consumer(chunk) is called on the audio-capture thread and must return at once."""
        with self._lock:
            self._audio_consumers.append(consumer)

    def set_canvas(self, canvas: CanvasConfig) -> None:
        self.compositor.canvas = canvas

    @property
    def canvas(self) -> CanvasConfig:
        return self.compositor.canvas

    # --- recording --------------------------------------------------------------------
    def start_recording(self, path: str | Path, options=None):
        from studio.outputs.recorder import Mp4Recorder, RecorderOptions

        if self._recorder is not None:
            return self._recorder
        if options is None:
            from studio.outputs.encoding import H264Options

            options = RecorderOptions(video=H264Options(bitrate_kbps=6000, fps=self._video_source.fps or 30.0),
                                      lossless_queue=not self.config.realtime)
        self._recorder = Mp4Recorder(path, options, self.events)
        self.add_output(self._recorder)
        return self._recorder

    def stop_recording(self):
        recorder, self._recorder = self._recorder, None
        if recorder is not None:
            self.remove_output(recorder)
            recorder.close()
        return recorder

    @property
    def recording(self) -> bool:
        return self._recorder is not None and self._recorder.error is None

    @property
    def recorder(self):
        return self._recorder

    # --- the run of show ----------------------------------------------------------------
    @property
    def segment_index(self) -> int | None:
        return self._segment_index

    def go_to_segment(self, index: int) -> None:
        if not self.show or not self.show.segments:
            return
        index = max(0, min(index, len(self.show.segments) - 1))
        with self._lock:
            previous = self._segment_index
            if index == previous:
                return
            self._segment_index = index
            self._segment_started_ns = self._media_now_ns()
        self.events.publish(SegmentChanged(index, previous))

    def next_segment(self) -> None:
        self.go_to_segment((self._segment_index or 0) + 1 if self._segment_index is not None else 0)

    def previous_segment(self) -> None:
        self.go_to_segment((self._segment_index or 0) - 1)

    def set_show(self, show: Show | None) -> None:
        with self._lock:
            self.show = show
            self.offers = OfferClock(show)
            self._segment_index = 0 if show and show.segments else None
            self._segment_started_ns = self._media_now_ns()
        if self._segment_index is not None:
            self.events.publish(SegmentChanged(0, None))

    def _media_now_ns(self) -> int:
        """Now on the frames' timeline (offline runs go faster than the wall clock)."""
        last = self.pipeline.last_timestamp_ns
        return self.clock.now_ns() if self.config.realtime or last is None else last

    def advance_segments_every(self, seconds: float | None) -> None:
        """Rehearsal: move to the next segment every `seconds` of media time (None: stop)."""
        self._segment_every_s = seconds
        self._next_segment_at_s = seconds

    def _filter_context(self, now_ns: int) -> FilterContext:
        # Scheduled segment changes happen here, on the frames' own timeline: exact to a frame
        # however fast (offline) or slow (loaded machine) the frames flow.
        if self._next_segment_at_s is not None:
            origin = self._video_thread.origin_ns or 0
            if (now_ns - origin) / 1e9 >= self._next_segment_at_s:
                self._next_segment_at_s += self._segment_every_s
                self.next_segment()
        return FilterContext(self.show, self._segment_index, now_ns, self._segment_started_ns,
                             self.offers.on_air(self._segment_index, now_ns))

    # --- measurements --------------------------------------------------------------------
    def _measure_level(self, chunk: AudioChunk) -> None:
        self.audio_level_dbfs = level_dbfs(chunk.samples)

    def _video_state(self) -> tuple[SourceState, str]:
        return self._video_thread.state, self._video_thread.detail

    def _video_progress_ns(self) -> tuple[int, bool]:
        """(timestamp of the last processed frame, whether the video is over) for offline pacing."""
        over = not self._video_thread.is_alive() and not self.pipeline.is_alive()
        last = self.pipeline.last_timestamp_ns
        return (last if last is not None else 0), over

    @property
    def media_time_s(self) -> float:
        """Seconds of video processed since the session started (media time, not wall time)."""
        origin = self._video_thread.origin_ns
        last = self.pipeline.last_timestamp_ns
        if origin is None or last is None:
            return 0.0
        return max(0.0, (last - origin) / 1e9)

    @property
    def video_state(self) -> SourceState:
        return self._video_thread.state

    @property
    def audio_state(self) -> SourceState:
        return self._audio_thread.state

    @property
    def video_source(self):
        """The video source object (a TestPatternSource when the host picked the test pattern)."""
        return self._video_source

    @property
    def audio_source(self):
        """The audio source object (a SilenceSource when there is no audio source at all)."""
        return self._audio_source

    def stats(self, recent: bool = True) -> PipelineStats:
        latency = self.metrics.meter("latency").stats(recent)
        return PipelineStats(
            frames_in=self._video_thread.frames_read,
            frames_out=self.pipeline.frames_out,
            dropped_frames=self._source_mailbox.dropped_count,
            fps=self.pipeline.fps.rate(),
            latency_p50_ms=latency.p50_ms,
            latency_p95_ms=latency.p95_ms,
            audio_level_dbfs=self.audio_level_dbfs,
            video_state=self._video_thread.state,
            audio_state=self._audio_thread.state,
            audio_dropped_blocks=self._audio_thread.dropped_blocks,
        )

    def report(self) -> dict:
        """The session report: frames in/out, drops, fps, per-stage latency p50/p95."""
        s = self.stats(recent=False)
        duration_s = self.clock.now_s()
        report = {
            "frames_in": s.frames_in,
            "frames_out": s.frames_out,
            "dropped_frames": s.dropped_frames,
            "audio_dropped_blocks": s.audio_dropped_blocks,
            "duration_s": round(duration_s, 3),
            "fps": round(s.frames_out / duration_s, 2) if duration_s > 0 else 0.0,
            "latency_ms": {"p50": round(s.latency_p50_ms, 3), "p95": round(s.latency_p95_ms, 3)},
            "stages": self.metrics.summary(),
            "video_source": {"name": self._video_source.name, "state": s.video_state.value,
                             "reconnects": self._video_thread.reconnect_count},
            "audio_source": {"name": self._audio_source.name, "state": s.audio_state.value,
                             "chunks": self._audio_thread.chunks_read},
            "outputs": self.outputs.health(),
        }
        return report
