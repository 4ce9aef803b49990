"""The face tracker built on its own thread, for live sessions: importing MediaPipe and loading the
landmarker model take seconds, and the video pipeline must not hold the first frames (the window's
preview) for them. Files keep loading it in line, so every frame of a recording gets its look."""

from __future__ import annotations

import logging
import threading
from typing import Callable

from studio.ar.tracker import FaceTracker, TrackerOptions

log = logging.getLogger(__name__)


class TrackerLoader:
    """Made and asked (`take`) on the video-pipeline thread; the tracker is built on 'face-model-loader'."""

    def __init__(self, options: TrackerOptions,
                 make: Callable[[TrackerOptions], FaceTracker] = FaceTracker) -> None:
        self._make = make
        self._options = options
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._tracker: FaceTracker | None = None
        self._error: BaseException | None = None
        self._closed = False
        self._thread = threading.Thread(target=self._load, name="face-model-loader", daemon=True)
        self._thread.start()

    def _load(self) -> None:
        try:
            tracker = self._make(self._options)
        except Exception as exc:  # ModelMissingError, a broken install: take() raises it where it belongs
            self._error = exc
            self._done.set()
            return
        with self._lock:
            closed = self._closed
            if not closed:
                self._tracker = tracker
        if closed:               # the session ended while the model loaded
            tracker.close()
        self._done.set()

    @property
    def loading(self) -> bool:
        return not self._done.is_set()

    def take(self) -> FaceTracker | None:
        """The tracker once built (the caller owns it from then on), None while it loads.
        Raises what building it raised."""
        if not self._done.is_set():
            return None
        if self._error is not None:
            raise self._error
        with self._lock:
            tracker, self._tracker = self._tracker, None
        return tracker

    def close(self) -> None:
        """Never blocks: a tracker still loading is closed by the loading thread when it is ready."""
        with self._lock:
            self._closed = True
            tracker, self._tracker = self._tracker, None
        if tracker is not None:
            tracker.close()
