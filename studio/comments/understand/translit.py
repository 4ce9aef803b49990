"""Sound skeletons: a catalog's Latin words found in Thai and Arabic comments that spell them by ear.

Buyers write a catalog's foreign words in their own script: "เบนโทไนท์" and "البنتونايت" are
"bentonite", "ดัมเบล" is "dumbbell", "اللانولين" is "lanolin". skeleton() reduces a word of any of
the three scripts to its consonants in broad classes (b/p, t/d/th, k/g/q, s/z/ch/j, f/v, l/r, m, n),
vowels, h, w and y dropped, doubles merged, so the three spellings meet. No word list: any
catalog's words in any Thai or Arabic spelling.

Matching (SkeletonIndex.find): a catalog word needs four consonants or more (three meet by chance:
"السلام" and "serum"). In Arabic, words are spaced: the comment word, without its prefixes (ال, و,
ب, ل, ف), must have the catalog word's skeleton (one trailing consonant more allowed: a plural or
a feminine ending). Thai has no spaces: the skeleton must occur in a run of Thai.
"""

from __future__ import annotations

import re
import unicodedata

# Latin spellings, longest first: "ph" is f, "th" is t, "ch"/"sh" are s, "ng" is n, "ck" is k
_LATIN_PAIRS = (("ph", "F"), ("th", "T"), ("ch", "S"), ("sh", "S"), ("ng", "N"), ("ck", "K"), ("qu", "K"))
_LATIN = {**dict.fromkeys("bp", "B"), **dict.fromkeys("td", "T"), **dict.fromkeys("kgq", "K"),
          **dict.fromkeys("szj", "S"), **dict.fromkeys("fv", "F"), **dict.fromkeys("lr", "L"), "m": "M", "n": "N",
          "x": "KS"}
_THAI = {**dict.fromkeys("กขฃคฅฆ", "K"), "ง": "N", **dict.fromkeys("จฉชซฌศษส", "S"), **dict.fromkeys("ดฎตฏถฐทธฑฒ", "T"),
         **dict.fromkeys("ณน", "N"), **dict.fromkeys("บปผพภ", "B"), **dict.fromkeys("ฝฟ", "F"), "ม": "M",
         **dict.fromkeys("รลฬ", "L")}
_ARABIC = {**dict.fromkeys("بپ", "B"), **dict.fromkeys("تطثدضذظ", "T"), **dict.fromkeys("كقغگخ", "K"),
           **dict.fromkeys("سصشزج", "S"), **dict.fromkeys("فڤ", "F"), **dict.fromkeys("لر", "L"), "م": "M", "ن": "N"}
_THAI_RUN = re.compile(r"[\u0e00-\u0e7f]+")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
_ARABIC_PREFIX = re.compile(r"^(?:وال|بال|فال|كال|لل|ال|و|ب|ف)(?=\S{3})")
MIN_LATIN = 4        # consonants a catalog word needs: three meet by chance ("السلام" and "serum")


def _merge(classes: list[str]) -> str:
    out = []
    for c in classes:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def latin_skeleton(word: str) -> str:
    w = unicodedata.normalize("NFKD", word.lower())
    w = "".join(ch for ch in w if "a" <= ch <= "z")
    out, i = [], 0
    while i < len(w):
        pair = next((cls for p, cls in _LATIN_PAIRS if w.startswith(p, i)), None)
        if pair:
            out.append(pair)
            i += 2
            continue
        ch = w[i]
        if ch == "c":
            out.append("S" if w[i + 1:i + 2] in ("e", "i", "y") else "K")
        elif ch == "g" and w[i + 1:i + 2] in ("e", "i", "y"):
            out.append("S")
        elif ch in _LATIN:
            out.extend(_LATIN[ch])
        i += 1
    return _merge(out)


def native_skeleton(text: str) -> str:
    """Skeleton of Thai or Arabic letters (others ignored)."""
    return _merge([_THAI.get(ch) or _ARABIC.get(ch) for ch in text if ch in _THAI or ch in _ARABIC])


class SkeletonIndex:
    """Latin catalog words by skeleton; find() names those a Thai or Arabic comment spells."""

    def __init__(self, words: set[str]):
        self.by_skeleton: dict[str, set[str]] = {}
        for word in words:
            sk = latin_skeleton(word)
            # "dumbbells" is spelled "ดัมเบล": a Latin plural's s is not written in the buyer's script
            for skel in {sk, sk[:-1] if word.endswith("s") else sk}:
                if len(skel) >= MIN_LATIN:
                    self.by_skeleton.setdefault(skel, set()).add(word)

    def find(self, text: str) -> set[str]:
        if not self.by_skeleton:
            return set()
        found: set[str] = set()
        for m in _ARABIC_WORD.finditer(text):
            sk = native_skeleton(_ARABIC_PREFIX.sub("", m.group(0)))
            for skel, words in self.by_skeleton.items():
                if sk == skel or (sk.startswith(skel) and len(sk) == len(skel) + 1):
                    found |= words
        for m in _THAI_RUN.finditer(text):
            sk = native_skeleton(m.group(0))
            for skel, words in self.by_skeleton.items():
                if skel in sk:
                    found |= words
        return found
