"""Word weights: a two-letter word ("in", "de", "a") is weak evidence of where the host is."""

from __future__ import annotations

from studio.core.events import CaptionEvent
from studio.prompter.early_signal import WINDOW_KIND
from studio.prompter.follower import FollowOptions, VoiceFollower
from studio.prompter.script import ScriptView
from studio.show import parse_show

from .test_follow_windows import _reader, _text


def test_two_letter_words_alone_do_not_move_the_highlight(example_show_path):
    r, show = _reader(example_show_path)
    r.say(_text(show, 1, 0))                   # "This is Ruby, a deep red with a soft matte finish."
    r.moves.clear()
    r.say("okay so we go on in")               # "on in" is in the next line ("It glides on in one stroke")
    assert r.moves == [] and r.line() == (1, 0)


# A reading where the recognizer missed two lines (the machine was busy) and then heard the next
# segment's opening, whose script words are one rare word and short ones ("first up is the"), as
# in a recorded run. "the" is common here; "up" and "is" are not.
_SKIPPED_LINES_SHOW = """# Lamp Night
markets: US
language: en

## Segment: Welcome (2m)
Hello and welcome to Lamp Night, the show where we light up the room.
Tonight we look at the three lamps for the desk, the bed and the reading chair in your own living room at home.
Everything you see today ships free on orders over fifty dollars.

## Segment: Moonbeam desk lamp (4m)
First up is the Moonbeam, a desk lamp with two brightness modes.
The arm bends in three places so the light goes where you work.
"""


def _windows_of(show_text: str, options: FollowOptions, windows: list[str]) -> VoiceFollower:
    follower = VoiceFollower(ScriptView(parse_show(show_text)), options)
    for k, text in enumerate(windows):
        end_s = 0.5 * (k + 1) + 2.5
        follower.update(CaptionEvent(WINDOW_KIND, end_s - 2.5, end_s, end_s + 0.1, text, "en"))
    return follower


def test_short_words_with_a_rare_one_carry_the_highlight_over_missed_lines():
    heard = ["Hello and welcome to Lamp Night", "the show where we light up the room",
             "Tonight we look at the three lamps", "$1. First up is the Christmas."]
    follower = _windows_of(_SKIPPED_LINES_SHOW, FollowOptions(), heard)
    assert (follower.position.segment, follower.position.line) == (1, 0)
    # Scored like "the" (the weight before), the same words leave the highlight two lines behind
    # (where a segment's opening is asked as much as any other place).
    behind = _windows_of(_SKIPPED_LINES_SHOW, FollowOptions(short_match_score=1.0, opening_min_score=6.0,
                                                                line_opening_min_score=6.0), heard)
    assert (behind.position.segment, behind.position.line) == (0, 1)
