"""An offer's countdown belongs to the offer: fixed when it first goes on air, never restarted by
entering its segment again, and never shown for an offer without an offer time."""

import re

from studio.live.session import Session, SessionConfig
from studio.overlays.price_card import _countdown_text
from studio.prompter.timing import ShowTimer
from studio.show import load_show
from studio.show.offer_clock import OfferClock

RUBY, NUDE, HOOPS = 1, 2, 4        # Ruby: 10-minute offer; Nude gloss: no offer; hoops: offer, no time


def _seconds(text: str) -> int:
    m, s = re.search(r"(\d\d):(\d\d)", text).groups()
    return int(m) * 60 + int(s)


def test_the_price_card_countdown_never_restarts_when_the_segment_is_entered_again(example_show_path):
    session = Session(SessionConfig(), show=load_show(example_show_path))
    shown = []
    for t_s, segment in ((0, 0), (5, RUBY), (9, RUBY), (13, NUDE), (17, RUBY), (21, NUDE), (25, RUBY), (29, RUBY)):
        session.go_to_segment(segment)
        ctx = session._filter_context(int(t_s * 1e9))        # the frame the pipeline draws at t_s
        if segment == RUBY:
            shown.append(_seconds(_countdown_text(ctx.offer_ends_ns, ctx.now_ns)))
    assert shown == [600, 596, 588, 580, 576]                  # down with the clock, never back up
    assert all(a > b for a, b in zip(shown, shown[1:]))


def test_an_offer_without_an_offer_time_shows_no_countdown(example_show_path):
    session = Session(SessionConfig(), show=load_show(example_show_path))
    for segment in (NUDE, HOOPS):
        session.go_to_segment(segment)
        ctx = session._filter_context(int(3e9))
        assert ctx.offer_ends_ns is None and _countdown_text(ctx.offer_ends_ns, ctx.now_ns) is None
    assert session.show.segments[HOOPS].offer                  # the hoops offer has a text, not a time


def test_the_prompter_keeps_the_offer_end_across_visits_and_the_producer_can_restart_it(example_show_path):
    show = load_show(example_show_path)
    timer = ShowTimer(show, [10] * len(show.segments))
    timer.start(0.0)
    timer.enter_segment(RUBY, 100.0)
    timer.enter_segment(NUDE, 200.0)
    timer.enter_segment(RUBY, 300.0)                            # back on Ruby: 600 - 200 s left, not 600
    assert abs(timer.progress(300.0, 0, 2.5).offer.remaining_s - 400.0) < 1e-6
    timer.enter_segment(HOOPS, 400.0)                           # a text offer: Ruby's still runs
    offer = timer.progress(400.0, 0, 2.5).offer
    assert offer.segment == RUBY and abs(offer.remaining_s - 300.0) < 1e-6
    assert timer.progress(800.0, 0, 2.5).offer is None          # ended, and the hoops' has no time
    timer.restart_offer(RUBY, 800.0)                            # a second round, by the producer's hand
    timer.enter_segment(RUBY, 800.0)
    assert abs(timer.progress(830.0, 0, 2.5).offer.remaining_s - 570.0) < 1e-6


def test_the_offer_clock_is_one_moment_for_everyone(example_show_path):
    offers = OfferClock(load_show(example_show_path))
    assert offers.on_air(0, 0) is None and offers.countdown(0, 0) is None     # Welcome has no offer
    ends = offers.on_air(RUBY, int(10e9))
    assert ends == int(610e9) and offers.on_air(RUBY, int(50e9)) == ends      # a later visit keeps it
    assert offers.countdown(NUDE, int(70e9)).segment == RUBY                  # still running elsewhere
    assert offers.countdown(NUDE, int(611e9)) is None
    assert offers.countdown(RUBY, int(611e9)).ended


def test_the_countdown_speaks_the_shows_language_not_the_studios():
    """Viewers read the card: a US show's card is English only, a Chinese or Thai show's in its own language."""
    from studio.overlays.offer_words import OFFER_WORDS

    now, later = 0, int(125e9)
    assert _countdown_text(later, now, "en") == "Ends in 02:05"
    assert _countdown_text(now, later, "en") == "Offer ended"
    assert _countdown_text(later, now, "zh") == "距结束 02:05"
    assert _countdown_text(later, now, "pt-BR") == "Termina em 02:05"
    assert _countdown_text(later, now, "th") == "หมดเขตใน 02:05"
    assert _countdown_text(later, now, "xx") == "Ends in 02:05"          # a language without words: English
    for lang, (ends_in, ended) in OFFER_WORDS.items():
        assert ends_in and ended
        if lang not in ("zh", "ja", "ko"):
            assert not any("\u4e00" <= ch <= "\u9fff" for ch in ends_in + ended), lang
