"""Voice follow on words Whisper misspells: a half-heard brand name ("Enbrip" for "ZenGrip", a ratio of
0.77) is still evidence of where the host went, in a script without a sound key (English)."""

from __future__ import annotations

from studio.prompter.follower import FollowOptions, VoiceFollower

from .test_follow_short_words import _windows_of

SHOW = """# Gym Night
markets: US
language: en

## Segment: Resistance bands (3m)
First up, the FlexFit resistance bands, a set of five colours from light to extra heavy.
Loop it under your feet and pull up for a simple seated row.

## Segment: Yoga mat (3m)
The ZenGrip yoga mat is six millimetres thick and never slides on a wooden floor.
It rolls up small enough to fit behind a door.

## Segment: Jump rope (3m)
Next is the PulseRope smart jump rope, which counts every skip for you.
It charges with a USB-C cable in about two hours.
"""

# The host skips the yoga mat, reads the jump rope, then goes back to the mat (a recorded base run's windows).
HEARD = ["First up, the FlexFit resistance bands", "a set of five colours from light to extra heavy",
         "Next is the PulseRope smart jump rope", "which counts every skip for you",
         "It charges with a USB-C cable", "in about two hours.", "two hours. The man grip."]


def _follow(windows: list[str], options: FollowOptions | None = None) -> VoiceFollower:
    return _windows_of(SHOW, options or FollowOptions(), windows)


def test_a_misspelled_brand_brings_the_host_back_to_the_skipped_segment():
    follower = _follow(HEARD)
    assert (follower.position.segment, follower.position.line) == (2, 1)
    follower = _follow(HEARD + ["An Enbrip yoga matin six millen"])
    assert (follower.position.segment, follower.position.line) == (1, 0)
    # Near misses from a ratio of 0.8 only (before round 8): "yoga" alone and the highlight stays.
    held = _follow(HEARD + ["An Enbrip yoga matin six millen"], FollowOptions(fuzzy_min_ratio=0.8))
    assert (held.position.segment, held.position.line) == (2, 1)


def test_words_that_share_few_letters_with_the_script_still_do_not_leap():
    follower = _follow(HEARD + ["anyway my grandma loved her old green mattress"])
    assert (follower.position.segment, follower.position.line) == (2, 1)
