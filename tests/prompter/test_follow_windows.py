"""Voice follow on the early signal: overlapping windows of the newest words (recorded shapes).

Each window is what studio.prompter.early_signal hands the follower: the words of the last
~2.5 s of audio (about seven words), a new window every ~0.4 s, so consecutive windows overlap.
"""

from __future__ import annotations

from studio.core.events import CaptionEvent
from studio.prompter.early_signal import WINDOW_KIND
from studio.prompter.follower import VoiceFollower
from studio.prompter.script import ScriptView
from studio.show import load_show

WORDS_PER_S = 2.7       # espeak-ng at 160 wpm, a presenting pace
WINDOW_WORDS = 7


class _Reader:
    """Speaks texts word by word into sliding windows; the clock is the audio time."""

    def __init__(self, follower: VoiceFollower) -> None:
        self.follower = follower
        self.said: list[str] = []
        self.t_s = 0.0
        self.moves: list[tuple[float, tuple[int, int], bool]] = []

    def say(self, text: str, every_words: int = 1) -> None:
        for k, word in enumerate(text.split()):
            self.said.append(word)
            self.t_s += 1 / WORDS_PER_S
            if k % every_words == 0:
                self.window()

    def window(self) -> None:
        words = self.said[-WINDOW_WORDS:]
        event = CaptionEvent(WINDOW_KIND, self.t_s - len(words) / WORDS_PER_S, self.t_s, self.t_s + 0.1,
                             " ".join(words), "en")
        update = self.follower.update(event)
        if update.moved:
            self.moves.append((self.t_s, (update.position.segment, update.position.line), update.jumped))

    def line(self) -> tuple[int, int]:
        position = self.follower.position
        return position.segment, position.line


def _reader(example_show_path) -> tuple[_Reader, object]:
    show = load_show(example_show_path)
    return _Reader(VoiceFollower(ScriptView(show))), show


def _text(show, segment: int, line: int) -> str:
    return show.segments[segment].lines[line].text


def test_windows_follow_the_reading_line_by_line(example_show_path):
    r, show = _reader(example_show_path)
    for line in (0, 2, 3):
        r.say(_text(show, 0, line))
        assert r.line() == (0, line)


def test_a_skipped_line_is_followed(example_show_path):
    r, show = _reader(example_show_path)
    r.say(_text(show, 0, 0))
    r.say(_text(show, 0, 3))                  # skips "Tonight we have four new products..." (line 2)
    assert r.line() == (0, 3)
    assert all(not jumped for _, _, jumped in r.moves)


def test_a_jump_back_is_followed_within_a_few_words(example_show_path):
    r, show = _reader(example_show_path)
    for segment, line in ((0, 0), (0, 2), (0, 3), (1, 0), (1, 2), (1, 3), (2, 0)):
        r.say(_text(show, segment, line))
    start_s = r.t_s
    r.say(_text(show, 0, 2))                  # back to "Tonight we have four new products..."
    assert r.line() == (0, 2)
    first = next(t for t, where, _ in r.moves if t > start_s and where == (0, 2))
    assert first - start_s <= 6 / WORDS_PER_S, "the jump back needs more than six words"
    r.say(_text(show, 2, 1))                  # and back to where the host left off
    assert r.line() == (2, 1)


def test_an_ad_lib_does_not_move_the_highlight(example_show_path):
    r, show = _reader(example_show_path)
    r.say(_text(show, 1, 0))
    where = r.line()
    r.moves.clear()
    r.say("Oh I see Maria from Texas just joined, hello Maria, so nice to see you again, "
          "and yes we ship everywhere in the country, it usually takes three days.")
    assert r.line() == where and r.moves == []


def test_a_late_final_does_not_pull_the_highlight_back(example_show_path):
    r, show = _reader(example_show_path)
    r.say(_text(show, 0, 0))
    r.say(_text(show, 0, 2))
    heard_to_s = r.t_s
    r.say(_text(show, 0, 3))
    assert r.line() == (0, 3)
    # The captions' final for line 2 arrives now, three seconds late: evidence, not a move back.
    late = CaptionEvent("final", heard_to_s - 3.0, heard_to_s, r.t_s, _text(show, 0, 2), "en")
    assert not r.follower.update(late).moved
    assert r.line() == (0, 3)


def test_a_late_final_leaps_to_the_segment_the_windows_misheard(example_show_path):
    # The host skips a whole segment; under load the windows mishear its first line into words the
    # script barely has, and the final that heard it right arrives when the windows are further on.
    r, show = _reader(example_show_path)
    for line in (0, 2, 3):
        r.say(_text(show, 0, line))
    before = r.line()
    start_s = r.t_s
    line_words = _text(show, 3, 0).split()     # over the Ruby and Glow Gloss segments
    r.say(" ".join("zorp" if k % 3 else "the" for k in range(len(line_words))))
    assert r.line() == before
    late = CaptionEvent("final", start_s, start_s + len(line_words) / WORDS_PER_S - 1.0, r.t_s + 0.5,
                        _text(show, 3, 0), "en")
    update = r.follower.update(late)
    assert update.moved and update.jumped
    assert r.line() == (3, 0)


def test_a_late_final_does_not_leap_back_over_a_jump_the_windows_followed(example_show_path):
    r, show = _reader(example_show_path)
    r.say(_text(show, 0, 0))
    heard_from_s = r.t_s
    r.say(_text(show, 0, 2))
    heard_to_s = r.t_s
    r.say(_text(show, 2, 0))                  # a leap forward the windows followed
    assert r.line() == (2, 0)
    late = CaptionEvent("final", heard_from_s, heard_to_s, r.t_s, _text(show, 0, 2), "en")
    assert not r.follower.update(late).moved
    assert r.line() == (2, 0)
