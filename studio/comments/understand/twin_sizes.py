"""Twins told apart by how they compare: "the small wipes pack" (the smaller number of the tied twins), "the short
rod" (the shorter length), "case ip15" (the plain twin of "iPhone 15" and "iPhone 15 Pro Max"). Split out of
products.py (which scores the evidence) when it reached 400 lines."""

from __future__ import annotations

import re

import numpy as np

from studio.comments.understand.measures import measures_in
from studio.comments.understand.wordmatch import phrase_in, words_of

# a length asked: "ยาวกี่เมตร", "dài mấy mét", "panjang berapa", "多长", "كم طوله"
ASKS_HOW_LONG = re.compile(r"กี่|เท่าไ|(?<![^\W\d_])(?:bao nhiêu|bao nhieu|mấy|may|berapa|brp|cuánto|cuanto|quanto|how)"
                           r"(?![^\W\d_])|多长|多長|多少|几|幾|(?<![^\W\d_])كم(?![^\W\d_])")
# a measure with its dimension ("600ml", "1l", "2m") and the factor to the dimension's smallest unit
_WITH_KIND = re.compile(r"([0-9.]+)(ml|l|g|kg|mm|cm|m|mah)")
_IN_BASE_UNIT = {"ml": 1, "l": 1000, "g": 1, "kg": 1000, "mm": 0.1, "cm": 1, "m": 100, "mah": 1}
_DIMENSION = {"ml": "volume", "l": "volume", "g": "weight", "kg": "weight", "mm": "length", "cm": "length",
              "m": "length", "mah": "charge"}


def _dimension(token: str) -> str:
    return _DIMENSION[_WITH_KIND.fullmatch(token).group(2)]


SIZE_ORDER = {s: i for i, s in enumerate(["xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl"])}


def by_relative_size(entries: list, tied: np.ndarray, comment_concepts: set[str], folded: str) -> np.ndarray:
    """"the small wipes pack" of an 80- and a 20-sheet pack: the tied twin with the smallest
    number ("large": the largest), when the twins' names carry one number each."""
    out = np.zeros(len(entries))
    want = [c for c in ("mini", "large") if c in comment_concepts]
    # "คันสั้น", "joran pendek" of a 2.1 and a 2.7 m rod: the short one is the shorter length
    lengths = [c for c in ("short", "long") if c in comment_concepts]
    # (not "สายชาร์จยาวกี่เมตร", "dây sạc dài mấy mét": how long it is, asked)
    by_length = not want and len(lengths) == 1 and not ASKS_HOW_LONG.search(folded)
    if by_length:
        want = ["mini" if lengths[0] == "short" else "large"]
    idx = np.flatnonzero(tied)
    if len(want) != 1 or len(idx) < 2:
        return out
    # the numbers of the product's name (not of its SKU: "SNK-15" is no size), in one unit where the names give
    # one ("600ml" and "1l" of two kettles: 600 and 1000 ml)
    names = [measures_in(entries[i].names[1] if len(entries[i].names) > 1 else "", names=True) for i in idx]
    letters = [[SIZE_ORDER[x[5:]] for x in found if x[5:] in SIZE_ORDER] for found in names]
    if all(len(v) == 1 for v in letters) and len({v[0] for v in letters}) == len(letters):
        names = [{str(v[0])} for v in letters]      # "la pechera chica" of harnesses P and G: the size letters' order
    sizes = [sorted({float(m.group(1)) * _IN_BASE_UNIT[m.group(2)] for x in found
                     if (m := _WITH_KIND.fullmatch(x))}) for found in names]
    dimensions = {_dimension(x) for found in names for x in found if _WITH_KIND.fullmatch(x)}
    # (millimetres are a width or a barrel, not a length: "tóc ngắn" of a 19 and a 28 mm curling wand is short hair)
    in_mm = any(x.endswith("mm") for found in names for x in found)
    if by_length and (dimensions != {"length"} or in_mm or any(len(v) != 1 for v in sizes)):
        return out
    if any(len(v) != 1 for v in sizes) or len(dimensions) != 1:
        sizes = [sorted({float(x) for x in found if re.fullmatch(r"[0-9.]+", x)}) for found in names]
    if any(len(v) != 1 for v in sizes) or len({v[0] for v in sizes}) != len(sizes):
        return out
    values = [v[0] for v in sizes]
    pick = values.index(min(values) if want[0] == "mini" else max(values))
    out[idx[pick]] = 1.0
    return out

def plain_twin(entries: list, tied: np.ndarray, comment_concepts: set[str], comment_numbers: set[str], folded: str,
           tw: list[str]) -> np.ndarray:
    """"case ip15" of "Clear Case, iPhone 15" and "Clear Case, iPhone 15 Pro Max": the twin whose name is the
    other's less some words, when the buyer gave the model number they share and none of those words."""
    out = np.zeros(len(entries))
    idx = np.flatnonzero(tied)
    if len(idx) < 2:
        return out
    names = {i: set(words_of(entries[i].names[1] if len(entries[i].names) > 1 else "")) for i in idx}
    plain = [i for i in idx if all(names[i] < names[j] for j in idx if j != i)]
    if len(plain) != 1:
        return out
    i = plain[0]
    extra = set().union(*(names[j] for j in idx if j != i)) - names[i]
    extra_concepts = set().union(*(entries[j].concepts for j in idx if j != i)) - entries[i].concepts
    if (comment_numbers & entries[i].numbers and not extra_concepts & comment_concepts
            and not any(phrase_in(w, folded, tw) or w in folded for w in extra)):   # glued too: "15promax"
        out[i] = 1.0
    return out
