"""Replay at the recording's pace (injected clock) or as fast as possible, paste, and the intake
under a flood: never blocks, counts what it drops, sums likes and joins."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

from studio.comments.events import EventKind, LiveEvent
from studio.comments.intake import EventIntake
from studio.comments.sources.base import FeedState
from studio.comments.sources.replay import PasteSource, ReplayOptions, ReplaySource, paste_events

DATA = Path(__file__).parent / "data" / "autumn-lip-launch.comments.jsonl"


class FakeClock:
    """Time moves only when the replay waits."""

    def __init__(self):
        self.now = 100.0
        self.waits: list[float] = []

    def clock(self) -> float:
        return self.now

    def wait(self, seconds: float) -> bool:
        self.waits.append(round(seconds, 6))
        self.now += seconds
        return False


def _write(path: Path, records) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records)
                    + "\n", encoding="utf-8")
    return path


def _run(source) -> None:
    source.start()
    assert source.join(10)


def test_realtime_replay_waits_for_each_records_time(tmp_path):
    path = _write(tmp_path / "s.jsonl", [{"t": 0, "text": "a"}, {"t": 1.5, "text": "b"},
                                         {"t": 1.5, "text": "c"}, {"t": 4, "text": "d"}])
    got, clock = [], FakeClock()
    _run(ReplaySource(path, got.append, ReplayOptions(realtime=True), clock=clock.clock, wait=clock.wait))
    assert [e.text for e in got] == ["a", "b", "c", "d"]
    assert clock.waits == [1.5, 2.5]
    assert got[3].wall_ms - got[0].wall_ms == 4000        # the recording's offsets become its times


def test_speed_and_as_fast_as_possible(tmp_path):
    path = _write(tmp_path / "s.jsonl", [{"t": 0, "text": "a"}, {"t": 10, "text": "b"}])
    clock = FakeClock()
    _run(ReplaySource(path, lambda e: None, ReplayOptions(realtime=True, speed=4), clock=clock.clock,
                      wait=clock.wait))
    assert clock.waits == [2.5]
    clock = FakeClock()
    _run(ReplaySource(path, lambda e: None, ReplayOptions(realtime=False), clock=clock.clock, wait=clock.wait))
    assert clock.waits == []


def test_stop_interrupts_a_long_pause(tmp_path):
    path = _write(tmp_path / "s.jsonl", [{"t": 0, "text": "a"}, {"t": 3600, "text": "b"}])
    got = []
    source = ReplaySource(path, got.append, ReplayOptions(realtime=True))
    source.start()
    time.sleep(0.2)
    started = time.monotonic()
    source.stop()
    assert time.monotonic() - started < 2 and [e.text for e in got] == ["a"]


def test_bad_lines_are_skipped_with_their_numbers_and_the_replay_goes_on(tmp_path):
    path = _write(tmp_path / "s.jsonl", [{"t": 0, "text": "ok"}, "{not json", "[1, 2]", {"t": -1, "text": "x"},
                                         {"t": 1, "kind": "like", "count": "x"}, {"t": 2, "text": "fine"}])
    states, got = [], []
    source = ReplaySource(path, got.append, on_state=states.append)
    _run(source)
    assert [e.text for e in got] == ["ok", "fine"]
    assert [b.line_no for b in source.bad_lines] == [2, 3, 4, 5]
    assert states[-1].state is FeedState.ENDED and "4 bad line(s)" in states[-1].detail


def test_a_missing_file_fails_with_a_sentence(tmp_path):
    states = []
    _run(ReplaySource(tmp_path / "nope.jsonl", lambda e: None, on_state=states.append))
    assert states[-1].state is FeedState.FAILED and "nope.jsonl" in states[-1].detail


def test_csv_recordings(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text("t,kind,user,text,count\n0,comment,ana,\"hola, ¿precio?\",\n1,like,,,7\n2,comment,,x,abc\n",
                    encoding="utf-8")
    got = []
    source = ReplaySource(path, got.append)
    _run(source)
    assert [(e.kind, e.text, e.user, e.count) for e in got] == [
        (EventKind.COMMENT, "hola, ¿precio?", "ana", None), (EventKind.LIKE, "", None, 7)]
    assert source.bad_lines[0].line_no == 4


def test_the_recorded_example_stream_is_multilingual_and_clean():
    got = []
    source = ReplaySource(DATA, got.append)
    _run(source)
    assert source.bad_lines == [] and len(got) >= 60
    assert {e.kind for e in got} == set(EventKind) - {EventKind.SYSTEM}
    assert len([e for e in got if e.kind is EventKind.COMMENT]) >= 45


def test_paste_one_comment_per_line():
    events = paste_events("how much?\n\n  ¿precio?  \r\n<b>bold</b>\u202e\n")
    assert [e.text for e in events] == ["how much?", "¿precio?", "<b>bold</b>"]
    got = []
    _run(PasteSource("a\nb", got.append))
    assert [e.text for e in got] == ["a", "b"] and all(e.platform == "paste" for e in got)


def _comment(i: int, source: str = "relay") -> LiveEvent:
    return LiveEvent.create(EventKind.COMMENT, source=source, platform="relay", event_id=str(i), text=f"c{i}")


def test_a_flood_of_5000_events_in_a_second_never_blocks_and_drops_are_counted():
    intake = EventIntake(capacity=1000)
    offered_in = []

    def producer():
        started = time.perf_counter()
        for i in range(5000):
            intake.offer(_comment(i))
        offered_in.append(time.perf_counter() - started)

    thread = threading.Thread(target=producer)
    thread.start()
    thread.join(5)
    assert not thread.is_alive() and offered_in[0] < 1.0     # nobody consumed: still no blocking
    stats = intake.stats()
    assert stats.offered == 5000 and stats.queued == 1000 and stats.dropped == {"comment": 4000}
    taken = intake.take(5000, timeout_s=0)
    assert len(taken) == 1000 and taken[0].text == "c0"


def test_likes_and_joins_are_summed_per_window_and_viewer_counts_keep_the_newest():
    now = [0]
    intake = EventIntake(aggregate_window_ms=1000, monotonic_ns=lambda: now[0])

    def event(kind, count, user="u"):
        return LiveEvent.create(kind, source="tiktok", platform="tiktok", count=count, user=user, t_mono_ns=now[0])

    for _ in range(300):
        intake.offer(event(EventKind.LIKE, 2))
    intake.offer(event(EventKind.JOIN, 1))
    intake.offer(event(EventKind.VIEWER_COUNT, 100))
    intake.offer(event(EventKind.VIEWER_COUNT, 140))
    assert intake.take(timeout_s=0) == []                 # the window is still open
    now[0] = 1_000_000_000
    taken = {e.kind: e for e in intake.take(timeout_s=0)}
    assert taken[EventKind.LIKE].count == 600 and taken[EventKind.LIKE].user is None
    assert taken[EventKind.JOIN].count == 1 and taken[EventKind.JOIN].user == "u"
    assert taken[EventKind.VIEWER_COUNT].count == 140
    assert intake.stats().aggregated == 300
