"""The video pipeline: camera filters → compositor → canvas overlays → preview and outputs."""

from __future__ import annotations

import logging
import threading
import time
from typing import Callable

import numpy as np

from studio.core.clock import SessionClock
from studio.core.compositor import Compositor
from studio.core.events import EventBus, Severity, SourceState, StatusMessage
from studio.core.filters import Filter, FilterContext
from studio.core.frames import VideoFrame
from studio.core.mailbox import LatestMailbox
from studio.core.messages import message
from studio.core.metrics import Metrics, RateMeter

log = logging.getLogger(__name__)

LOST_CARD_INTERVAL_S = 0.2  # while the camera is lost, refresh the card at 5 fps


class VideoPipeline(threading.Thread):
    """The video-pipeline thread. Owns the filters (and so the face landmarker).

    Takes the newest camera frame from `source_mailbox`; a slow filter therefore
    never makes the preview fall behind: frames that arrive meanwhile are replaced
    and counted as dropped by the mailbox.
    """

    def __init__(self, source_mailbox: LatestMailbox[VideoFrame], compositor: Compositor,
                 clock: SessionClock, events: EventBus, metrics: Metrics,
                 context: Callable[[int], FilterContext],
                 source_state: Callable[[], tuple[SourceState, str]],
                 lost_card: Callable[[tuple[int, int], str], np.ndarray]):
        super().__init__(name="video-pipeline", daemon=True)
        self.source_mailbox = source_mailbox
        self.compositor = compositor
        self.clock = clock
        self.events = events
        self.metrics = metrics
        self.context = context
        self.source_state = source_state
        self.lost_card = lost_card
        self.camera_filters: list[Filter] = []
        self.overlays: list[Filter] = []
        self.outputs: list = []
        self.preview: LatestMailbox[VideoFrame] = LatestMailbox()
        self.frames_out = 0
        self.last_timestamp_ns: int | None = None
        self.fps = RateMeter()
        self._halt = threading.Event()
        self._lock = threading.Lock()  # guards the filter/output lists against live edits

    def stop(self) -> None:
        self._halt.set()

    def add_camera_filter(self, f: Filter) -> None:
        with self._lock:
            self.camera_filters = self.camera_filters + [f]

    def add_overlay(self, f: Filter) -> None:
        with self._lock:
            self.overlays = self.overlays + [f]

    def add_output(self, output) -> None:
        with self._lock:
            self.outputs = self.outputs + [output]

    def remove_output(self, output) -> None:
        with self._lock:
            self.outputs = [o for o in self.outputs if o is not output]

    def run(self) -> None:
        last_card_s = 0.0
        while not self._halt.is_set():
            frame = self.source_mailbox.get(timeout_s=0.1)
            if frame is None:
                if self.source_mailbox.closed and self.source_mailbox.peek() is None:
                    break
                state, detail = self.source_state()
                if state is SourceState.LOST and time.monotonic() - last_card_s >= LOST_CARD_INTERVAL_S:
                    last_card_s = time.monotonic()
                    self._emit_card(detail)
                continue
            self._process(frame)

    def _emit_card(self, detail: str) -> None:
        now = self.clock.now_ns()
        image = self.lost_card(self.compositor.canvas.size_px, detail)
        card = VideoFrame(image, now, -1, now)
        self.preview.put(card)
        for output in self.outputs:
            output.write_video(card)

    def _run_filters(self, filters: list[Filter], frame: VideoFrame, ctx: FilterContext) -> VideoFrame:
        for f in filters:
            if not f.enabled:
                continue
            t0 = time.perf_counter()
            try:
                frame = f.process(frame, ctx)
            except Exception as exc:
                # A broken filter is switched off; the show goes on without it.
                log.exception("filter %s failed; switched off", f.name)
                f.enabled = False
                self.events.publish(StatusMessage.of(
                    Severity.ERROR, message("filter.stopped", name=f.name, error=str(exc)), f.name))
                continue
            ms = (time.perf_counter() - t0) * 1e3
            frame.stage_ms[f.name] = ms
            self.metrics.meter(f"filter:{f.name}").add(ms)
        return frame

    def _process(self, frame: VideoFrame) -> None:
        ctx = self.context(frame.timestamp_ns)
        with self._lock:
            camera_filters, overlays, outputs = self.camera_filters, self.overlays, self.outputs
        frame = self._run_filters(camera_filters, frame, ctx)
        t0 = time.perf_counter()
        canvas = frame.with_image(self.compositor.compose(frame.image))
        self.metrics.meter("compose").add((time.perf_counter() - t0) * 1e3)
        canvas = self._run_filters(overlays, canvas, ctx)
        self.preview.put(canvas)
        t0 = time.perf_counter()
        for output in outputs:
            output.write_video(canvas)
        self.metrics.meter("outputs").add((time.perf_counter() - t0) * 1e3)
        self.metrics.meter("latency").add((self.clock.now_ns() - frame.captured_ns) / 1e6)
        self.frames_out += 1
        self.last_timestamp_ns = frame.timestamp_ns
        self.fps.tick()
