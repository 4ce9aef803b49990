"""Voice follow when the last script word of a caption is a misheard one that the script has
elsewhere (a recorded run heard "... and I will check most" for "... check the stock", and the
script says "one size fits most faces" two segments on)."""

from __future__ import annotations

from studio.core.events import CaptionEvent
from studio.prompter.early_signal import WINDOW_KIND
from studio.prompter.follower import FollowOptions, VoiceFollower
from studio.prompter.script import ScriptView
from studio.show import parse_show

SHOW = """# Lamp Night
markets: US
language: en

## Segment: Welcome (2m)
Hello and welcome to Lamp Night, the show where we light up the room.
Tell us your room size in the chat and I will check the stock for you.

## Segment: Moonbeam desk lamp (4m)
Here is the Moonbeam, a desk lamp with two brightness modes.
One shade fits most desks, and it weighs only a kilo.
"""


def _follow(windows: list[str], options: FollowOptions | None = None) -> VoiceFollower:
    follower = VoiceFollower(ScriptView(parse_show(SHOW)), options)
    for k, text in enumerate(windows):
        end_s = 0.5 * (k + 1) + 2.5
        follower.update(CaptionEvent(WINDOW_KIND, end_s - 2.5, end_s, end_s + 0.1, text, "en"))
    return follower


HEARD = ["Hello and welcome to Lamp Night", "the show where we light up the room",
         "Tell us your room size in the chat", "in the chat and I will check most."]


def test_the_words_before_a_misheard_last_word_move_the_highlight_on():
    follower = _follow(HEARD)
    where = follower.position
    assert (where.segment, where.line) == (0, 1)
    assert follower.script.token_norms[follower.token] == "check"
    # Deciding on the last script word alone ("most", two segments on), the highlight stayed back.
    held = _follow(HEARD, FollowOptions(decide_back_words=0))
    assert held.script.token_norms[held.token] == "chat"


def test_earlier_words_never_take_the_highlight_back():
    follower = _follow(HEARD + ["check the stock for you"])
    at = follower.token
    follower.update(CaptionEvent(WINDOW_KIND, 3.5, 6.0, 6.1, "the room size in the most", "en"))
    assert follower.token == at


TIMER_SHOW = """# Lamp Night
markets: US
language: en

## Segment: Moonbeam desk lamp (4m)
Here is the Moonbeam, a lamp for the desk, the bed and the kitchen.
It charges from the cable in the box in under forty minutes.
For the next hour it costs twenty dollars, a gift for the holidays.
Tap the banner to see the price.
"""


def test_words_before_one_of_the_current_line_do_not_move_the_highlight_on():
    # "for the minutes" is the recognizer's "forty minutes", the end of the line being read: the
    # "For the" that the next line starts with is not where the host is.
    follower = VoiceFollower(ScriptView(parse_show(TIMER_SHOW)))
    windows = ["Here is the Moonbeam a lamp for the desk", "the bed and the kitchen",
               "It charges from the cable in the box", "in the box in under forty minutes",
               "under forty minutes.", "for the minutes."]
    for k, text in enumerate(windows):
        end_s = 0.5 * (k + 1) + 2.5
        follower.update(CaptionEvent(WINDOW_KIND, end_s - 2.5, end_s, end_s + 0.1, text, "en"))
    where = follower.position
    assert (where.segment, where.line) == (0, 1)
    assert follower.script.token_norms[follower.token] == "minutes"
