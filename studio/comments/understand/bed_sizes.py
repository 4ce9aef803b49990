"""Twins told apart by a bed's width, however the buyer names it: a size word ("queen", "kasur king", "ไซส์คิง",
"matrimonial", "casal", "سرير كينج") or feet ("6ft", "5尺", "5 kaki", "6 ฟุต") against the widths the catalog's names give
("5尺（150×190cm）", "King 180x200", "Colchão Casal 138x188", "1m8").

A size word names a range of widths (single, super single, double, queen, king: the usual mattress widths of Asia,
Europe and the Americas, 90 to 200 cm); feet name a width (5 ft = 152 cm) within 8 %. A product of the catalog takes
the word only when its names give it one width in that range and a twin's another: a show without beds takes nothing.
"""

from __future__ import annotations

import re

import numpy as np

from studio.comments.understand.wordmatch import fold

# width ranges in cm (a mattress's narrower side)
RANGES = {"single": (80, 105), "super single": (106, 125), "double": (126, 145), "queen": (146, 165), "king": (166, 205)}
_W = r"(?<![^\W\d_])"
_E = r"(?![^\W\d_])"
# the size words of every language: most borrow the English ones
SIZE_WORDS = [
    ("super single", rf"{_W}(?:super\s*single|supersingle){_E}|ซุปเปอร์ซิงเกิ้ล|超单人"),
    # (Thai, written without spaces, by the word alone)
    ("king", rf"{_W}(?:super\s*king|king|kingsize|king-size|كينج|كينغ|كنج){_E}|คิงไซส์|คิงไซซ์|ไซส์คิง|特大床|加大双人"),
    ("queen", rf"{_W}(?:queen|queensize|queen-size|كوين){_E}|ควีนไซส์|ควีนไซซ์|ไซส์ควีน"),
    # (the everyday words "single", "double", "đôi" name a bed's size only beside a bed or size word)
    ("double", rf"{_W}(?:double (?:bed|size)|matrimonial|casal|katil kelamin|giường đôi|سرير مزدوج|"
               rf"مزدوج|دبل){_E}|เตียงคู่|双人床|雙人床"),
    ("single", rf"{_W}(?<!super )(?:single (?:bed|size)|solteiro|katil bujang|giường đơn|سرير مفرد|"
               rf"سنجل){_E}|เตียงเดี่ยว|(?<!ซุปเปอร์)ซิงเกิ้ล|(?<!ซุปเปอร์)ซิงเกิล|单人床|單人床"),
]
_SIZE_WORDS = [(size, re.compile(p, re.IGNORECASE)) for size, p in SIZE_WORDS]
# feet: "6ft", "6 feet", "5尺", "5呎", "5 kaki", "6 ฟุต", "6 pés", "6 قدم"
_FEET = re.compile(r"(?<![0-9.])([3-7](?:\.5)?)\s*(?:ft|feet|foot|'|尺|呎|kaki|ฟุต|pies|pés|قدم|اقدام|أقدام)"
                   r"(?![a-z])", re.IGNORECASE)
# widths in a name: "150×190cm", "180 x 200", "1m8" / "1.8m" (Vietnamese and Chinese bed widths in metres)
_DIMS = re.compile(r"(?<![0-9])([0-9]{2,3})\s*[x×*]\s*([0-9]{2,3})(?![0-9])")
_METRES = re.compile(r"(?<![0-9.])1(?:m|\.)([0-9])(?:\s*m|米)?(?![0-9])")
_FOOT_CM = 30.48


def widths_of_name(name: str) -> set[float]:
    """The bed widths a catalog name gives, in cm."""
    out = {float(min(int(a), int(b))) for a, b in _DIMS.findall(name) if 80 <= min(int(a), int(b)) <= 205}
    out |= {float(n) * _FOOT_CM for n in _FEET.findall(name)}
    if not out:
        out |= {100.0 + 10 * int(d) for d in _METRES.findall(name) if 5 <= int(d) <= 9 and ("m" in name or "米" in name)}
    return out


def _fits(width: float, wants: list[tuple[float, float]]) -> bool:
    return any(lo <= width <= hi for lo, hi in wants)


class BedSizes:
    """Which products a comment's bed size points at (+1) or away from (-1), from each product's names."""

    def __init__(self, names_per_product: list[list[str]]):
        self.widths = [set().union(*(widths_of_name(fold(n)) for n in names)) if names else set()
                       for names in names_per_product]
        # only where at least two products have a width, and different ones (twins of a bed size)
        told = {round(w) for ws in self.widths for w in ws}
        self.active = sum(1 for ws in self.widths if ws) >= 2 and len(told) >= 2

    def scores(self, text: str) -> np.ndarray:
        out = np.zeros(len(self.widths))
        if not self.active:
            return out
        folded = fold(text)
        wants = [RANGES[size] for size, pattern in _SIZE_WORDS if pattern.search(folded)]
        wants += [(float(n) * _FOOT_CM * 0.92, float(n) * _FOOT_CM * 1.08) for n in _FEET.findall(folded)]
        if not wants:
            return out
        for i, ws in enumerate(self.widths):
            if ws:
                out[i] = 1.0 if any(_fits(w, wants) for w in ws) else -1.0
        # a size that fits every bed, or none, tells none apart
        return out if (out > 0).any() and (out < 0).any() else np.zeros(len(self.widths))
