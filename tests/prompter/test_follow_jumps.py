"""Voice follow after a jump: how much the host must say before the highlight follows them.

Windows here are what the early signal hands the follower (the words of the last ~2.5 s of audio);
the show is made up for these tests, shaped like a live-shopping run of show.
"""

from __future__ import annotations

from studio.core.events import CaptionEvent
from studio.prompter.early_signal import WINDOW_KIND
from studio.prompter.follower import VoiceFollower
from studio.prompter.script import ScriptView
from studio.show import parse_show

SHOW = """# Harbour Kitchen Live
markets: US
language: en

## Segment: Welcome (2m)
Hello everyone and welcome back to the harbour kitchen live.
Tonight we cook with four new pans and a knife.

## Segment: Copper pan (3m)
Our Saltmarsh copper pan heats evenly from edge to centre.
The handle stays cool even after an hour on the flame.
It works on gas, on electric rings and in the oven up to two hundred degrees.
Polish the outside with lemon and salt when it loses its shine.
A lid with a steam vent comes in the box at no extra cost.

## Segment: Chef knife (3m)
The Kestrel chef knife is forged from one piece of steel.
Hone it once a week and it keeps its edge for years.
Every Kestrel blade is sharpened by hand.
"""


def _follower() -> tuple[VoiceFollower, object]:
    show = parse_show(SHOW)
    return VoiceFollower(ScriptView(show)), show


def _window(follower: VoiceFollower, text: str, end_s: float):
    words = text.split()
    return follower.update(CaptionEvent(WINDOW_KIND, end_s - len(words) / 2.7, end_s, end_s + 0.1, text, "en"))


def _after_welcome() -> VoiceFollower:
    """A follower that heard the host read the welcome line."""
    f, _show = _follower()
    _window(f, "hello everyone and welcome back to the", 2.0)
    _window(f, "welcome back to the harbour kitchen live", 3.5)
    assert _line(f) == (0, 0)
    return f


def _line(follower: VoiceFollower) -> tuple[int, int]:
    return follower.position.segment, follower.position.line


def test_the_knife_segment_is_beyond_the_local_window():
    f, show = _follower()
    assert f.script.segment_first_token[2] > f.options.local_ahead_tokens + 10


def test_two_rare_words_at_a_segments_start_take_the_host_there():
    f = _after_welcome()
    # The host skips the copper pan: "The Kestrel chef" (two words and a common one, less than a
    # leap anywhere else takes) is the start of the knife segment, where hosts jump to.
    update = _window(f, "kitchen live. The Kestrel chef", 5.0)
    assert update.jumped and _line(f) == (2, 0)


def test_the_same_evidence_inside_a_segment_does_not_leap():
    f = _after_welcome()
    # "Kestrel blade is" weighs a little more, but the last line of a segment is no place hosts
    # jump to.
    _window(f, "kitchen live. Kestrel blade is", 5.0)
    assert _line(f) == (0, 0)


def test_a_window_that_still_holds_the_line_left_follows_the_jump():
    f = _after_welcome()
    # The window covers the end of the line the host left and the first words of the line they
    # jumped to: the old words still count for where the host was, but not by a full leap's margin.
    update = _window(f, "the harbour kitchen live. Hone it once", 5.0)
    assert update.jumped and _line(f) == (2, 1)


def test_a_name_the_recognizer_split_in_two_still_counts():
    f = _after_welcome()
    # "kess trel" for "Kestrel": two words that are not the script's, together close to one of its words.
    update = _window(f, "kitchen live. The kess trel chef", 5.0)
    assert update.jumped and _line(f) == (2, 0)


SHOW_ES = """# Muévete en Casa
markets: ES
language: es

## Segment: Bienvenida (1m)
Buenas noches a todos y bienvenidos a Muévete en Casa.

## Segment: Esterilla (2m)
La esterilla de yoga ZenGrip tiene seis milímetros de grosor y nunca resbala en suelos de madera.
Se enrolla tan pequeña que cabe detrás de una puerta.

## Segment: Comba (2m)
Ahora viene la comba inteligente PulseRope, que cuenta cada salto.
Se carga con un cable USB-C en unas dos horas.
"""


def _window_in(follower: VoiceFollower, text: str, end_s: float, language: str):
    words = text.split()
    return follower.update(CaptionEvent(WINDOW_KIND, end_s - len(words) / 2.7, end_s, end_s + 0.1, text, language))


def test_back_to_a_skipped_segment_in_a_window_that_ends_on_a_stray_word():
    # The host read the knife segment, then goes back to the copper pan; the window's last word
    # ("hundred", after "two" was lost) is the script's only after a skip, so it holds nothing: the
    # strong run of words before it is where the host is.
    f = _after_welcome()
    _window(f, "kitchen live. The Kestrel chef knife is", 5.0)
    _window(f, "Hone it once a week and it keeps", 8.0)
    _window(f, "Every Kestrel blade is sharpened by hand", 11.0)
    assert _line(f) == (2, 2)
    update = _window(f, "rings and in the oven up to hundred", 14.0)
    assert update.jumped and _line(f) == (1, 2)


def test_back_to_a_skipped_segment_in_spanish_when_the_window_cuts_the_last_word():
    f = VoiceFollower(ScriptView(parse_show(SHOW_ES)))
    _window_in(f, "buenas noches a todos y bienvenidos a", 2.0, "es")
    _window_in(f, "ahora viene la comba inteligente PulseRope", 5.0, "es")
    _window_in(f, "se carga con un cable USB-C en unas dos horas", 9.0, "es")
    assert _line(f) == (2, 1)
    # "suel" (cut off: "suelos") follows "resbalan" after the lost "en"
    update = _window_in(f, "y los milímetros de grosor y nunca resvalan suel", 13.0, "es")
    assert update.jumped and _line(f) == (1, 0)


def test_a_stray_last_word_alone_does_not_take_the_host_back():
    f = _after_welcome()
    _window(f, "kitchen live. The Kestrel chef knife is", 5.0)
    _window(f, "Hone it once a week and it keeps", 8.0)
    # an ad-lib with two of the copper pan's words in it is no jump back
    _window(f, "so good honestly, even the oven", 10.0)
    assert _line(f)[0] == 2



def _read_copper_pan(f: VoiceFollower) -> None:
    _window(f, "our saltmarsh copper pan heats evenly from edge to centre", 6.0)
    _window(f, "the handle stays cool even after an hour on the flame", 9.0)
    _window(f, "it works on gas on electric rings and in the oven", 12.0)
    _window(f, "in the oven up to two hundred degrees", 14.0)
    assert _line(f) == (1, 2)


def test_an_aside_one_line_back_is_followed_on_its_first_words():
    f = _after_welcome()
    _read_copper_pan(f)
    # The host goes back to the line before (an aside): its first two words are enough, far less
    # than a leap anywhere else needs.
    update = _window(f, "two hundred degrees the handle", 15.5)
    assert _line(f) == (1, 1) and update.jumped      # a jump back: the host returns to where they left


def test_the_first_words_of_a_line_two_back_still_need_a_leap():
    f = _after_welcome()
    _read_copper_pan(f)
    _window(f, "polish the outside with lemon and salt when it loses its shine", 18.0)
    assert _line(f) == (1, 3)
    _window(f, "loses its shine the handle", 19.5)
    assert _line(f) == (1, 3)


def test_a_skipped_line_is_caught_on_two_words_of_the_next_ones_opening():
    f = _after_welcome()
    _window(f, "our saltmarsh copper pan heats evenly from edge to centre", 6.0)
    assert _line(f) == (1, 0)
    _window(f, "from edge to centre it works", 7.5)           # skips the handle line
    assert _line(f) == (1, 2)


def test_an_aside_one_line_back_after_a_step_onto_the_next_lines_first_words():
    f = _after_welcome()
    _read_copper_pan(f)
    _window(f, "up to two hundred degrees polish the", 15.0)   # a word that sounded like the next line's start
    assert _line(f) == (1, 3)
    _window(f, "degrees polish the the handle", 16.0)          # ... but the host went back to the line before
    assert _line(f) == (1, 1)


def _step_onto_the_polish_line() -> VoiceFollower:
    f = _after_welcome()
    _read_copper_pan(f)
    _window(f, "up to two hundred degrees polish the outside", 15.5)
    assert _line(f) == (1, 3)
    return f


def test_an_aside_one_line_back_on_earlier_words_of_a_window_said_after_the_step():
    # The host goes back to the line before; the window's last word is misheard as a word the script
    # has elsewhere ("kitchen"). Its earlier words were said after the step onto the polish line, so
    # they are the host going back, not the line just read.
    f = _step_onto_the_polish_line()
    update = _window(f, "it works on gas on electric rings kitchen", 18.5)
    assert _line(f) == (1, 2) and update.jumped


def test_earlier_words_of_a_window_said_before_the_step_do_not_take_the_host_back():
    f = _step_onto_the_polish_line()
    # the same words, heard in a window that began well before the step (the line just read)
    _window(f, "it works on gas on electric rings kitchen", 15.6)
    assert _line(f) == (1, 3)


def _in_the_knife_segment(read_copper_pan: bool) -> tuple[VoiceFollower, float]:
    """A follower that heard the host on the knife's second line, after reading the copper pan or skipping
    it, and the audio time then."""
    f = _after_welcome()
    if read_copper_pan:
        _read_copper_pan(f)
    t = 14.0 if read_copper_pan else 4.0
    _window(f, "the kestrel chef knife is forged from one", t + 2.0)
    _window(f, "forged from one piece of steel", t + 3.5)
    _window(f, "hone it once a week and it keeps", t + 5.5)
    assert _line(f) == (2, 1)
    return f, t + 5.5


def test_a_half_heard_opening_of_the_skipped_segment_takes_the_host_back_to_it():
    # Going back to the segment they skipped, the first window often holds the brand name and a misheard
    # word ("coppa"): as much evidence as a nearby line's opening takes, less than any segment's opening.
    f, t = _in_the_knife_segment(read_copper_pan=False)
    update = _window(f, "saltmarsh coppa", t + 2.5)
    assert _line(f) == (1, 0) and update.jumped


def test_the_same_words_hold_when_that_segment_was_read_already():
    f, t = _in_the_knife_segment(read_copper_pan=True)
    _window(f, "saltmarsh coppa", t + 2.5)
    assert _line(f) == (2, 1)


def test_an_aside_back_whose_first_words_end_the_window_and_the_last_is_misheard():
    # "the handle" opens the line before at the window's end; "keeps" (heard for "stays") is a word of the
    # knife segment that places the host nowhere: the aside's opening still takes them back.
    f = _after_welcome()
    _read_copper_pan(f)
    update = _window(f, "hundred degrees the handle keeps", 15.5)
    assert _line(f) == (1, 1) and update.jumped


def test_a_line_opening_with_more_words_after_it_in_the_window_does_not_take_the_host_back():
    # The same opening followed by two more words of no line here is talk, not the aside's first words.
    f = _after_welcome()
    _read_copper_pan(f)
    _window(f, "hundred degrees the handle keeps a week", 15.5)
    assert _line(f) == (1, 2)
