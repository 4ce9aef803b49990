"""The pipeline and session, driven through real sources, filters and the real recorder."""

import time

import numpy as np
import pytest

from studio.capture.flaky import FlakySource
from studio.capture.test_pattern import TestPatternSource
from studio.core.compositor import CanvasConfig
from studio.core.events import SegmentChanged, SourceState, SourceStateChanged, StatusMessage
from studio.live.session import Session, SessionConfig, VideoSourceConfig
from studio.show import load_show


class SlowFilter:
    """Costs `ms` per frame, like a heavy try-on on a slow laptop."""

    name = "slow"
    enabled = True

    def __init__(self, ms: float) -> None:
        self.ms = ms
        self.seen = 0

    def process(self, frame, ctx):
        time.sleep(self.ms / 1000)
        self.seen += 1
        return frame

    def close(self):
        pass


class BrokenFilter:
    name = "broken"
    enabled = True

    def process(self, frame, ctx):
        raise RuntimeError("boom")

    def close(self):
        pass


def _pattern_session(seconds, realtime=True, **kw):
    cfg = SessionConfig(video=VideoSourceConfig("pattern", width=640, height=360, fps=30, duration_s=seconds),
                        canvas=CanvasConfig("16:9", 640), realtime=realtime)
    return Session(cfg, **kw)


def test_slow_filter_drops_frames_instead_of_falling_behind():
    session = _pattern_session(2.0)
    session.add_camera_filter(SlowFilter(100))  # 10 fps worth of work on a 30 fps source
    session.start()
    assert session.wait_until_done(10)
    session.stop()
    stats = session.stats(recent=False)
    assert stats.frames_in == 60
    assert stats.dropped_frames >= 30               # the mailbox said what it dropped
    assert stats.frames_out + stats.dropped_frames == stats.frames_in
    # Newest frame wins: the latency is about one filter's cost, not a growing backlog.
    assert stats.latency_p95_ms < 400


def test_offline_run_processes_every_frame():
    session = _pattern_session(1.0, realtime=False)
    slow = SlowFilter(5)
    session.add_camera_filter(slow)
    session.start()
    assert session.wait_until_done(20)
    session.stop()
    assert slow.seen == 30 and session.stats(recent=False).dropped_frames == 0


def test_a_broken_filter_is_switched_off_and_the_show_goes_on():
    session = _pattern_session(0.5, realtime=False)
    messages = []
    session.events.subscribe(StatusMessage, messages.append)
    broken = BrokenFilter()
    session.add_overlay(broken)
    session.start()
    session.wait_until_done(10)
    session.stop()
    assert broken.enabled is False
    assert session.pipeline.frames_out == 15
    assert any("broken stopped after an error" in m.text for m in messages)


def test_camera_lost_card_then_recovery():
    inner = TestPatternSource(640, 360, 30)
    flaky = FlakySource(inner, fail_after_frames=10, down_s=1.5)
    session = Session(SessionConfig(canvas=CanvasConfig("16:9", 640)), video_source=flaky)
    states = []
    session.events.subscribe(SourceStateChanged, lambda e: e.source == "video" and states.append(e.state))
    session.start()
    try:
        deadline = time.monotonic() + 5
        while session.video_state is not SourceState.LOST and time.monotonic() < deadline:
            time.sleep(0.02)
        assert session.video_state is SourceState.LOST
        time.sleep(0.5)
        card = session.preview.peek()
        assert card is not None and card.index == -1          # the card, not a camera frame
        assert card.image.mean() < 80                          # dark card, not colour bars
        deadline = time.monotonic() + 5
        while session.video_state is not SourceState.LIVE and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        frame = session.preview.peek() or session.preview.get(1)
        assert frame.index >= 10                               # camera frames again
    finally:
        session.stop()
    assert states[:3] == [SourceState.LIVE, SourceState.LOST, SourceState.LIVE]


def test_segments_move_and_everyone_hears(example_show_path):
    show = load_show(example_show_path)
    session = _pattern_session(0.2, show=show)
    heard = []
    session.events.subscribe(SegmentChanged, heard.append)
    assert session.segment_index == 0
    session.next_segment()
    session.next_segment()
    session.previous_segment()
    session.go_to_segment(99)
    assert session.segment_index == len(show.segments) - 1
    assert [e.index for e in heard] == [1, 2, 1, 4]


def test_price_card_follows_the_segment(example_show_path):
    from studio.overlays.price_card import PriceCardOverlay
    from studio.overlays.qt_paint import ensure_gui_application

    ensure_gui_application()
    show = load_show(example_show_path)
    session = _pattern_session(0.2, realtime=False, show=show)
    card = PriceCardOverlay()
    session.add_overlay(card)
    session.start()
    session.wait_until_done(10)
    with_card = session.preview.peek().image.copy()
    session.stop()
    # Segment 0 (welcome) has no product: nothing drawn. Segment 1 (Ruby) draws the card.
    plain = _pattern_session(0.2, realtime=False, show=show)
    plain.go_to_segment(0)
    assert card._key is None
    session2 = _pattern_session(0.2, realtime=False, show=show)
    session2.go_to_segment(1)
    session2.add_overlay(PriceCardOverlay())
    session2.start()
    session2.wait_until_done(10)
    drawn = session2.preview.peek().image
    session2.stop()
    diff = np.abs(drawn.astype(int) - with_card.astype(int)).sum(axis=2) > 30
    ys, xs = np.nonzero(diff)
    assert diff.mean() > 0.01
    assert xs.max() < drawn.shape[1] * 0.6                    # a card on the left, not everywhere


def test_a_microphone_that_disappears_comes_back_and_video_never_stops(tmp_path):
    from studio.capture.audio_file import AudioFileSource
    from tests.media import make_audio, write_wav

    wav = write_wav(tmp_path / "voice.wav", make_audio(20.0, 200.0))
    mic = FlakySource(AudioFileSource(wav), fail_after_frames=5, down_s=1.0)
    session = Session(SessionConfig(video=VideoSourceConfig("pattern", width=640, height=360, fps=30),
                                    canvas=CanvasConfig("16:9", 640)), audio_source=mic)
    audio_states, messages = [], []
    session.events.subscribe(SourceStateChanged, lambda e: e.source == "audio" and audio_states.append(e.state))
    session.events.subscribe(StatusMessage, messages.append)
    session.start()
    try:
        time.sleep(0.8)
        frames_during_loss = session.pipeline.frames_out
        deadline = time.monotonic() + 6
        while audio_states[-1:] != [SourceState.LIVE] or len(audio_states) < 3:
            assert time.monotonic() < deadline, audio_states
            time.sleep(0.05)
        assert session.pipeline.frames_out > frames_during_loss    # the picture never waited
        time.sleep(0.3)
        assert session.audio_level_dbfs > -40                        # sound is measured again
    finally:
        session.stop()
    assert audio_states[:3] == [SourceState.LIVE, SourceState.LOST, SourceState.LIVE]
    assert any("reconnecting" in m.text for m in messages)


def test_a_worker_added_to_a_running_session_starts_at_once_and_stops_with_it():
    """Captions switched on mid-live must not wait for the next session."""
    import threading

    class Worker(threading.Thread):
        def __init__(self):
            super().__init__(daemon=True)
            self.halt = threading.Event()

        def run(self):
            self.halt.wait()

        def stop(self):
            self.halt.set()
            self.join(2)

    session = Session(SessionConfig(video=VideoSourceConfig(kind="pattern", width=64, height=64, fps=10)))
    before, during = Worker(), Worker()
    session.add_worker(before)
    assert not before.is_alive()          # a session not started yet starts it with itself
    session.start()
    try:
        assert before.is_alive()
        session.add_worker(during)
        assert during.is_alive()
    finally:
        session.stop()
    assert not before.is_alive() and not during.is_alive()
