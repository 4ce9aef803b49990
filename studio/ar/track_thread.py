"""Live sessions: the face model on its own thread ('face-tracker'), over the newest frame only.

The video pipeline hands each frame in (`submit`, never waits) and draws with the newest face,
extrapolated to that frame's time (`face_at`). On a busy laptop the model simply runs less often
(newest frame wins) and the look stays on the face, instead of the pipeline stalling or the look
giving way to the flat card at the first CPU spike (what a 2-core machine with Whisper loading did
within 3 s). The thread builds the tracker too, so the preview starts while MediaPipe loads.
MediaPipe graphs are "thread-compatible, not thread-safe": this thread alone makes, calls and
closes the FaceTracker.
"""

from __future__ import annotations

import collections
import logging
import threading
import time
from typing import Callable

import numpy as np

from studio.ar.tracker import FaceTrack, FaceTracker, TrackerOptions, extrapolate
from studio.core.mailbox import LatestMailbox

log = logging.getLogger(__name__)

# The model never needs more: at 15 tracks a second the extrapolated face is within a pixel or two of
# the tracked one for a talking host, and the rest of the core goes to captions.
MAX_RATE_HZ = 15.0
# A face older than this is not drawn: better no lipstick than lipstick where the lips were.
STALE_AFTER_S = 0.6
RATE_WINDOW_S = 2.0


class TrackingThread:
    """submit / face_at / rate_hz / close: the video-pipeline thread. Everything else: 'face-tracker'."""

    def __init__(self, options: TrackerOptions, make: Callable[[TrackerOptions], FaceTracker] = FaceTracker,
                 max_rate_hz: float = MAX_RATE_HZ) -> None:
        self._options = options
        self._make = make
        self._min_interval_s = 1.0 / max_rate_hz if max_rate_hz > 0 else 0.0
        self._frames: LatestMailbox[tuple[np.ndarray, int]] = LatestMailbox()
        self._lock = threading.Lock()
        self._history: list[FaceTrack] = []          # the newest result's last two faces; [] = no face
        self._tracked_ns: int | None = None          # the frame time of the newest result
        self._done_at: collections.deque[float] = collections.deque()   # monotonic end of each track
        self._ready = threading.Event()
        self.error: BaseException | None = None       # building the tracker failed (a missing model...)
        self.track_ms = 0.0                           # the last inference, on this thread
        self.tracks = 0                               # inferences finished this session
        self._first_done: float | None = None
        self._closed_at: float | None = None
        self._thread = threading.Thread(target=self._run, name="face-tracker", daemon=True)
        self._thread.start()

    # -- the video-pipeline thread ------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return not self._ready.is_set()

    def submit(self, image_bgr: np.ndarray, timestamp_ns: int) -> None:
        """The newest frame for the model; an older one still waiting is dropped."""
        self._frames.put((image_bgr, timestamp_ns))

    def face_at(self, timestamp_ns: int) -> FaceTrack | None:
        """The newest face extrapolated to timestamp_ns; None when the model saw none, or none lately."""
        with self._lock:
            history, tracked_ns = self._history, self._tracked_ns
        if tracked_ns is None or (timestamp_ns - tracked_ns) / 1e9 > STALE_AFTER_S:
            return None
        if history and history[-1].timestamp_ns == timestamp_ns:
            return history[-1]
        return extrapolate(history, timestamp_ns)

    def rate_hz(self, now_s: float | None = None) -> float:
        """Tracks finished per second over the last RATE_WINDOW_S."""
        now_s = time.monotonic() if now_s is None else now_s
        with self._lock:
            while self._done_at and now_s - self._done_at[0] > RATE_WINDOW_S:
                self._done_at.popleft()
            return len(self._done_at) / RATE_WINDOW_S

    def mean_rate_hz(self) -> float:
        """Tracks a second from the first finished track to now, or to close() (the session's report)."""
        with self._lock:
            first, count = self._first_done, self.tracks
        span = (self._closed_at or time.monotonic()) - first if first is not None else 0.0
        return count / span if span > 0 else 0.0

    def close(self) -> None:
        """Never blocks for long: the thread closes the model itself when its current track ends."""
        self._closed_at = time.monotonic()
        self._frames.close()
        if not self.loading:          # still loading MediaPipe (seconds): the thread closes what it built itself
            self._thread.join(timeout=2.0)

    # -- 'face-tracker' -----------------------------------------------------------------------

    def _run(self) -> None:
        try:
            tracker = self._make(self._options)
        except Exception as exc:   # ModelMissingError, a broken install: the filter raises it on its thread
            self.error = exc
            self._ready.set()
            return
        self._ready.set()
        try:
            while True:
                item = self._frames.get(timeout_s=0.5)
                if item is None:
                    if self._frames.closed:
                        return
                    continue
                started = time.monotonic()
                image, timestamp_ns = item
                try:
                    tracker.track(image, timestamp_ns)
                except Exception:       # one bad frame must not end tracking for the session
                    log.exception("face tracking failed on one frame")
                    continue
                ended = time.monotonic()
                with self._lock:
                    self._history = tracker.history
                    self._tracked_ns = timestamp_ns
                    self._done_at.append(ended)
                    self.tracks += 1
                    if self._first_done is None:
                        self._first_done = ended
                self.track_ms = (ended - started) * 1000.0
                rest = self._min_interval_s - (ended - started)
                if rest > 0:
                    time.sleep(rest)
        finally:
            tracker.close()
