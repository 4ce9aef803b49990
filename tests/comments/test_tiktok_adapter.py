"""TikTok LIVE adapter against a local fake (real TikTokLive event classes and parser): events
mapped to LiveEvents, a disconnect and a failed connection retried with growing back-off, states
reported, the live's end stops it."""

from __future__ import annotations

import pytest

pytest.importorskip("TikTokLive")

from TikTokLive.client.errors import UserOfflineError  # noqa: E402

from studio.comments.events import EventKind  # noqa: E402
from studio.comments.sources.base import FeedState  # noqa: E402
from studio.comments.sources.tiktok import TikTokOptions, TikTokSource, backoff_delays  # noqa: E402

from .tiktok_fake import ScriptedTikTok, chat, gift, join, like, live_ended, viewers  # noqa: E402

FAST = dict(backoff_initial_s=0.01, backoff_factor=2.0, backoff_max_s=0.05)


def _run(plans, **options):
    got, states = [], []
    source = TikTokSource(TikTokOptions("@autumn.shop", **{**FAST, **options}), got.append, states.append,
                          client_factory=lambda unique_id: ScriptedTikTok(unique_id, plans))
    source.start()
    assert source.join(20), "the adapter did not finish"
    return source, got, states


def test_events_are_mapped_and_a_disconnect_reconnects_with_backoff_until_the_live_ends():
    plans = [
        [[chat(1, "Ana", "¿cuánto cuesta el labial rojo?", "es"), join(2, "Bo")],
         [like(3, 15), viewers(4, 348), gift(5, "Noura", "Rose", 1, 5)]],
        UserOfflineError(),
        UserOfflineError(),
        [[chat(6, "小美", "我要两支红色的")], [live_ended(7)]],
    ]
    source, got, states = _run(plans)
    kinds = [(e.kind, e.text, e.user, e.count) for e in got]
    assert (EventKind.COMMENT, "¿cuánto cuesta el labial rojo?", "Ana", None) in kinds
    assert (EventKind.JOIN, "", "Bo", 1) in kinds and (EventKind.LIKE, "", "fan", 15) in kinds
    assert (EventKind.VIEWER_COUNT, "", None, 348) in kinds
    assert (EventKind.COMMENT, "我要两支红色的", "小美", None) in kinds
    present = next(e for e in got if e.kind is EventKind.GIFT)
    assert (present.text, present.count, present.amount, present.currency) == ("Rose", 5, 5.0, "DIAMOND")
    comment = got[0]
    assert (comment.platform, comment.source, comment.event_id, comment.lang) == ("tiktok", "tiktok:@autumn.shop",
                                                                                  "1", "es")
    assert source.connections == 2
    assert source.delays_s == [0.01, 0.02, 0.04]        # doubled while failing (reset by a connection)
    sequence = [s.state for s in states]
    assert sequence.count(FeedState.LIVE) == 2 and sequence.count(FeedState.RECONNECTING) == 3
    said = [s.detail for s in states if s.state is FeedState.RECONNECTING]
    assert "disconnected" in said[0] and "not live" in said[1] and "reconnecting in" in said[1]
    assert states[-1].state is FeedState.ENDED and "ended" in states[-1].detail


def test_gives_up_after_max_attempts_with_a_sentence():
    source, got, states = _run([RuntimeError("sign server said 429")] * 3, max_attempts=3)
    assert got == [] and states[-1].state is FeedState.FAILED
    assert "gave up after 3" in states[-1].detail and "429" in states[-1].detail


def test_stop_during_backoff_ends_at_once():
    got, states = [], []
    source = TikTokSource(TikTokOptions("shop", backoff_initial_s=30), got.append, states.append,
                          client_factory=lambda u: ScriptedTikTok(u, [UserOfflineError()] * 5))
    source.start()
    for _ in range(200):
        if any(s.state is FeedState.RECONNECTING for s in states):
            break
        import time
        time.sleep(0.01)
    source.stop(timeout_s=3)
    assert source.join(0) and states[-1].state is FeedState.ENDED


def test_backoff_grows_and_is_capped():
    delays = backoff_delays(TikTokOptions("x", backoff_initial_s=2, backoff_max_s=60))
    assert [next(delays) for _ in range(7)] == [2, 4, 8, 16, 32, 60, 60]


def test_stop_while_connecting_does_not_wait_for_the_network():
    import time

    from .tiktok_fake import HangingTikTok

    states = []
    source = TikTokSource(TikTokOptions("shop"), lambda e: None, states.append,
                          client_factory=lambda u: HangingTikTok(u, []))
    source.start()
    time.sleep(0.3)
    started = time.monotonic()
    source.stop(timeout_s=5)
    assert source.join(0) and time.monotonic() - started < 2
    assert states[-1].state is FeedState.ENDED and source.connections == 0
