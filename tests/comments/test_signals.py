"""Viewer signals: the drop alert on made-up event times (no waiting), its floor and cooldown, the
comment rate, the session glue offering the segment's B talk-track, and `studio run` reporting the
alert from a replayed recording with viewer counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.comments.events import EventKind, LiveEvent
from studio.comments.signals import SignalOptions, ViewerSignals
from studio.comments.worker import LiveEventBatch
from studio.core.clock import SessionClock
from studio.core.events import EventBus, Severity, StatusMessage
from studio.live.signals import LiveSignals, ViewerDropAlert

DATA = Path(__file__).parent / "data" / "viewer-drop.comments.jsonl"
T0 = 1_795_000_000_000


def _count(t_s: float, viewers: int) -> LiveEvent:
    return LiveEvent.create(EventKind.VIEWER_COUNT, source="test", platform="test", count=viewers,
                            wall_ms=T0 + int(t_s * 1000))


def _comment(t_s: float) -> LiveEvent:
    return LiveEvent.create(EventKind.COMMENT, source="test", platform="test", text="hi", wall_ms=T0 + int(t_s * 1000))


def _feed(signals: ViewerSignals, series: list[tuple[float, int]]) -> list:
    drops = []
    for t, v in series:
        drops += signals.add([_count(t, v)])
    return drops


def test_a_quarter_leaving_within_a_minute_alerts_once():
    signals = ViewerSignals()
    drops = _feed(signals, [(0, 400), (15, 410), (30, 395), (45, 360), (60, 330), (70, 300), (80, 290)])
    assert len(drops) == 1                           # 410 -> 300 at 70 s; 290 is the same drop (cooldown)
    d = drops[0]
    assert (d.viewers_before, d.viewers_now, d.at_ms) == (410, 300, T0 + 70_000)
    assert d.drop_fraction == pytest.approx(0.268, abs=1e-3)
    assert signals.report()["drops"] == [d.to_json()]


def test_a_slow_decline_and_noise_do_not_alert():
    signals = ViewerSignals()
    noise = [(t, 400 + (25 if (t // 10) % 2 else -25)) for t in range(0, 300, 10)]      # +-6 % every 10 s
    assert _feed(signals, noise) == []
    # -25 % over five minutes: never 20 % within one.
    slow = [(300 + t, int(400 - t / 3)) for t in range(0, 300, 10)]
    assert _feed(signals, slow) == []


def test_a_tiny_room_never_alerts_and_the_rule_is_configurable():
    assert _feed(ViewerSignals(), [(0, 12), (20, 12), (40, 6), (50, 4)]) == []            # -67 %, but 12 viewers
    strict = ViewerSignals(SignalOptions(drop_fraction=0.5, window_s=30, min_viewers=5, min_drop_viewers=3))
    assert _feed(strict, [(0, 12), (40, 9), (75, 6)]) == []     # halved, but over 75 s, not within 30
    assert len(_feed(strict, [(100, 12), (110, 5)])) == 1
    with pytest.raises(ValueError):
        SignalOptions(drop_fraction=20)


def test_comment_rate_over_the_last_minute():
    signals = ViewerSignals()
    signals.add([_comment(t) for t in range(0, 60, 2)] + [_count(59, 100)])       # 30 comments in a minute
    assert signals.samples[-1].comments_per_min == 30
    signals.add([_comment(100), _count(119, 100)])                               # one in the last minute
    assert signals.samples[-1].comments_per_min == 1 and signals.comments_total == 31


class _Session:
    def __init__(self, show, segment_index):
        self.show, self.segment_index = show, segment_index
        self.events, self.clock = EventBus(), SessionClock()
        self.prompter = None


def test_session_alert_offers_the_b_talk_track_and_says_it(example_show_path):
    from tests.prompter.test_talk_track import b_show

    session = _Session(b_show(example_show_path), 1)            # Ruby on air: it has a B talk-track
    alerts, said = [], []
    session.events.subscribe(ViewerDropAlert, alerts.append)
    session.events.subscribe(StatusMessage, said.append)
    live = LiveSignals(session)
    live.start()
    session.events.publish(LiveEventBatch((_count(0, 500), _count(30, 480), _count(60, 370)), 0))
    session.segment_index = 0                                    # Welcome has no B
    session.events.publish(LiveEventBatch((_count(300, 500), _count(330, 360)), 0))
    live.stop()
    session.events.publish(LiveEventBatch((_count(600, 500), _count(630, 100)), 0))    # stopped: not heard
    assert [(a.segment_index, a.offer_b) for a in alerts] == [(1, True), (0, False)]
    assert alerts[0].segment_title == "Ruby matte"
    assert said[0].severity is Severity.WARNING and said[0].message.key == "viewers.drop_offer_b"
    assert said[0].text == "Viewers fell 26% in 60 s (500 → 370): switch “Ruby matte” to its B talk-track?"
    assert said[1].message.key == "viewers.drop"
    assert [a["offer_b"] for a in live.report()["alerts"]] == [True, False]


def test_studio_run_replay_with_viewer_counts_reports_the_alert(tmp_path, capsys):
    from studio.cli.main import main
    from tests.qt_helpers import qt_app

    qt_app()
    report = tmp_path / "run.json"
    assert main(["run", "--video", "pattern", "--duration", "1", "--size", "160x90", "--no-price-card",
                 "--comments-replay", str(DATA), "--comments-db", str(tmp_path / "c.sqlite"),
                 "--report", str(report)]) == 0
    signals = json.loads(report.read_text("utf-8"))["comments"]["signals"]
    assert signals["peak_viewers"] == 410 and signals["comments"] == 10
    assert [(a["viewers_before"], a["viewers_now"]) for a in signals["alerts"]] == [(404, 318)]
    assert signals["alert_rule"] == {"drop_pct": 20.0, "window_s": 60.0, "min_viewers": 50, "min_drop_viewers": 10}
    assert "Viewers fell 21% in 60 s (404 → 318)" in capsys.readouterr().err
    # A stricter rule from the command line: no alert.
    assert main(["run", "--video", "pattern", "--duration", "1", "--size", "160x90", "--no-price-card",
                 "--comments-replay", str(DATA), "--comments-db", str(tmp_path / "c.sqlite"),
                 "--viewer-drop", "30/60", "--report", str(report)]) == 0
    assert json.loads(report.read_text("utf-8"))["comments"]["signals"]["alerts"] == []
    assert main(["run", "--video", "pattern", "--duration", "1", "--comments-replay", str(DATA),
                 "--viewer-drop", "lots"]) == 2
