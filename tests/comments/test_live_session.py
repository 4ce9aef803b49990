"""The comments worker in a live session: assembled from LiveOptions.comments, started and stopped
with the session, every event stored and published on the session's bus; a feed that cannot start
is a problem, and the session goes on."""

from __future__ import annotations

import time
from pathlib import Path

from studio.comments.events import EventKind, SourceKind
from studio.comments.options import CommentsOptions
from studio.comments.sources.base import FeedState, FeedStateChanged
from studio.comments.store import CommentStore
from studio.comments.worker import LiveEventBatch
from studio.live.assembly import build_session
from studio.live.options import LiveOptions, TryOnMode
from studio.live.session import SessionConfig, VideoSourceConfig
from tests.qt_helpers import qt_app

DATA = Path(__file__).parent / "data" / "autumn-lip-launch.comments.jsonl"
PATTERN = SessionConfig(video=VideoSourceConfig("pattern", width=160, height=90, fps=10, duration_s=30))


def test_a_session_stores_and_publishes_the_replayed_room(tmp_path):
    qt_app()
    db = tmp_path / "comments.sqlite"
    options = LiveOptions(session=PATTERN, tryon=TryOnMode.OFF, price_card=False,
                          comments=CommentsOptions(SourceKind.REPLAY, path=str(DATA), realtime=False, db_path=str(db)))
    session = build_session(options)
    assert "comments" in session.assembly.names and session.comments is not None
    batches, states = [], []
    session.events.subscribe(LiveEventBatch, batches.append)
    session.events.subscribe(FeedStateChanged, states.append)
    session.start()
    deadline = time.monotonic() + 10
    while not any(s.state is FeedState.ENDED for s in states) and time.monotonic() < deadline:
        time.sleep(0.02)
    session.stop()
    published = [e for b in batches for e in b.events]
    comments = [e for e in published if e.kind is EventKind.COMMENT]
    assert len(comments) == 49 and comments[0].text == "Hola! desde México 🇲🇽"
    stored = CommentStore(db).counts()
    assert stored.comments == 49 and stored.names == 0
    assert session.comments.report()["sources"][0]["state"] == "ended"


def test_a_feed_that_cannot_start_is_a_problem_and_the_session_goes_on(tmp_path):
    qt_app()
    options = LiveOptions(session=PATTERN, tryon=TryOnMode.OFF, price_card=False,
                          comments=CommentsOptions(SourceKind.REPLAY, path=str(tmp_path / "missing.jsonl")))
    session = build_session(options)
    assert session.comments is None and "comments" not in session.assembly.names
    assert any("Comments are off" in p and "missing.jsonl" in p for p in session.assembly.problems)


def test_a_feed_that_fails_while_running_is_an_error_for_the_host(tmp_path):
    from studio.comments.sources.replay import ReplaySource
    from studio.comments.worker import CommentsWorker
    from studio.core.events import EventBus, Severity, StatusMessage

    bus, said = EventBus(), []
    bus.subscribe(StatusMessage, said.append)
    worker = CommentsWorker(bus)
    source = worker.add_source(ReplaySource(tmp_path / "gone.jsonl", worker.sink, on_state=worker.on_state))
    worker.start()
    assert source.join(5)
    worker.stop()
    assert [m.severity for m in said if "gone.jsonl" in m.text] == [Severity.ERROR]
    assert worker.report()["sources"][0]["state"] == "failed"
