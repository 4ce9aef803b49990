"""Word weights: a two-letter word ("in", "de", "a") is weak evidence of where the host is."""

from __future__ import annotations

from .test_follow_windows import _reader, _text


def test_two_letter_words_alone_do_not_move_the_highlight(example_show_path):
    r, show = _reader(example_show_path)
    r.say(_text(show, 1, 0))                   # "This is Ruby, a deep red with a soft matte finish."
    r.moves.clear()
    r.say("okay so we go on in")               # "on in" is in the next line ("It glides on in one stroke")
    assert r.moves == [] and r.line() == (1, 0)
