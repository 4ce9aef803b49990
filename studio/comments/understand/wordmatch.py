"""Word lists in many languages, matched the way buyers write: whole words in Latin script (one
typo allowed from 5 letters on, glued endings such as Indonesian "-nya"), substrings in scripts
written without spaces (Chinese, Thai) or with attached articles (Arabic "ال")."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

FUZZY_MIN_RATIO = 87
# a typo is read only in a word of 5 letters or more, on both sides: "back" is no typo of "black",
# nor "fast" of "feast" (one letter less in a short word is usually another word)
FUZZY_MIN_LETTERS = 5
# endings glued to a word: Indonesian/Malay "-nya" ("kacamatanya"), "-ku", "-mu", plurals
CLITICS = "nya|ku|mu|s|es"
_SPACED = re.compile(r"[a-z\u00c0-\u024f\u1e00-\u1eff]")    # Latin: words are separated by spaces
# a Latin word ends where Latin letters and digits end, also against Chinese or Thai ("nude那支")
_L = r"a-z0-9\u00c0-\u024f\u1e00-\u1eff"
_WORDS = re.compile(rf"[{_L}]+(?:-[{_L}]+)*|[^\W_{_L}]+")
_LATIN_START = re.compile(rf"(?<![{_L}])[{_L}]")


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower().strip()


def without_marks(text: str) -> str:
    """Latin accents off ("látex" -> "latex", "bambú" -> "bambu"), for the catalog's words that have
    none; Thai and Arabic marks stay (they are letters of the word there)."""
    return unicodedata.normalize("NFC", "".join(ch for ch in unicodedata.normalize("NFD", text)
                                                if not "\u0300" <= ch <= "\u036f"))


def words_of(text: str) -> list[str]:
    return _WORDS.findall(fold(text))


def phrase_in(phrase: str, text: str, text_words: list[str]) -> bool:
    """phrase (folded) occurs in text (folded), text_words = words_of(text)."""
    if not phrase:
        return False
    if not _SPACED.search(phrase):
        return phrase in text
    if re.search(rf"(?<![{_L}]){re.escape(phrase)}(?:{CLITICS})?(?![{_L}])", text):
        return True
    if " " in phrase or len(phrase) < FUZZY_MIN_LETTERS:
        return False
    return any(len(w) >= FUZZY_MIN_LETTERS and abs(len(w) - len(phrase)) <= 2 and fuzz.ratio(w, phrase) >= FUZZY_MIN_RATIO
               for w in text_words)


class Lexicon:
    """concept -> its words; find() names the concepts a text mentions. Read-only after load.

    Matches what phrase_in() matches, compiled once: one alternation for the Latin words (the
    longest variant at each word start), substrings for the other scripts, and rapidfuzz's
    batch scorer for typos; a few hundred separate patterns would overflow re's cache."""

    def __init__(self, concepts: dict[str, list[str]]):
        self.concepts = {c: [fold(str(v)) for v in variants] for c, variants in concepts.items()}
        self._spaced: dict[str, set[str]] = {}      # Latin variant -> concepts
        self._substrings: list[tuple[str, str]] = []
        for concept, variants in self.concepts.items():
            for v in variants:
                if not v:
                    continue
                if _SPACED.search(v):
                    self._spaced.setdefault(v, set()).add(concept)
                else:
                    self._substrings.append((v, concept))
        alternation = "|".join(re.escape(v) for v in sorted(self._spaced, key=len, reverse=True))
        self._latin = re.compile(rf"({alternation})(?:{CLITICS})?(?![{_L}])") if self._spaced else None
        self._fuzzy = [v for v in self._spaced if " " not in v and len(v) >= FUZZY_MIN_LETTERS]

    @classmethod
    def load(cls, path: Path, groups: tuple[str, ...] = ()) -> "Lexicon":
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if groups:
            data = {c: v for g in groups for c, v in (data.get(g) or {}).items()}
        return cls(data)

    def find(self, text: str, typos: bool = True) -> set[str]:
        """typos=False for text written with care (a catalog's names): no fuzzy matches."""
        folded = fold(text)
        found = {c for v, c in self._substrings if v in folded}
        if self._latin is None:
            return found
        for m in _LATIN_START.finditer(folded):
            hit = self._latin.match(folded, m.start())
            if hit:
                found |= self._spaced[hit.group(1)]
        for word in set(words_of(folded)) if typos else ():
            if len(word) < FUZZY_MIN_LETTERS:
                continue
            for variant, _score, _ in process.extract(word, self._fuzzy, scorer=fuzz.ratio, limit=None,
                                                      score_cutoff=FUZZY_MIN_RATIO):
                if abs(len(word) - len(variant)) <= 2:
                    found |= self._spaced[variant]
        return found
