"""The live inbox over a real feed: the recorded autumn stream replayed through the comments worker,
understood on the inbox thread with the installed encoder; reply drafts claim-checked; the buy hook."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.comments.events import EventKind, LiveEvent, SourceKind
from studio.comments.feed import build_worker
from studio.comments.inbox_events import BuyLogRequested, TopQuestionChanged
from studio.comments.live_inbox import LiveInbox
from studio.comments.options import CommentsOptions
from studio.comments.worker import LiveEventBatch
from studio.core.events import EventBus
from studio.show import load_show

ROOT = Path(__file__).resolve().parents[2]
SHOW = ROOT / "assets" / "shows" / "autumn-lip-launch.show.md"
RECORDING = ROOT / "examples" / "comments-autumn.jsonl"


@pytest.fixture(scope="module")
def show():
    return load_show(SHOW)


@pytest.fixture
def analyzer(show):
    """A fresh analyzer per test (its question groups are its own); the encoder is shared."""
    from studio.comments.understand import CommentAnalyzer
    from studio.language.encoder import EncoderUnavailable, shared_encoder

    try:
        shared_encoder()
    except EncoderUnavailable as exc:
        pytest.fail(f"{exc} (run scripts/setup.sh)")
    return CommentAnalyzer(show, host_language="zh", translator=False)


def _checker(show):
    from studio.compliance.checker import Checker

    return lambda: Checker(show.markets)


def test_a_replayed_stream_gives_groups_intents_and_the_top_question(show, analyzer):
    bus = EventBus()
    tops: list[TopQuestionChanged] = []
    bus.subscribe(TopQuestionChanged, tops.append)
    inbox = LiveInbox(bus, lambda: analyzer, "zh", checker_factory=_checker(show))
    worker = build_worker(CommentsOptions(SourceKind.REPLAY, path=str(RECORDING), realtime=False, store=False), bus)
    inbox.start()
    worker.start()
    try:
        assert worker.wait_sources(20)
        worker.stop()
        assert inbox.wait_idle(60)
        snap = inbox.snapshot()
    finally:
        inbox.stop()
    comments = [line for line in RECORDING.read_text("utf-8").splitlines() if '"kind": "comment"' in line]
    assert snap.counts["comments"] == len(comments)
    assert snap.comments[0].wall_ms >= snap.comments[-1].wall_ms          # newest first
    assert {"question", "buy", "praise"} <= set(snap.counts)
    assert snap.groups and snap.groups[0].count >= 2                        # a repeated question grouped
    shipping = next(g for g in snap.groups if g.topic == "shipping")
    assert shipping.draft.text and shipping.draft.copyable                 # the approved answer, claim-checked
    assert tops and tops[-1].key == max(snap.groups, key=lambda g: g.count).key
    assert snap.feeds and list(snap.feeds.values())[-1].state.value == "ended"


def _one_question_inbox(show, analyzer, bus, text, lang):
    inbox = LiveInbox(bus, lambda: analyzer, "en", checker_factory=_checker(show))
    inbox.start()
    event = LiveEvent.create(EventKind.COMMENT, source="test", platform="test", text=text, lang=lang)
    bus.publish(LiveEventBatch((event,), 0))
    assert inbox.wait_idle(30)
    return inbox, event


def test_a_host_answer_with_a_blocking_claim_cannot_be_copied(show, analyzer):
    bus = EventBus()
    inbox, _ = _one_question_inbox(show, analyzer, bus, "does this lipstick help with my acne?", "en")
    try:
        key = inbox.snapshot().groups[0].key
        inbox.answer(key, "Yes, this lipstick cures acne and heals your skin.")
        assert inbox.wait_idle(30)
        draft = next(g for g in inbox.snapshot().groups if g.key == key).draft
        assert draft.text and not draft.copyable and "acne" in draft.blocked
        inbox.answer(key, "It is a lipstick; for skin problems please ask a doctor.")
        assert inbox.wait_idle(30)
        draft = next(g for g in inbox.snapshot().groups if g.key == key).draft
        assert draft.copyable and draft.blocked is None
    finally:
        inbox.stop()


def test_a_host_answer_without_a_translation_model_is_no_draft(show, analyzer):
    bus = EventBus()
    inbox, _ = _one_question_inbox(show, analyzer, bus, "ลิปสีแดงราคาเท่าไหร่คะ", "th")
    inbox.drafter.translator = lambda text, source, target: None        # no model for en→th here
    try:
        key = inbox.snapshot().groups[0].key
        inbox.answer(key, "It is 19.90 dollars.")
        assert inbox.wait_idle(30)
        draft = next(g for g in inbox.snapshot().groups if g.key == key).draft
        assert draft.text is None and not draft.copyable and "no translation model for en→th" in draft.note
    finally:
        inbox.stop()


def test_log_buy_hands_the_sales_side_sku_quantity_and_comment(show, analyzer):
    bus = EventBus()
    requests: list[BuyLogRequested] = []
    bus.subscribe(BuyLogRequested, requests.append)
    inbox, event = _one_question_inbox(show, analyzer, bus, "quiero 2 labial rojo", "es")
    try:
        request = inbox.log_buy(event.event_id)
        assert requests == [request]
        assert (request.sku, request.quantity, request.comment_id) == ("LIP-RUBY", 2, event.event_id)
        assert inbox.log_buy("no-such-comment") is None
    finally:
        inbox.stop()


def test_without_understanding_the_inbox_still_lists_comments_and_says_why():
    bus = EventBus()

    def broken():
        raise RuntimeError("the encoder model is not installed")

    inbox = LiveInbox(bus, broken, "en")
    inbox.start()
    try:
        bus.publish(LiveEventBatch((LiveEvent.create(EventKind.COMMENT, source="t", platform="t", text="hi"),), 0))
        assert inbox.wait_idle(10)
        snap = inbox.snapshot()
        assert snap.comments[0].text == "hi" and snap.comments[0].intent is None
        assert "not installed" in snap.understanding
        assert snap.understanding_said.key == "inbox.off"          # by key too: the window says it in Chinese
    finally:
        inbox.stop()


def test_comments_are_listed_while_understanding_loads_and_understood_once_it_is_ready(show, analyzer):
    """Loading the analyzer takes 10+ s on a busy laptop: the host sees the first comments meanwhile."""
    import threading

    release = threading.Event()

    def slow_factory():
        assert release.wait(30)
        return analyzer

    bus = EventBus()
    inbox = LiveInbox(bus, slow_factory, "en", checker_factory=_checker(show))
    inbox.start()
    try:
        events = [LiveEvent.create(EventKind.COMMENT, source="test", platform="test", text=text, lang="en")
                  for text in ("how much is shipping to Manila?", "love this colour!!")]
        bus.publish(LiveEventBatch(tuple(events), 0))
        _wait(lambda: len(inbox.snapshot().comments) == 2)
        early = inbox.snapshot()
        assert early.understanding_said is not None and early.understanding_said.key == "inbox.loading"
        assert {c.text for c in early.comments} == {e.text for e in events}
        assert all(c.intent is None for c in early.comments)
        assert not inbox.wait_idle(0.3)                      # not idle until they are understood
        release.set()
        assert inbox.wait_idle(60)
        snap = inbox.snapshot()
    finally:
        release.set()
        inbox.stop()
    assert snap.understanding is None
    assert snap.counts["comments"] == 2                      # listed once, not counted twice
    intents = {c.text: c.intent for c in snap.comments}
    assert intents["how much is shipping to Manila?"] == "question"
    assert intents["love this colour!!"] == "praise"
    assert snap.counts.get("question") == 1 and snap.counts.get("praise") == 1


def _wait(condition, timeout_s: float = 10.0) -> None:
    import time

    end = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.02)
