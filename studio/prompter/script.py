"""The script view model: the run of show flattened into prompter lines and word positions.

Built once per show (any thread; immutable afterwards, so the follower thread and the
GUI thread can share one instance). Segment and line indices are the show's own
(`show.segments[i].lines[j]`), so a position points straight at the Line object;
word indices count the line's matching tokens (see studio.prompter.tokens). A segment read
from its B talk-track (`b_segments`) takes its lines from `segment.b_lines` instead, and its
line indices count those.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import numpy as np

from studio.prompter.tokens import Token, tokenize
from studio.show.model import LineKind, Show


class TalkTrack(str, enum.Enum):
    """Which of a segment's talk-tracks the prompter reads: the script (A) or its `### B` lines."""

    A = "A"
    B = "B"


@dataclass(frozen=True)
class Position:
    """Where the host is: show.segments[segment].lines[line], token `word` of that line."""

    segment: int
    line: int
    word: int

    def to_json(self) -> dict[str, int]:
        return {"segment": self.segment, "line": self.line, "word": self.word}


@dataclass(frozen=True)
class ScriptLine:
    segment: int
    line: int
    text: str
    kind: LineKind
    tokens: tuple[Token, ...]
    first_token: int          # index of this line's first token in ScriptView.token_norms; -1 for cues
    track: TalkTrack = TalkTrack.A    # B: a line of the segment's B talk-track (segment.b_lines[line])

    @property
    def spoken(self) -> bool:
        return self.kind is LineKind.SPOKEN


class ScriptView:
    """Prompter lines in reading order, and the spoken tokens of the whole show as one sequence.

    Cues are lines too (the prompter shows them) but contribute no tokens: they are
    never spoken, so the follower never aligns on them.
    """

    def __init__(self, show: Show, b_segments: frozenset[int] = frozenset()) -> None:
        self.show = show
        # Only segments that have a B talk-track can read from it.
        self.b_segments = frozenset(i for i in b_segments if 0 <= i < len(show.segments)
                                    and show.segments[i].b_lines)
        lines: list[ScriptLine] = []
        norms: list[str] = []
        owner: list[int] = []          # token -> index into self.lines
        word_in_line: list[int] = []
        for s, segment in enumerate(show.segments):
            track = self.track_of(s)
            for j, line in enumerate(segment.b_lines if track is TalkTrack.B else segment.lines):
                tokens = tuple(tokenize(line.text)) if line.spoken else ()
                first = len(norms) if tokens else -1
                for k, tok in enumerate(tokens):
                    norms.append(tok.norm)
                    owner.append(len(lines))
                    word_in_line.append(k)
                lines.append(ScriptLine(s, j, line.text, line.kind, tokens, first, track))
        self.lines: tuple[ScriptLine, ...] = tuple(lines)
        self.token_norms: tuple[str, ...] = tuple(norms)
        self._token_line = np.asarray(owner, dtype=np.int64)
        self._token_word = np.asarray(word_in_line, dtype=np.int64)
        self._line_index = {(ln.segment, ln.line): i for i, ln in enumerate(lines)}
        self.segment_first_token = self._segment_starts()

    def _segment_starts(self) -> list[int]:
        """First token of each segment (the next segment's start if it has no spoken words)."""
        starts = [len(self.token_norms)] * len(self.show.segments)
        for ln in reversed(self.lines):
            if ln.first_token >= 0:
                starts[ln.segment] = ln.first_token
        for s in range(len(starts) - 2, -1, -1):
            starts[s] = min(starts[s], starts[s + 1])
        return starts

    @property
    def token_count(self) -> int:
        return len(self.token_norms)

    def position_of_token(self, token: int) -> Position:
        ln = self.lines[int(self._token_line[token])]
        return Position(ln.segment, ln.line, int(self._token_word[token]))

    def line_of_token(self, token: int) -> ScriptLine:
        return self.lines[int(self._token_line[token])]

    def token_of_position(self, position: Position) -> int | None:
        """The global token index of a position; None for cues or out-of-range positions."""
        i = self._line_index.get((position.segment, position.line))
        if i is None or self.lines[i].first_token < 0:
            return None
        ln = self.lines[i]
        return ln.first_token + min(max(position.word, 0), len(ln.tokens) - 1)

    def script_line(self, segment: int, line: int) -> ScriptLine | None:
        i = self._line_index.get((segment, line))
        return None if i is None else self.lines[i]

    def track_of(self, segment: int) -> TalkTrack:
        """The talk-track this view reads `segment` from."""
        return TalkTrack.B if segment in self.b_segments else TalkTrack.A

    def segment_of_token(self, token: int) -> int:
        return self.lines[int(self._token_line[token])].segment

    def segment_token_range(self, segment: int) -> range:
        start = self.segment_first_token[segment]
        end = (self.segment_first_token[segment + 1] if segment + 1 < len(self.segment_first_token)
               else self.token_count)
        return range(start, end)

    def spoken_lines(self) -> list[ScriptLine]:
        return [ln for ln in self.lines if ln.spoken and ln.tokens]
