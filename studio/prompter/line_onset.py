"""Where the host is between recognized words: the next line starts when their voice does.

Recognized words reach the prompter a second or more after they are said, so a highlight that
waits for them reaches each new line late. Hosts pause between lines: speech that starts after a
pause of `pause_s`, while the host is estimated at the last `tail_tokens` words of the line, is
the next line starting, and the highlight goes there at once.

Where the host was when the pause began: the last heard word plus the words said since at the
host's speaking pace, or, for a line begun at an onset and not heard yet (a busy machine sheds
the recognizer's work), the line's start plus the time since at that pace; the time since counts
speech only, not the pauses in it (a breath at a comma reads no words). The last heard word counts
until the host leaves its line, whatever was heard since: a misheard window after it (base's Spanish
and Portuguese) is no reason to stop, and an ad-lib after the line's end stops the clock on the next
line, where the estimate is the line's start. The clock stops for an
ad-lib: two captions in a row, heard after the line began, whose words are not in the script there. The speaking pace is
learned from whole lines, onset to pause, their speech only (not from one that took far longer than its words: the host did something
else in it). Where the recognizer hears the language badly (base's Portuguese), a
window that says a word only the highlighted line or the next has is that line misheard, and does not stop the clock.

After a jump back to a skipped segment, the line after its last one is where the host left when that
line is one they have read already.

An onset the highlight could not follow (the line's last words not heard yet: a recognizer that hears
little, base's Portuguese) is kept: when words heard later place the host at the line's last words,
said before that onset, the next line began at it, and the highlight goes there then.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.prompter.script import ScriptView


@dataclass(frozen=True)
class LineOnsetOptions:
    pause_s: float = 0.3               # silence before speech that can start a line
    tail_tokens: int = 2               # the host within this many words of the line's end
    speaking_words_per_s: float = 3.5  # pace while speaking (no pauses) until lines measure it
    pace_learning: float = 0.3         # weight of each measured line in the speaking pace
    pace_range: tuple[float, float] = (1.5, 5.0)  # words a second a measured line may say; one outside is no pace
    confirm_s: float = 0.8             # words heard this long after an onset (two words), still in the line before:
                                       # the host did not go on (the highlight goes back to them)
    # A recognizer that places fewer of its windows than this in the script (counted from a prior of 10 windows at
    # 0.75) hears the language badly: base placed 71-86 % of its English windows, ad-libs included, in the recorded
    # runs, 46-62 % of its Spanish and 25-34 % of its Portuguese ones. Then a window that says a telling word only the
    # highlighted line or the next has is a misheard line, not an ad-lib (a word other lines have too, "vem", is not:
    # an ad-lib says it as well).
    placed_share_min: float = 0.68
    placed_prior: tuple[float, float] = (7.5, 10.0)


class LineOnsets:
    """One thread: the prompter controller's."""

    PAUSES_KEPT = 30     # more than a line holds

    def __init__(self, script: ScriptView, options: LineOnsetOptions | None = None) -> None:
        self.script = script
        self.options = options or LineOnsetOptions()
        self.speaking_wps = self.options.speaking_words_per_s
        self._pause_s: float | None = None              # speech just restarted; the pause began then
        self._line_start: tuple[int, float] | None = None   # (first token, time) of a line begun at an onset
        # Audio ends of the last two captions whose words were not in the script: one may be a
        # misheard line, two in a row are an ad-lib.
        self._other_words_s: tuple[float | None, float | None] = (None, None)
        self._lines_heard: set[int] = set()              # first tokens of the lines voice follow placed the host on
        self._aside: tuple[int, int] | None = None      # (first token of a line read again, where the host left)
        self._left: tuple[int, int] | None = None       # (segment jumped back to, where the host left)
        self._missed: tuple[int, float] | None = None    # (line's first token, time) of an onset not followed
        self._windows = list(self.options.placed_prior)  # (windows placed in the script, windows heard)
        self._furthest: dict[int, int] = {}             # line's first token -> furthest word of it placed
        self._placed: tuple[int, float] | None = None    # (token, audio end) of the last word voice follow placed
        self._pauses: list[tuple[float, float]] = []     # (start, end) of the last pauses heard

    def line_end(self, token: int) -> int:
        line = self.script.line_of_token(token)
        return line.first_token + len(line.tokens) - 1

    def voice(self, now_s: float, last_voice_s: float | None) -> None:
        """Speech heard now; last_voice_s: the previous time it was."""
        if last_voice_s is not None and now_s - last_voice_s >= self.options.pause_s:
            self._pause_s = last_voice_s
            self._pauses = (self._pauses + [(last_voice_s, now_s)])[-self.PAUSES_KEPT:]

    def other_words(self, end_s: float) -> None:
        """Words that fit nowhere near the position were heard, up to audio time end_s."""
        self._other_words_s = (self._other_words_s[1], end_s)

    def window_heard(self, placed: bool) -> None:
        """An early-signal window of words was heard; placed: voice follow placed it in the script."""
        self._windows[0] += placed
        self._windows[1] += 1

    def hears_badly(self) -> bool:
        """The recognizer places too few of its windows for one of other words to tell an ad-lib."""
        return self._windows[0] < self.options.placed_share_min * self._windows[1]

    def guessed_ahead(self, shown: int, heard: int, heard_end_s: float) -> bool:
        """The highlight went on to a line at an onset, and words heard well after it are still in an
        earlier line: the host did not read on (a jump back the recognizer missed)."""
        start = self._line_start
        line = self.script.line_of_token(shown)
        return (start is not None and self.script.line_of_token(start[0]) is line and heard < line.first_token
                and heard_end_s >= start[1] + self.options.confirm_s)

    def heard(self, token: int, before: int | None, jumped: bool, end_s: float) -> None:
        """Voice follow placed the host on `token`, heard up to audio time end_s (from `before`, by a leap
        when jumped). A jump back
        to a line already heard is an aside (a repeat for late viewers): after it, the host returns to
        where they left (the word after `before`), not to the line after the repeated one."""
        first = self.script.line_of_token(token).first_token
        if jumped and before is not None and token < before and self.script.line_of_token(before).first_token != first:
            # Heard within the last words of a line (the recognizer often misses the last one), they left at the next.
            left = self.line_end(before) + 1 if self.line_end(before) - before <= self.options.tail_tokens else before + 1
            if self._furthest.get(self.script.line_of_token(before).first_token, -1) \
                    >= self.line_end(before) - self.options.tail_tokens:
                left = self.line_end(before) + 1     # mid-line in a line read to its end before (an aside back)
            left = min(left, self.script.token_count - 1)
            segment = self.script.segment_of_token(token)
            # Going back again inside the segment they went back to: they still left the show where they first did.
            if not (self._left is not None and self._left[0] == segment == self.script.segment_of_token(before)):
                self._left = (segment, left)
            self._aside = (first, left) if first in self._lines_heard else None
        elif self._aside is not None and first != self._aside[0]:
            self._aside = None
        if self._left is not None and token >= self._left[1]:
            self._left = None
        self._lines_heard.add(first)
        self._furthest[first] = max(self._furthest.get(first, -1), token)
        self._placed = (token, end_s)

    def _speaking_s(self, since_s: float, until_s: float) -> float:
        """How long the host spoke between two moments: a pause (a breath at a comma, a look at the product) reads
        no words."""
        paused = sum(max(0.0, min(end, until_s) - max(start, since_s)) for start, end in self._pauses)
        return until_s - since_s - paused

    def skip(self) -> None:
        """The onset just heard cannot move the highlight (no position yet, another mode)."""
        self._pause_s = None
        self._missed = None

    def missed_onset(self, shown: int, heard: int, heard_end_s: float) -> int | None:
        """The first token of the next line when voice follow just heard the host at the last words of the
        highlighted line, said before an onset that came while the highlight could not tell it was there."""
        missed, line = self._missed, self.script.line_of_token(shown)
        if missed is None or missed[0] != line.first_token or self.script.line_of_token(heard) is not line:
            return None
        end = self.line_end(shown)
        if end - heard > self.options.tail_tokens or heard_end_s > missed[1] or end + 1 >= self.script.token_count:
            return None
        self._missed = None
        following = self._following(line, end)
        self._line_start = (following, missed[1])
        return following

    def next_line(self, shown: int, heard: int, now_s: float) -> int | None:
        """The first token of the next line when an onset just started it, else None. shown: the
        highlighted token; heard: the last word voice follow matched."""
        pause_s, self._pause_s = self._pause_s, None
        if pause_s is None:
            return None
        line = self.script.line_of_token(shown)
        end = self.line_end(shown)
        start = self._line_start
        if start is not None and self.script.line_of_token(start[0]) is not line:
            start = None
        estimate = float(shown)
        heard_here = self.script.line_of_token(heard) is line
        if heard_here and self._placed is not None and self._placed[0] == heard:
            estimate = max(estimate, heard + self._speaking_s(self._placed[1], pause_s) * self.speaking_wps)
        # Both of the last two captions of other words heard after the line began: a final arrives after a window
        # but may hold older audio (the line before, misheard).
        adlib_s = None if None in self._other_words_s else min(self._other_words_s)
        if start is not None and (heard_here or adlib_s is None or adlib_s < start[1] + self.options.pause_s):
            estimate = max(estimate, start[0] + self._speaking_s(start[1], pause_s) * self.speaking_wps)
        if end - estimate > self.options.tail_tokens or end + 1 >= self.script.token_count:
            self._missed = (line.first_token, now_s)
            return None
        self._missed = None
        if start is not None and start[0] == line.first_token and pause_s > start[1]:
            wps = len(line.tokens) / max(self._speaking_s(start[1], pause_s), 1e-3)
            if self.options.pace_range[0] < wps < self.options.pace_range[1]:
                self.speaking_wps += self.options.pace_learning * (wps - self.speaking_wps)
        following = self._following(line, end)
        self._line_start = (following, now_s)
        return following

    def _following(self, line, end: int) -> int:
        """Where the host goes on after `line` (ending at token `end`)."""
        following = end + 1
        if self._aside is not None and self._aside[0] == line.first_token:
            following, self._aside = self._aside[1], None
        elif self._left is not None and following < self._left[1] \
                and self.script.segment_of_token(following) != self._left[0] \
                and self.script.line_of_token(following).first_token in self._lines_heard:
            # Back in a skipped segment, at its end the next one was read already: the host returns to where they
            # left. (Within the segment, a line voice follow placed the host on may have been a misheard one.)
            following, self._left = self._left[1], None
        return following
