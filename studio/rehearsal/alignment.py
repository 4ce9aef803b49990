"""What was read, what was skipped and what was ad-libbed: final captions aligned to the script.

The voice follower (studio.prompter.follower) answers "where is the host now" while the audio
streams; a rehearsal also asks "which words of which line were said", after the fact, with every
final caption in hand. So each final caption's words are aligned to the script's tokens here,
greedily by the longest runs of identical tokens (studio.prompter.tokens normalizes both sides,
as the follower does), anywhere in the script, so a repeat or a jump back inside one caption is
found too. Where a run occurs at several places, the one nearest to where the follower had
heard the host at that caption wins.

Definitions (docs/rehearsal.md):
- a heard word is *aligned* when it belongs to a run of at least MIN_RUN_TOKENS consecutive
  tokens that equal consecutive script tokens (FAR_RUN_TOKENS when the run lies far from the
  follower's position: a stray two-word phrase never drags a line into "read"; twice as many
  for Chinese characters and Thai character pairs, which are pieces of words);
- a spoken line is *read* when at least READ_MIN_SHARE of its tokens were aligned at least once;
  otherwise it is *skipped*; `at` is the start of the first aligned word;
- an *ad-lib* is a run of at least ADLIB_MIN_WORDS heard words aligned to no script line, unless
  the script words around it that were not heard (inside one line, or the end of the line before
  and the start of the line after) are about as many: then it is the recognizer mishearing the
  line ("gold hoop snack go" for "gold hoops that go"), not the host's own words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from studio.core.events import CaptionEvent
from studio.prompter.script import ScriptView
from studio.prompter.tokens import is_subword, tokenize

MIN_RUN_TOKENS = 2
FAR_RUN_TOKENS = 3
# A Chinese character or a Thai character pair is a piece of a word (studio.prompter.tokens):
# a run of them needs about as many words' worth of evidence.
SUBWORD_RUN_FACTOR = 2
FAR_TOKENS = 60               # further than this from the follower's heard token is "far"
READ_MIN_SHARE = 0.5
ADLIB_MIN_WORDS = 2
MISHEARD_SLACK_WORDS = 2      # a run this much longer than the line's unaligned gap is still a mishearing


@dataclass(frozen=True)
class HeardToken:
    norm: str
    word: int          # index of the recognized word it comes from (a word may give several tokens)
    text: str          # that word as recognized, with its leading space (none between Chinese words)
    start_s: float     # seconds from the start of the file
    end_s: float
    caption: int       # index into the final captions


@dataclass
class LineRead:
    segment: int
    line: int                     # index in segment.lines (cues included), as ScriptView
    tokens: int
    aligned: set[int] = field(default_factory=set)   # token offsets in the line heard at least once
    at_s: float | None = None
    times_read: int = 0

    @property
    def share(self) -> float:
        return len(self.aligned) / self.tokens if self.tokens else 0.0

    @property
    def read(self) -> bool:
        return self.share >= READ_MIN_SHARE


@dataclass(frozen=True)
class Adlib:
    start_s: float
    end_s: float
    text: str


@dataclass
class Alignment:
    heard: list[HeardToken]
    script_token: list[int | None]     # per heard token: the script token it was aligned to
    lines: dict[tuple[int, int], LineRead]
    adlibs: list[Adlib]

    def aligned_in_time(self) -> list[tuple[float, float, int]]:
        """(start_s, end_s, script token) of every aligned heard token, in time order."""
        return sorted((h.start_s, h.end_s, t) for h, t in zip(self.heard, self.script_token) if t is not None)


def heard_tokens(finals: Sequence[CaptionEvent], origin_s: float) -> list[HeardToken]:
    """The final captions' tokens with their times on the file's timeline. A caption without word
    timings spreads its words evenly over its span."""
    out: list[HeardToken] = []
    word_no = 0
    for index, event in enumerate(finals):
        words = list(event.words)
        if not words:
            parts = event.text.split()
            span = max(event.end_s - event.start_s, 1e-3)
            words = [(" " + w, event.start_s + span * k / len(parts), event.start_s + span * (k + 1) / len(parts))
                     for k, w in enumerate(parts)]
        for text, start_s, end_s in words:
            for token in tokenize(text):
                out.append(HeardToken(token.norm, word_no, text, start_s - origin_s, end_s - origin_s, index))
            word_no += 1
    return out


def _longest_runs(script: np.ndarray, heard: np.ndarray) -> tuple[int, list[tuple[int, int]]]:
    """Length of the longest common run of tokens and every (heard_start, script_start) reaching it."""
    if not len(script) or not len(heard):
        return 0, []
    equal = heard[:, None] == script[None, :]
    run = np.zeros((len(heard) + 1, len(script) + 1), dtype=np.int32)
    for i in range(len(heard)):
        run[i + 1, 1:] = np.where(equal[i], run[i, :-1] + 1, 0)
    best = int(run.max())
    if best == 0:
        return 0, []
    ends = np.argwhere(run == best)
    return best, [(int(i) - best, int(j) - best) for i, j in ends]


def align(script: ScriptView, heard: list[HeardToken], anchors: Sequence[int | None]) -> Alignment:
    """anchors: per final caption, the script token the follower had heard when it came out
    (None before the follower matched anything)."""
    vocab: dict[str, int] = {}
    script_ids = np.asarray([vocab.setdefault(n, len(vocab)) for n in script.token_norms], dtype=np.int64)
    heard_ids = np.asarray([vocab.get(h.norm, -1 - i) for i, h in enumerate(heard)], dtype=np.int64)
    result: list[int | None] = [None] * len(heard)
    caption_spans: dict[int, list[int]] = {}
    for i, h in enumerate(heard):
        caption_spans.setdefault(h.caption, []).append(i)
    for caption, indices in caption_spans.items():
        anchor = anchors[caption] if caption < len(anchors) else None
        todo = [(indices[0], indices[-1] + 1)]
        while todo:
            lo, hi = todo.pop()
            length, places = _longest_runs(script_ids, heard_ids[lo:hi])
            if length < MIN_RUN_TOKENS:
                continue
            place_i, place_j = min(places, key=lambda p: (abs(p[1] - anchor) if anchor is not None else p[1]))
            far = anchor is not None and abs(place_j - anchor) > FAR_TOKENS
            needed = FAR_RUN_TOKENS if far else MIN_RUN_TOKENS
            if is_subword(heard[lo + place_i].norm):
                needed *= SUBWORD_RUN_FACTOR
            if length < needed:
                continue
            for k in range(length):
                result[lo + place_i + k] = place_j + k
            todo += [(lo, lo + place_i), (lo + place_i + length, hi)]
    return Alignment(heard, result, _line_reads(script, heard, result), _adlibs(script, heard, result))


def _line_reads(script: ScriptView, heard: list[HeardToken], result: list[int | None]) -> dict:
    lines = {(ln.segment, ln.line): LineRead(ln.segment, ln.line, len(ln.tokens)) for ln in script.spoken_lines()}
    last_offset: dict[tuple[int, int], int] = {}
    for h, token in sorted(((h, t) for h, t in zip(heard, result) if t is not None), key=lambda p: p[0].start_s):
        ln = script.line_of_token(token)
        key = (ln.segment, ln.line)
        offset = token - ln.first_token
        read = lines[key]
        read.aligned.add(offset)
        if read.at_s is None:
            read.at_s = h.start_s
        # A new reading of the line starts when the words go back to (or before) a word already heard.
        if key not in last_offset or offset <= last_offset[key]:
            read.times_read += 1
        last_offset[key] = offset
    return lines


def _adlibs(script: ScriptView, heard: list[HeardToken], result: list[int | None]) -> list[Adlib]:
    out: list[Adlib] = []
    i = 0
    while i < len(heard):
        if result[i] is not None:
            i += 1
            continue
        j = i
        while j < len(heard) and result[j] is None and heard[j].caption == heard[i].caption:
            j += 1
        words = list(dict.fromkeys(h.word for h in heard[i:j]))
        if len(words) >= ADLIB_MIN_WORDS and not _misheard_line(script, heard, result, i, j, len(words)):
            texts = {h.word: h.text for h in heard[i:j]}
            out.append(Adlib(heard[i].start_s, heard[j - 1].end_s, "".join(texts[w] for w in words).strip()))
        i = j
    return out


def _misheard_line(script: ScriptView, heard: list[HeardToken], result: list[int | None],
                   i: int, j: int, word_count: int) -> bool:
    """Is the unaligned run heard[i:j] a misheard stretch of the line around it?"""
    caption = heard[i].caption
    before = result[i - 1] if i > 0 and heard[i - 1].caption == caption else None
    after = result[j] if j < len(heard) and heard[j].caption == caption else None
    if before is None and after is None:
        return False
    line_b = script.line_of_token(before) if before is not None else None
    line_a = script.line_of_token(after) if after is not None else None
    if line_b is not None and line_b == line_a:
        gap = after - before - 1
    else:
        # Between two lines (or at the caption's open end): the unheard end of the line before and
        # the unheard start of the line after ("Nude Rose" heard as "new droves").
        gap = 0
        if line_b is not None:
            gap += line_b.first_token + len(line_b.tokens) - 1 - before
        if line_a is not None:
            gap += after - line_a.first_token
    return 0 < gap and word_count <= gap + MISHEARD_SLACK_WORDS
