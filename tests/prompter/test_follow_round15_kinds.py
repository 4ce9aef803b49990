"""The line clock where base hears a language badly (the recorded es/pt runs): the last word voice follow placed
still counts after misheard windows, and a line that took far longer than its words teaches no pace; and where the
host left the show when they go back again inside a skipped segment they went back to (reading 12)."""

from __future__ import annotations

from studio.prompter.controller import PrompterController, PrompterOptions
from studio.prompter.line_onset import LineOnsets
from studio.prompter.script import ScriptView
from studio.show import load_show
from tests.prompter.test_line_onset import _line, _speak, _window


def _on_the_offer_line(example_show_path) -> PrompterController:
    """A window placed the host early in line 2 (no onset began it: the clock has no start for it)."""
    c = PrompterController(load_show(example_show_path), PrompterOptions(countdown_s=0))
    c.start(0.0)
    _speak(c, 0.0, 1.5)
    c.on_caption(_window("Tonight we have four", 1.5), 1.5)
    assert _line(c, 1.5) == (0, 2)
    return c


def test_a_misheard_window_after_the_last_placed_word_does_not_stop_the_clock(example_show_path):
    c = _on_the_offer_line(example_show_path)
    _speak(c, 1.6, 3.0)
    c.on_caption(_window("nu prow docks and as bayshul", 3.0), 3.0)   # the rest of the line, misheard
    _speak(c, 3.1, 4.4)
    _speak(c, 5.0, 5.0)                      # the host begins the next line after a pause
    assert _line(c, 5.0) == (0, 3)


def test_without_time_for_the_rest_of_the_line_the_onset_is_a_pause_inside_it(example_show_path):
    c = _on_the_offer_line(example_show_path)
    c.on_caption(_window("nu prow docks", 1.9), 1.9)
    _speak(c, 1.6, 2.0)
    _speak(c, 2.4, 2.4)                      # a breath a few words on: still the offer line
    assert _line(c, 2.4) == (0, 2)


def _onset_line_then_pause(c: PrompterController, line_s: float) -> float:
    """The host ends line 0 (heard), the clock begins line 2 at the onset, and the host speaks `line_s` seconds
    before the next pause and onset; returns the speaking pace the clock learned."""
    _speak(c, 0.0, 3.0)
    c.on_caption(_window("Hi everyone, welcome to the Autumn Lip Launch", 3.0), 3.0)
    _speak(c, 3.6, 3.6 + line_s)
    _speak(c, 4.2 + line_s, 4.2 + line_s)
    return c.onsets.speaking_wps


def test_a_line_read_at_a_speaking_pace_teaches_it(example_show_path):
    c = PrompterController(load_show(example_show_path), PrompterOptions(countdown_s=0))
    c.start(0.0)
    default = c.onsets.speaking_wps
    assert _onset_line_then_pause(c, 5.0) < default          # 13 words in 5 s: slower than the default


def test_a_line_that_took_far_longer_than_its_words_teaches_no_pace(example_show_path):
    c = PrompterController(load_show(example_show_path), PrompterOptions(countdown_s=0))
    c.start(0.0)
    default = c.onsets.speaking_wps
    assert _onset_line_then_pause(c, 12.0) == default        # 13 words in 12 s: the host did something else too


def test_after_going_back_again_inside_a_skipped_segment_its_end_returns_to_where_the_host_left_the_show(
        example_show_path):
    # Reading 12's English: back to the skipped monitor arm, back two lines in it and on; at its end the host
    # goes on after the webcam segment read before, not to the webcam again.
    onsets = LineOnsets(ScriptView(load_show(example_show_path)))
    t = 0.0
    for token, before, jumped in ((7, None, False), (34, 7, False),      # the welcome, Ruby's segment skipped
                                  (69, 34, True), (94, 69, False),       # the gloss segment to its end
                                  (36, 94, True), (50, 36, False),       # back to Ruby's, read on
                                  (60, 50, False), (38, 60, True),       # back two lines inside it
                                  (62, 38, True), (68, 62, False)):      # the return, to Ruby's last word
        t += 1.0
        onsets.heard(token, before, jumped, t)
    onsets.voice(t + 0.1, t)
    onsets.voice(t + 0.6, t + 0.1)           # the host speaks again after a pause
    assert onsets.next_line(68, 68, t + 0.6) == 95    # the sunglasses, where they left the show


def test_going_back_to_a_skipped_segment_from_the_middle_of_a_line_read_before_leaves_after_that_line(
        example_show_path):
    # Reading 10's English: back one line (an aside), then on into the line read before, then back to the skipped
    # segment; the host had read that line to its end, so at the skipped segment's end they go on after it.
    onsets = LineOnsets(ScriptView(load_show(example_show_path)))
    t = 0.0
    for token, before, jumped in ((7, None, False), (35, 7, False),      # the welcome, Ruby's segment skipped
                                  (69, 35, True), (76, 69, False),       # the gloss: its first line ...
                                  (84, 76, False),                       # ... and its second, to the end
                                  (69, 84, True), (76, 69, False),       # back one line (an aside) ...
                                  (80, 76, False),                       # ... and on into the second line
                                  (36, 80, True), (50, 36, False),       # back to Ruby's segment ...
                                  (68, 50, False)):                      # ... to its last word
        t += 1.0
        onsets.heard(token, before, jumped, t)
    onsets.voice(t + 0.1, t)
    onsets.voice(t + 0.6, t + 0.1)
    assert onsets.next_line(68, 68, t + 0.6) == 85    # the gloss's third line, not the middle of its second
