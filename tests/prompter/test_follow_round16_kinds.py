"""The line clock where base mishears the end of a window (the recorded es/pt runs): it counts the words said since
the last placed word from when that word was said, not from the end of the window's audio."""

from __future__ import annotations

from studio.core.events import CaptionEvent
from studio.prompter.early_signal import WINDOW_KIND
from tests.prompter.test_follow_round15_kinds import _on_the_offer_line
from tests.prompter.test_line_onset import _line, _speak


def _window(text: str, start_s: float, end_s: float) -> CaptionEvent:
    return CaptionEvent(WINDOW_KIND, start_s, end_s, end_s + 0.1, text, "en")


def test_words_misheard_after_the_placed_word_were_said_after_it(example_show_path):
    c = _on_the_offer_line(example_show_path)
    _speak(c, 1.6, 4.0)
    # "... new products and a special offer for everyone watching": the rest of the line misheard after "products"
    c.on_caption(_window("four new products blim zat kuro gor plen", 1.5, 4.0), 4.0)
    assert c.follower.token == 13 and c.follower.said_s < 2.5    # the third of eight words in 2.5 s of audio
    assert _line(c, 4.0) == (0, 2)
    _speak(c, 4.5, 4.5)                      # the host begins the next line after a pause
    assert _line(c, 4.5) == (0, 3)


def test_a_window_that_ends_on_the_placed_word_still_holds_the_line_at_a_pause_inside_it(example_show_path):
    c = _on_the_offer_line(example_show_path)
    _speak(c, 1.6, 3.0)
    c.on_caption(_window("we have four new", 0.5, 3.0), 3.0)
    assert c.follower.token == 12
    _speak(c, 3.5, 3.5)                      # a breath before "products and a special offer ..."
    assert _line(c, 3.5) == (0, 2)
