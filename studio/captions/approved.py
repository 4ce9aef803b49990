"""Approved translations: when the host reads a script line, show the producer's translation.

What Whisper heard is aligned with the run of show's spoken lines by fuzzy matching (character
similarity on normalised text, so "20% off" vs "twenty percent off" or a dropped word still
match). A line, or two consecutive lines read in one breath, count when the similarity is at
least `min_ratio`; ad-libs match nothing and fall back to machine translation.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from studio.captions.text import is_spaceless, normalize


@dataclass(frozen=True)
class ApprovedMatch:
    segment_index: int
    line_indices: tuple[int, ...]
    ratio: float
    translations: dict[str, str]


def _key(text: str) -> str:
    t = normalize(text)
    return t.replace(" ", "") if is_spaceless(t) else t


class ScriptAligner:
    """Matches heard text with the show's spoken lines. Called on the captions thread only."""

    def __init__(self, show, min_ratio: float = 0.72) -> None:
        self.min_ratio = min_ratio
        self._candidates: list[tuple[int, tuple[int, ...], str, dict[str, str]]] = []
        for si, segment in enumerate(show.segments if show else ()):
            # Only approved translations of the line as it stands: never proposed drafts, nor
            # translations approved before the line was edited (stale).
            spoken = [(li, line, line.live_translations()) for li, line in enumerate(segment.lines) if line.spoken]
            for k, (li, line, approved) in enumerate(spoken):
                if approved:
                    self._candidates.append((si, (li,), _key(line.text), dict(approved)))
                if k + 1 < len(spoken):
                    lj, nxt, nxt_approved = spoken[k + 1]
                    if approved and nxt_approved:
                        langs = set(approved) & set(nxt_approved)
                        joined = {lang: _join(approved[lang], nxt_approved[lang]) for lang in langs}
                        self._candidates.append((si, (li, lj), _key(line.text + " " + nxt.text), joined))

    def match(self, heard: str, segment_index: int | None = None) -> ApprovedMatch | None:
        key = _key(heard)
        if len(key) < 4:
            return None
        best: ApprovedMatch | None = None
        for si, lines, line_key, translations in self._candidates:
            # Cheap length filter first: a match cannot differ much in length.
            if not (0.7 * len(line_key) <= len(key) <= 1.35 * len(line_key)):
                continue
            ratio = SequenceMatcher(None, key, line_key, autojunk=False).ratio()
            if segment_index is not None and si == segment_index:
                ratio += 0.03   # the current segment wins a near tie
            if ratio >= self.min_ratio and (best is None or ratio > best.ratio):
                best = ApprovedMatch(si, lines, ratio, translations)
        return best


def _join(a: str, b: str) -> str:
    return a + b if is_spaceless(a) else f"{a} {b}"
