"""Where in the script voice follow may move the host, and the evidence each move takes.

Per script token: its line's first token, its segment, whether it opens a line or a segment, and
which segments the host has been placed in. From these and where the host is, the fresh evidence
(studio.prompter.follower) a move to each token needs: little near the expected word, more the
further, a leap's outside the local window, less at the openings hosts jump to.
"""

from __future__ import annotations

import numpy as np

from studio.prompter.follow_options import FollowOptions
from studio.prompter.script import ScriptView


class ScriptPlaces:
    """The script's places for one follower (`visited` changes as the host is placed)."""

    def __init__(self, script: ScriptView, options: FollowOptions) -> None:
        self.options = options
        n = script.token_count
        self.idx = np.arange(n, dtype=np.float64)
        self.opening = np.zeros(n, dtype=bool)
        for start in set(script.segment_first_token) - {n}:
            self.opening[start:start + min(options.opening_tokens, len(script.line_of_token(start).tokens))] = True
        # Each token's line start, and the opening words of every line.
        self.line_first = np.zeros(n, dtype=np.int64)
        self.line_opening = np.zeros(n, dtype=bool)
        for ln in script.spoken_lines():
            self.line_first[ln.first_token:ln.first_token + len(ln.tokens)] = ln.first_token
            self.line_opening[ln.first_token:ln.first_token + min(options.opening_tokens, len(ln.tokens))] = True
        # Each token's segment, and the segments the host has been placed in: the opening of one
        # skipped (never placed in) is where a host going back most likely lands.
        self.segment = np.zeros(n, dtype=np.int64)
        for k, start in enumerate(script.segment_first_token):
            self.segment[start:] = k
        self.visited = np.zeros(len(script.segment_first_token) + 1, dtype=bool)

    def window(self, center: int) -> np.ndarray:
        o = self.options
        offset = self.idx - center
        return (offset >= -o.local_back_tokens) & (offset <= o.local_ahead_tokens)

    def needed(self, expect: int, token: int | None, bookmark: int | None, window: bool = False) -> np.ndarray:
        """Fresh evidence needed to move to each token from `token` (expecting `expect` next): little for
        the next words, more the further the move, and the full jump threshold outside the local window.
        After a jump back, the place the host left (`bookmark`) is local too (hosts return after an aside).
        An early-signal window is asked for two words even on the next word: windows come several times a
        second, and one common word at the end of an ad-lib ("... it") would otherwise step the line on."""
        o = self.options
        needed = self.needed_around(expect)
        if not window:
            needed = np.where((self.idx >= expect) & (self.idx < expect + o.next_word_tokens),
                              o.next_word_min_score, needed)
        if bookmark is not None:
            needed = np.minimum(needed, self.needed_around(bookmark))
        needed = np.where(self.near_openings(expect), np.minimum(needed, o.line_opening_min_score), needed)
        needed = np.where(self.line_two_back(expect, token), np.minimum(needed, o.line_two_back_min_score), needed)
        needed = np.where(self.opening, np.minimum(needed, o.opening_min_score), needed)
        return np.where(self.skipped_opening(expect, token), np.minimum(needed, o.skipped_opening_min_score), needed)

    def skipped_opening(self, expect: int, token: int | None) -> np.ndarray:
        """The opening words of the segments before the host's that the host was never placed in."""
        if token is None:
            return np.zeros(self.idx.size, dtype=bool)
        return self.opening & (self.segment < self.segment[min(expect, self.idx.size - 1)]) \
            & ~self.visited[self.segment]

    def near_openings(self, expect: int) -> np.ndarray:
        """The opening words of the line before the host's, of theirs, and of the lines ahead in the window,
        up to the next segment's: a line past it skips a whole segment, a leap that takes a segment
        opening's evidence (two words, "a light" misheard for "tonight", put the host two segments on)."""
        last_segment = self.segment[min(expect, self.idx.size - 1)] + 1
        return self.line_opening & (self.idx >= self.line_before(expect)) \
            & (self.idx <= expect + self.options.local_ahead_tokens) & (self.segment <= last_segment)

    def line_two_back(self, expect: int, token: int | None) -> np.ndarray:
        """The words of the line before the line before the host's, in the host's segment: hosts go back
        two lines to read one again, and a misheard window rarely holds a leap's evidence for it."""
        before = self.line_before(expect)
        if token is None or before == 0:
            return np.zeros(self.idx.size, dtype=bool)
        start = self.line_first[before - 1]
        return (self.idx >= start) & (self.idx < before) & (self.segment == self.segment[min(expect, self.idx.size - 1)])

    def line_before(self, expect: int) -> int:
        """The first token of the line before the host's."""
        last = min(max(expect - 1, 0), self.idx.size - 1)
        here = self.line_first[last]
        if last - here < self.options.next_word_tokens and here > 0:
            here = self.line_first[here - 1]     # one or two words into a line: often a misheard step onto it
        return self.line_first[here - 1] if here > 0 else here

    def needed_around(self, center: int) -> np.ndarray:
        o = self.options
        distance = np.abs(self.idx - center)
        needed = o.local_min_score + o.distance_score_per_token * np.maximum(0.0, distance - o.next_word_tokens)
        return np.where(self.window(center), np.minimum(needed, o.jump_min_score), o.jump_min_score)
