"""The highlight between recognized words: the next line at a speech onset, held during ad-libs,
not pulled back by a recognizer's wobble, not run into the next line by the lead."""

from studio.core.events import CaptionEvent
from studio.prompter.controller import PrompterController, PrompterOptions
from studio.prompter.early_signal import WINDOW_KIND
from studio.show import load_show


def _controller(example_show_path, **kw) -> PrompterController:
    c = PrompterController(load_show(example_show_path), PrompterOptions(countdown_s=0, **kw))
    c.start(0.0)
    return c


def _window(text: str, end_s: float) -> CaptionEvent:
    return CaptionEvent(WINDOW_KIND, end_s - 2.5, end_s, end_s + 0.1, text, "en")


def _speak(c: PrompterController, start_s: float, end_s: float) -> float:
    """Voice activity every 0.1 s from start to end, ticking as the session does; returns end."""
    t = start_s
    while t <= end_s + 1e-9:
        c.note_voice_activity(t)
        c.tick(t)
        t = round(t + 0.1, 3)
    return end_s


def _line(c: PrompterController, now_s: float) -> tuple[int, int]:
    position = c.snapshot(now_s).position
    return position.segment, position.line


def test_speech_after_a_pause_at_the_end_of_a_line_shows_the_next_line_at_once(example_show_path):
    c = _controller(example_show_path)
    _speak(c, 0.0, 3.0)
    c.on_caption(_window("Hi everyone, welcome to the Autumn Lip Launch", 3.0), 3.0)
    assert _line(c, 3.0) == (0, 0)
    c.tick(3.3)                              # a pause: nothing moves
    assert _line(c, 3.3) == (0, 0)
    _speak(c, 3.6, 3.6)                      # the host starts the next line; no word recognized yet
    assert _line(c, 3.6) == (0, 2)           # the cue line is skipped: it is never read


def test_a_pause_in_the_middle_of_a_line_is_not_a_new_line(example_show_path):
    c = _controller(example_show_path)
    _speak(c, 0.0, 1.5)
    c.on_caption(_window("Tonight we have four", 1.5), 1.5)   # host started at line 2 (first word heard)
    shown = c.snapshot(1.5).token
    _speak(c, 2.0, 2.0)
    assert _line(c, 2.0) == (0, 2) and c.snapshot(2.0).token >= shown


def test_the_lead_stops_at_the_end_of_the_line(example_show_path):
    c = _controller(example_show_path, lead_max_s=5.0)
    c.on_caption(_window("Hi everyone, welcome to the Autumn", 1.0), 1.0)
    _speak(c, 1.0, 5.0)                      # speech goes on, nothing more is recognized
    assert _line(c, 5.0) == (0, 0)


def test_lines_follow_the_clock_while_the_recognizer_is_silent_but_not_through_an_ad_lib(example_show_path):
    c = _controller(example_show_path)
    _speak(c, 0.0, 3.0)
    c.on_caption(_window("Hi everyone, welcome to the Autumn Lip Launch", 3.0), 3.0)
    _speak(c, 3.5, 8.5)                      # line 2 read while a busy recognizer sends nothing
    assert _line(c, 8.5) == (0, 2)
    _speak(c, 9.0, 9.0)                      # the next line starts: the clock says line 2 is done
    assert _line(c, 9.0) == (0, 3)

    d = _controller(example_show_path)
    _speak(d, 0.0, 3.0)
    d.on_caption(_window("Hi everyone, welcome to the Autumn Lip Launch", 3.0), 3.0)
    _speak(d, 3.5, 5.5)
    d.on_caption(_window("oh I see Maria from Texas just joined", 5.5), 5.5)        # an ad-lib:
    _speak(d, 5.6, 6.5)
    d.on_caption(_window("Texas just joined hello Maria so nice", 6.5), 6.5)        # two captions of it
    _speak(d, 6.6, 8.5)
    _speak(d, 9.0, 9.0)
    assert _line(d, 9.0) == (0, 2)           # held: the words heard were not the script's

    e = _controller(example_show_path)       # one misheard caption is not an ad-lib
    _speak(e, 0.0, 3.0)
    e.on_caption(_window("Hi everyone, welcome to the Autumn Lip Launch", 3.0), 3.0)
    _speak(e, 3.5, 5.5)
    e.on_caption(_window("tonight wheel half fur new protects", 5.5), 5.5)
    _speak(e, 5.6, 8.5)
    _speak(e, 9.0, 9.0)
    assert _line(e, 9.0) == (0, 3)


def test_words_heard_well_after_an_onset_in_the_line_before_take_the_highlight_back(example_show_path):
    c = _controller(example_show_path)
    _speak(c, 0.0, 3.0)
    c.on_caption(_window("Hi everyone, welcome to the", 2.0), 2.0)
    _speak(c, 3.5, 3.5)                      # the clock says line 0 is done and line 2 starts ...
    assert _line(c, 3.5) == (0, 2)
    _speak(c, 3.6, 5.0)
    c.on_caption(_window("welcome to the Autumn Lip", 5.0), 5.0)   # ... but the host was still on line 0
    assert _line(c, 5.0) == (0, 0)


def test_a_word_heard_again_does_not_take_the_highlight_back_to_the_previous_line(example_show_path):
    c = _controller(example_show_path)
    _speak(c, 0.0, 3.0)
    c.on_caption(_window("Hi everyone, welcome to the Autumn Lip Launch", 3.0), 3.0)
    _speak(c, 3.6, 3.6)
    assert _line(c, 3.6) == (0, 2)
    # An overlapping window that ends a word earlier (the recognizer dropped the last word).
    c.on_caption(_window("welcome to the Autumn Lip", 3.7), 3.7)
    assert _line(c, 3.7) == (0, 2)
    # A real repeat goes back further and is followed.
    c.on_caption(_window("Lip Launch. Hi everyone, welcome to the", 5.0), 5.0)
    assert _line(c, 5.0) == (0, 0)


def _read(c: PrompterController, text: str, start_s: float) -> float:
    """The host reads `text` at 2.7 words a second; a window of its words arrives at its end.
    Returns the time after a short pause (0.5 s of silence, no onset yet)."""
    end_s = round(start_s + len(text.split()) / 2.7, 1)
    _speak(c, start_s, end_s)
    c.on_caption(_window(text, end_s), end_s)
    c.tick(end_s + 0.5)
    return round(end_s + 0.5, 1)


def test_after_a_line_read_again_the_next_onset_returns_to_where_the_host_left(example_show_path):
    c = _controller(example_show_path)
    t = _read(c, "Hi everyone, welcome to the Autumn Lip Launch", 0.0)
    t = _read(c, "Tonight we have four new products and a special offer for everyone watching.", t)
    t = _read(c, "This live is sponsored by the brand, and I was sent these products for free.", t)
    t = _read(c, "This is Ruby, a deep red with a soft matte finish.", t)
    # The welcome line again, for viewers who just joined (an aside) ...
    t = _read(c, "Hi everyone, welcome to the Autumn Lip Launch", t)
    assert _line(c, t) == (0, 0)
    _speak(c, t, t)                          # ... and the host goes on where they left, not at line 2
    assert _line(c, t) == (1, 2)


def test_after_a_jump_back_to_a_skipped_line_the_next_onset_reads_on_then_returns(example_show_path):
    c = _controller(example_show_path)
    t = _read(c, "Hi everyone, welcome to the Autumn Lip Launch", 0.0)
    t = _read(c, "This is Ruby, a deep red with a soft matte finish.", t)       # skips the rest of the welcome
    t = _read(c, "It glides on in one stroke and stays comfortable for hours.", t)
    t = _read(c, "Tonight we have four new products and a special offer for everyone watching.", t)
    assert _line(c, t) == (0, 2)             # back to a line never read: the host reads on from there
    _speak(c, t, t)
    assert _line(c, t) == (0, 3)
    t = _read(c, "This live is sponsored by the brand, and I was sent these products for free.", t + 0.1)
    assert _line(c, t) == (0, 3)
    _speak(c, t, t)                          # the next line, Ruby, was read: the host goes on where they left
    assert _line(c, t) == (1, 3)


def test_a_window_a_second_after_an_onset_still_in_the_line_before_takes_the_highlight_back(example_show_path):
    c = _controller(example_show_path)
    _speak(c, 0.0, 3.0)
    c.on_caption(_window("Hi everyone, welcome to the", 2.0), 2.0)
    _speak(c, 3.5, 3.5)                      # the clock says line 0 is done and line 2 starts ...
    assert _line(c, 3.5) == (0, 2)
    _speak(c, 3.6, 4.5)
    # ... a window of audio up to a second later (two words' time) still ends in line 0: the host
    # paused inside it, the highlight goes back without waiting for more.
    c.on_caption(_window("welcome to the Autumn Lip", 4.5), 4.5)
    assert _line(c, 4.5) == (0, 0)



def test_back_to_a_skipped_line_of_a_segment_the_onset_reads_on_in_that_segment(example_show_path):
    # Within a segment, a line voice follow placed the host on may have been a misheard one: the onset
    # after the skipped line reads on there; only the end of a skipped segment returns to where the host left.
    c = _controller(example_show_path)
    t = 0.0
    for text in ("Hi everyone, welcome to the Autumn Lip Launch",
                 "This live is sponsored by the brand, and I was sent these products for free.",
                 "This is Ruby, a deep red with a soft matte finish.",
                 "It glides on in one stroke and stays comfortable for hours.",
                 "Tonight we have four new products and a special offer for everyone watching."):
        t = _read(c, text, t)
    assert _line(c, t) == (0, 2)
    _speak(c, t, t)
    assert _line(c, t) == (0, 3)


def _onset_before_the_last_words_were_heard(c: PrompterController) -> None:
    _speak(c, 0.0, 3.0)
    c.on_caption(_window("Hi everyone, welcome to the", 3.0), 3.0)   # the line's last three words not heard yet
    assert _line(c, 3.0) == (0, 0)
    _speak(c, 3.4, 4.5)                      # the host goes on after a pause: the highlight cannot tell it yet
    assert _line(c, 4.5) == (0, 0)


def test_the_last_words_of_a_line_heard_late_take_the_highlight_to_the_line_begun_at_the_onset(example_show_path):
    c = _controller(example_show_path)
    _onset_before_the_last_words_were_heard(c)
    # A final about the speech before the pause hears the line's end: the next line began at that onset.
    c.on_caption(CaptionEvent("final", 0.0, 3.0, 4.6, "Hi everyone, welcome to the Autumn Lip Launch!", "en"), 4.6)
    assert _line(c, 4.6) == (0, 2)


def test_the_last_words_of_a_line_said_after_the_onset_leave_the_highlight_on_that_line(example_show_path):
    c = _controller(example_show_path)
    _onset_before_the_last_words_were_heard(c)
    # The pause was within the line: its last words came after the onset.
    c.on_caption(_window("welcome to the Autumn Lip Launch", 4.5), 4.6)
    assert _line(c, 4.6) == (0, 0)
