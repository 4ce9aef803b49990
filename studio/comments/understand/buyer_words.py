"""A product named only by the buyers' lexicon: a generic head or a descriptor, no kind, name or number.

"المكينة" (the machine), "الطقم" (the set), "زيت الصندل" (sandalwood oil), "la cobija de seda" (silk): words of
assets/comments/lexicon/*.yaml that meet a product through the catalog's own words ("电动", "Set of 6", "Sandalwood",
"Ice Silk"), in whatever language the catalog is written. Such words say what a product is like, not which kind it
is, and the buyer may mean another product made of the same stuff ("el cuchillo es de acero" of a catalog whose
only steel name is the wok's): the encoder, which reads the whole comment, decides with them (ProductMatcher.match).
"""

from __future__ import annotations

import numpy as np

# a generic head ("the set", "the box") says less than a descriptor: half a concept's weight
HEAD_WEIGHT = 0.5
# the encoder, nearer another product than the lexicon's one by this much (centred cosine), vetoes it (DEV, blind1-8)
ENCODER_VETO_MARGIN = 0.05


def lexicon_pick(scores: np.ndarray, encoder_pick: int | None, similarities: np.ndarray | None) -> int | None:
    """The product index, where only the buyers' lexicon scored (scores > 0 somewhere).
    encoder_pick: the encoder fallback's own choice (None when it has none); similarities: its centred cosines.
    The encoder's own choice stands, as where no word met the catalog; else the lexicon's one best, unless the
    encoder is clearly nearer another product."""
    if encoder_pick is not None:
        return encoder_pick
    best = float(scores.max())
    top = np.flatnonzero(scores == best)
    winner = int(top[0]) if len(top) == 1 else None
    if winner is None or similarities is None:
        return winner
    nearest = int(np.argmax(similarities))
    if nearest != winner and similarities[nearest] - similarities[winner] >= ENCODER_VETO_MARGIN:
        return None
    return winner
