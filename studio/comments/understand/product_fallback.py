"""The product a comment names when no word of the catalog, the kinds taxonomy or the script does.

A show of a new product area ("raspador de língua" for a "Stainless Steel Tongue Scraper", "vacuum tangan"
for a handheld vacuum) has no kind in assets/comments/kinds; the shared encoder still puts the comment
near the product's name and its segment's lines. e5 vectors share one large common direction (any two
short comments sit at cosine 0.80-0.86), so raw cosines say little: both sides are first centred on the
mean vector of the labeled comments (the intent head's examples), which leaves what is particular to
each text. The best product must then clear a floor and lead the second by a margin, and a near twin
(the 4- and 8-pack, the black and white controller) needs its telling word in the comment, else null.
Only asked when the word evidence found nothing; never overrides it.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz

from studio.comments.understand.script_words import terms_of
from studio.comments.understand.vectors import dot_rows
from studio.comments.understand.wordmatch import fold, phrase_in, words_of

# set on blind sets 1-9 without aliases (dev figures, tuned on them): 0.37 / 0.05 named 8 right of the
# comments no word decided (4 more than raw cosine 0.87 / 0.04), none wrong, 3 where the label is null
CENTRED_MIN_COSINE = 0.37
CENTRED_MIN_MARGIN = 0.05
TWIN_NAME_SIMILARITY = 85       # rapidfuzz token_set_ratio of two names without numbers and sizes
_NUMBERISH = re.compile(r"[0-9][0-9.,x×/]*\s*(?:[a-z]{1,3}\b|毫升|升|支|个|片|装)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def comment_centre() -> np.ndarray | None:
    """The mean vector of the labeled comments (the intent head's examples), unit length; None without a head."""
    from studio.comments.understand.intent_head import HeadMissing, IntentHead

    try:
        vecs = IntentHead.load().example_vecs
    except HeadMissing:
        return None
    centre = vecs.mean(axis=0).astype(np.float32)
    centre.flags.writeable = False
    return centre


def _centred(vecs: np.ndarray, centre: np.ndarray) -> np.ndarray:
    out = np.asarray(vecs, dtype=np.float32) - centre
    norms = np.linalg.norm(out, axis=-1, keepdims=True)
    return out / np.maximum(norms, 1e-6)


def name_skeleton(name: str) -> str:
    """A product name without its numbers and sizes: "replacement brush heads, pack" of "..., 4-pack"."""
    return " ".join(words_of(_NUMBERISH.sub(" ", fold(name))))


def names_the_product(line: str, names: list[str]) -> bool:
    """A script line shares a term (a word of 4+ letters, a 2-4 character piece of Chinese or Thai) with the
    product's names: "Last one: classic gold hoops", "不锈钢刮舌器，早上刮一下". A sign-off said in the
    segment ("Thank you so much for watching!") describes no product and drew praise of the show to it."""
    return bool(terms_of(line) & set().union(*(terms_of(n) for n in names)))


class EncoderFallback:
    """Built once per show from each product's description vectors (owner: the product index of each row)."""

    def __init__(self, names: list[str], vecs: np.ndarray, owner: np.ndarray, centre: np.ndarray | None):
        self.names = [fold(n) for n in names]
        self.owner = owner
        self.centre = centre
        self.vecs = _centred(vecs, centre) if centre is not None else vecs
        skeletons = [name_skeleton(n) for n in names]
        # each product's near twins: names alike once numbers and sizes are gone
        self.twins = [[j for j, other in enumerate(skeletons) if j != i and s and other
                       and fuzz.token_set_ratio(s, other) >= TWIN_NAME_SIMILARITY]
                      for i, s in enumerate(skeletons)]

    def similarities(self, vec: np.ndarray) -> np.ndarray:
        """Best centred cosine of the comment to each product's descriptions."""
        query = _centred(vec, self.centre) if self.centre is not None else vec
        sims = dot_rows(query, self.vecs)
        best = np.full(len(self.names), -1.0)
        np.maximum.at(best, self.owner, sims)
        return best

    def pick(self, vec: np.ndarray, text: str) -> int | None:
        """The product index, or None when none is clearly nearest or its twin is not told apart."""
        if self.centre is None or len(self.names) == 0:
            return None
        best = self.similarities(vec)
        order = np.argsort(-best)
        top = float(best[order[0]])
        second = float(best[order[1]]) if len(order) > 1 else -1.0
        if top < CENTRED_MIN_COSINE or top - second < CENTRED_MIN_MARGIN:
            return None
        i = int(order[0])
        if self.twins[i] and not self._told_apart(i, text):
            return None         # "wipes got fragrance?" of an 80- and a 20-sheet pack: either one
        return i

    def _told_apart(self, i: int, text: str) -> bool:
        """The comment says a word of the product's name that none of its twins has ("xl", "black", "8")."""
        folded = fold(text)
        tw = words_of(folded)
        twin_words = set().union(*(words_of(self.names[j]) for j in self.twins[i]))
        return any(phrase_in(w, folded, tw) for w in set(words_of(self.names[i])) - twin_words)
