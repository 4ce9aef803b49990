"""Live try-on tracks on its own thread (studio.ar.track_thread): the pipeline hands frames in and draws with the
newest face extrapolated to each frame; a busy machine lowers the tracking rate, and only a rate below the floor
gives way to the product card (TrackRateGuard)."""

from __future__ import annotations

import time

import numpy as np
import pytest

from studio.ar.budget import CostLevel, RateFloorOptions, TrackRateGuard
from studio.ar.track_thread import STALE_AFTER_S, TrackingThread
from studio.ar.tracker import TrackerOptions
from studio.core.filters import FilterContext
from studio.core.frames import VideoFrame
from studio.overlays.tryon import TryOnFilter, TryOnOptions, TryOnState

FRAME_NS = 33_333_333


def _wait(condition, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_the_newest_face_is_extrapolated_to_each_frame_and_a_lost_face_is_not_drawn(face_bgr):
    worker = TrackingThread(TrackerOptions(), max_rate_hz=0)
    try:
        _wait(lambda: not worker.loading)
        assert worker.error is None
        worker.submit(face_bgr, 0)
        _wait(lambda: worker.face_at(0) is not None)
        exact = worker.face_at(0)
        assert not exact.predicted and exact.timestamp_ns == 0
        shifted = np.roll(face_bgr, 8, axis=1)
        worker.submit(shifted, FRAME_NS)
        _wait(lambda: worker.face_at(FRAME_NS) is not None and not worker.face_at(FRAME_NS).predicted)
        ahead = worker.face_at(2 * FRAME_NS)                    # a frame the model has not seen yet
        assert ahead.predicted and ahead.timestamp_ns == 2 * FRAME_NS
        moved = ahead.landmarks_px[:, 0].mean() - worker.face_at(FRAME_NS).landmarks_px[:, 0].mean()
        assert 2 < moved < 16                                   # carried on the way the face moved
        assert worker.face_at(FRAME_NS + int(2 * STALE_AFTER_S * 1e9)) is None   # too old to draw
        worker.submit(np.full_like(face_bgr, 60), 3 * FRAME_NS)                 # the host walked away
        _wait(lambda: worker.face_at(3 * FRAME_NS) is None)
        assert worker.face_at(4 * FRAME_NS) is None
        assert worker.rate_hz() > 0 and worker.track_ms > 0
    finally:
        worker.close()
    assert not worker._thread.is_alive()


def test_frames_are_not_queued_behind_a_slow_model_only_the_newest_is_tracked():
    seen = []

    class SlowTracker:
        history: list = []

        def __init__(self, _options) -> None:
            pass

        def track(self, image, timestamp_ns):
            seen.append(timestamp_ns)
            time.sleep(0.2)

        def close(self) -> None:
            pass

    worker = TrackingThread(TrackerOptions(), make=SlowTracker, max_rate_hz=0)
    try:
        _wait(lambda: not worker.loading)
        for i in range(30):                                     # 1 s of camera in 0.3 s
            worker.submit(np.zeros((4, 4, 3), np.uint8), i * FRAME_NS)
            time.sleep(0.01)
        _wait(lambda: seen and seen[-1] == 29 * FRAME_NS, 5)
    finally:
        worker.close()
    assert len(seen) <= 5, seen                                 # never a backlog of old frames


def test_a_model_that_cannot_be_built_is_said_on_the_pipeline_thread(face_bgr, tmp_path):
    broken = tmp_path / "face_landmarker.task"
    broken.write_bytes(b"not a model")
    f = TryOnFilter(TryOnOptions(tracker=TrackerOptions(model_path=broken), track_in_background=True))
    f.set_manual_look("lipstick:ruby-matte")
    try:
        with pytest.raises(Exception):
            for i in range(500):
                f.process(VideoFrame(face_bgr, i * FRAME_NS, i, 0), FilterContext(None, None, 0))
                time.sleep(0.02)
    finally:
        f.close()


def test_the_filter_draws_the_look_while_the_model_runs_elsewhere(face_bgr):
    f = TryOnFilter(TryOnOptions(track_in_background=True))
    f.set_manual_look("lipstick:ruby-matte")
    ctx = FilterContext(None, None, 0)
    try:
        states, index = [], 0
        deadline = time.monotonic() + 90
        while not states or states[-1] is not TryOnState.DRAWN:
            assert time.monotonic() < deadline, states[-5:]
            out = f.process(VideoFrame(face_bgr, index * FRAME_NS, index, 0), ctx)
            states.append(f.last_report.state)
            index += 1
            time.sleep(0.03)
        assert states[0] is TryOnState.LOADING
        assert not np.array_equal(out.image, face_bgr)                # the lipstick
        assert f.last_report.cost_level is CostLevel.FULL
        assert "tryon.track" not in out.stage_ms                      # the model's time is not the pipeline's
    finally:
        f.close()
    summary = f.summary()
    assert summary["tracking"] == "background" and summary["frames"]["drawn"] == 1
    assert summary["frames"]["loading"] == states.count(TryOnState.LOADING)
    assert summary["tracks"] >= 1 and summary["tracks_per_s"] > 0 and summary["last_track_ms"] > 0


def test_the_card_only_below_the_rate_floor_held_and_back_above_it_held():
    guard = TrackRateGuard(RateFloorOptions(min_hz=3, back_hz=5, hold_s=3))
    assert guard.observe(2.0, 0.0) is CostLevel.FULL            # one slow moment is not a verdict
    assert guard.observe(8.0, 1.0) is CostLevel.FULL
    assert guard.observe(2.0, 2.0) is CostLevel.FULL
    assert guard.observe(2.5, 4.0) is CostLevel.FULL
    assert guard.observe(2.0, 5.1) is CostLevel.PRODUCT_CARD    # below 3 Hz for 3 s
    assert guard.observe(4.0, 7.0) is CostLevel.PRODUCT_CARD    # between the two: stays
    assert guard.observe(6.0, 8.0) is CostLevel.PRODUCT_CARD
    assert guard.observe(6.0, 11.5) is CostLevel.FULL           # above 5 Hz for 3 s

