"""Voice follow on windows (the early signal's last ~2.5 s of audio) in two situations the recorded
car-care runs showed: the host going back two lines, and a window that ends on a common word the next
line also has after the host skipped a segment."""

from __future__ import annotations

from studio.core.events import CaptionEvent
from studio.prompter.early_signal import WINDOW_KIND
from studio.prompter.follower import VoiceFollower
from studio.prompter.script import ScriptView
from studio.show import parse_show
from tests.prompter.test_follow_jumps import _after_welcome, _line, _read_copper_pan, _window

SHOW = """# Garage Live
markets: US
language: en

## Segment: Phone mount (3m)
Next, the GripCharge phone mount, a holder and a wireless charger in one.
It clips onto the air vent, and the arms close around the phone.
Tap the side button and the arms let go, no fumbling at a red light.

## Segment: Car vacuum (3m)
Now the VacuMax Mini cordless car vacuum, small enough for the glove box.
It pulls the sand and the crumbs right out of the carpet.
One charge gives you about twenty-five minutes, and it charges with the same cable as your phone.
The skinny crevice tool slides down between the seats, where every lost French fry ends up.

## Segment: Ceramic coating (3m)
Let's talk paint, with the ShineGuard ceramic coating spray for 24 dollars.
Spray it on a clean panel and buff it off with a dry towel.
Water beads up and rolls right off, and bird droppings wipe away without scratching.
One bottle does the whole car about three times, and every coat lasts around six months.

## Segment: Seat covers (3m)
Last product tonight, the ComfortFit seat covers, a full set for the front and back seats.
They're waterproof neoprene, so spilled coffee is no problem at all.
"""


def _at_the_red_light() -> VoiceFollower:
    f = VoiceFollower(ScriptView(parse_show(SHOW)))
    for end_s, text in ((2.0, "next the GripCharge phone mount a holder"), (4.0, "a wireless charger in one"),
                        (6.5, "it clips onto the air vent and the arms"), (8.0, "close around the phone"),
                        (10.5, "tap the side button and the arms let go"), (12.5, "no fumbling at a red light")):
        f.update(CaptionEvent(WINDOW_KIND, end_s - 2.5, end_s, end_s + 0.1, text, "en"))
    assert _line(f) == (0, 2)
    return f


def _heard(f: VoiceFollower, text: str, end_s: float):
    return f.update(CaptionEvent(WINDOW_KIND, end_s - 2.5, end_s, end_s + 0.1, text, "en"))


def test_two_words_of_a_line_two_back_take_the_host_there():
    f = _after_welcome()
    _read_copper_pan(f)
    _window(f, "polish the outside with lemon and salt when it loses its shine", 18.0)
    assert _line(f) == (1, 3)
    # Back to the handle line, two lines back, its first word misheard ("Bandol" for "The handle"): two of its
    # words, less than a leap anywhere else takes (the host goes back to read a line again).
    update = _window(f, "shine. Bandol stays cool", 19.5)
    assert update.jumped and _line(f) == (1, 1)


def test_the_same_two_words_three_lines_back_are_no_jump():
    f = _after_welcome()
    _read_copper_pan(f)
    _window(f, "polish the outside with lemon and salt when it loses its shine", 18.0)
    _window(f, "a lid with a steam vent comes in the box at no extra cost", 22.0)
    assert _line(f) == (1, 4)
    _window(f, "extra cost. Bandol stays cool", 23.5)
    assert _line(f) == (1, 4)


def test_a_common_word_at_the_end_of_a_window_does_not_hold_the_host_before_a_skipped_segment():
    f = _at_the_red_light()
    # The host skips the car vacuum; the window ends on "in the", which the line after theirs has too
    # ("Now the VacuMax"): the words before them still take the host to the ceramic coating.
    update = _heard(f, "talk paint with the ShineGuard in the", 15.0)
    assert update.jumped and _line(f) == (2, 0)


def test_a_rare_word_at_the_end_of_a_window_that_the_next_line_has_still_holds_the_host():
    f = _at_the_red_light()
    # "VacuMax" is where the host goes on (the next line), not a reason to leap on the words before it.
    _heard(f, "red light. Let's talk paint with VacuMax", 15.0)
    assert _line(f)[0] != 2


