"""Live sessions load the face model off the video pipeline (TryOnOptions.track_in_background, on the
'face-tracker' thread that then runs it): the first frames pass unchanged with state LOADING, then the look
is drawn; the session may end while the model loads; a load that fails switches try-on off where it always
did (the pipeline thread)."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from studio.ar.budget import CostLevel
from studio.ar.tracker import TrackerOptions
from studio.ar.track_thread import TrackingThread
from studio.core.filters import FilterContext
from studio.core.frames import VideoFrame
from studio.overlays.tryon import TryOnFilter, TryOnOptions, TryOnState


def _frame(image: np.ndarray, index: int) -> VideoFrame:
    return VideoFrame(image, index * 33_333_333, index, 0)


def test_frames_flow_while_the_model_loads_then_the_look_is_drawn(face_bgr):
    f = TryOnFilter(TryOnOptions(fixed_level=CostLevel.FULL, track_in_background=True))
    f.set_manual_look("lipstick:ruby-matte")
    ctx = FilterContext(None, None, 0)
    try:
        started = time.monotonic()
        first = f.process(_frame(face_bgr, 0), ctx)
        assert f.last_report.state is TryOnState.LOADING
        assert np.array_equal(first.image, face_bgr), "the frame passes unchanged while loading"
        assert time.monotonic() - started < 1.0, "the pipeline did not wait for the model"
        index, deadline = 1, time.monotonic() + 120
        while f.last_report.state is TryOnState.LOADING:
            assert time.monotonic() < deadline, "the face model never finished loading"
            time.sleep(0.05)
            f.process(_frame(face_bgr, index), ctx)
            index += 1
        assert f.last_report.state is TryOnState.DRAWN
        assert not np.array_equal(f.process(_frame(face_bgr, index), ctx).image, face_bgr)
    finally:
        f.close()


class _Tracker:
    """Stands in for FaceTracker in the tracking thread's loading tests (no frames go through it)."""

    def __init__(self) -> None:
        self.closed = threading.Event()

    def close(self) -> None:
        self.closed.set()


def test_a_session_that_ends_while_the_model_loads_closes_it_when_ready():
    release, made = threading.Event(), []

    def make(_options):
        release.wait(10)
        made.append(_Tracker())
        return made[-1]

    loader = TrackingThread(TrackerOptions(), make)
    assert loader.face_at(0) is None and loader.loading
    started = time.monotonic()
    loader.close()
    assert time.monotonic() - started < 1.0, "close waited for the model to load"
    release.set()
    deadline = time.monotonic() + 10
    while not made or not made[0].closed.is_set():
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert loader.face_at(0) is None


def test_a_failed_load_raises_on_the_pipeline_thread():
    def make(_options):
        raise RuntimeError("the face model file is damaged")

    loader = TrackingThread(TrackerOptions(), make)
    deadline = time.monotonic() + 10
    while loader.loading:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    with pytest.raises(RuntimeError, match="damaged"):
        raise loader.error
