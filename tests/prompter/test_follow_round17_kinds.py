"""A window that ends in common words after the line the host went back to (tiny.en, the coffee reading in real
time): "to scoop and match into the role and as the" for "Sift a scoop of matcha into the bowl ...", two lines back
from "... the one from the café". Past two common words of where the host is, only such a leap back moves the
highlight."""

from __future__ import annotations

from studio.core.events import CaptionEvent
from studio.prompter.early_signal import WINDOW_KIND
from studio.prompter.follower import VoiceFollower
from studio.prompter.script import ScriptView
from studio.show import parse_show

SHOW = """# Morning Cup Live
markets: US
language: en

## Segment: Burr grinder (4m)
Next, the GrindHaus 40 burr grinder, for anyone who already has a machine and wants better coffee out of it.
It has forty grind settings, from powder fine for espresso all the way to coarse for a French press.
The conical steel burrs turn slowly, so the beans don't heat up and you keep all the flavor.

## Segment: Matcha whisk set (4m)
For the tea people, the Uji Chasen matcha set, with a bamboo whisk, a ceramic bowl and a scoop, at forty-four dollars.
The whisk has eighty thin bamboo prongs, and that's what makes your matcha smooth and foamy instead of lumpy.
Sift a scoop of matcha into the bowl, add a splash of hot water, and whisk in a fast zigzag, not in circles.
The little ceramic holder keeps the whisk in shape while it dries, so it lasts for years.
Pour it over ice with some milk and you've got a matcha latte that beats the one from the café.
It all comes in a wooden gift box, so it makes a lovely present for anyone who loves tea.
"""


def _window(text: str, start_s: float, end_s: float) -> CaptionEvent:
    return CaptionEvent(WINDOW_KIND, start_s, end_s, end_s + 0.5, text, "en")


def _at_the_end_of_the_latte_line() -> VoiceFollower:
    script = ScriptView(parse_show(SHOW))
    follower = VoiceFollower(script)
    follower.update(_window("and you've got a matcha latte that beats the one from the café", 0.0, 3.0))
    assert follower.position.segment == 1 and follower.position.line == 4
    return follower


def test_a_window_ending_in_common_words_after_the_line_two_back_goes_back_there():
    follower = _at_the_end_of_the_latte_line()
    follower.update(_window("to scoop and match into the role and as the", 3.5, 6.0))
    assert (follower.position.segment, follower.position.line) == (1, 2)

