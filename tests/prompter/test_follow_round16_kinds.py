"""The line clock where base mishears the end of a window (the recorded es/pt runs): it counts the words said since
the last placed word from when that word was said, not from the end of the window's audio; and it counts speech only,
not the pauses inside a line (fashion es read ahead of the host at its commas)."""

from __future__ import annotations

from studio.core.events import CaptionEvent
from studio.prompter.controller import PrompterController, PrompterOptions
from studio.prompter.early_signal import WINDOW_KIND
from studio.show import load_show
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


def _offer_line_begun_at_an_onset(example_show_path):
    c = PrompterController(load_show(example_show_path), PrompterOptions(countdown_s=0))
    c.start(0.0)
    _speak(c, 0.0, 3.0)
    c.on_caption(_window("Hi everyone, welcome to the Autumn Lip Launch", 0.5, 3.0), 3.0)
    _speak(c, 3.6, 5.6)                      # the offer line (13 words) begins at the onset, nothing of it heard yet
    assert _line(c, 5.6) == (0, 2)
    return c


def test_a_long_breath_inside_a_line_is_no_time_spent_reading_it(example_show_path):
    c = _offer_line_begun_at_an_onset(example_show_path)
    _speak(c, 7.6, 8.1)                      # two seconds' breath inside the line, then a few words more
    _speak(c, 8.5, 8.5)                      # another breath: 2.5 s of speech since the onset, about 9 words
    assert _line(c, 8.5) == (0, 2)


def test_as_long_spent_speaking_reaches_the_next_line(example_show_path):
    c = _offer_line_begun_at_an_onset(example_show_path)
    _speak(c, 5.7, 8.1)                      # speaking on: 4.5 s since the onset, the whole line
    _speak(c, 8.5, 8.5)
    assert _line(c, 8.5) == (0, 3)
