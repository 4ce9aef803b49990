"""Word lists in many languages, matched the way buyers write: whole words in Latin script (one
typo allowed from 5 letters on, glued endings such as Indonesian "-nya"), substrings in scripts
written without spaces (Chinese, Thai) or with attached articles (Arabic "ال")."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml
from rapidfuzz import fuzz

FUZZY_MIN_RATIO = 87
# endings glued to a word: Indonesian/Malay "-nya" ("kacamatanya"), "-ku", "-mu", plurals
CLITICS = "nya|ku|mu|s|es"
_SPACED = re.compile(r"[a-z\u00c0-\u024f\u1e00-\u1eff]")    # Latin: words are separated by spaces


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower().strip()


def words_of(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:-[^\W_]+)*", fold(text))


def phrase_in(phrase: str, text: str, text_words: list[str]) -> bool:
    """phrase (folded) occurs in text (folded), text_words = words_of(text)."""
    if not phrase:
        return False
    if not _SPACED.search(phrase):
        return phrase in text
    if re.search(rf"(?<![^\W_]){re.escape(phrase)}(?:{CLITICS})?(?![^\W_])", text):
        return True
    if " " in phrase or len(phrase) < 5:
        return False
    return any(abs(len(w) - len(phrase)) <= 2 and fuzz.ratio(w, phrase) >= FUZZY_MIN_RATIO for w in text_words)


class Lexicon:
    """concept -> its words; find() names the concepts a text mentions. Read-only after load."""

    def __init__(self, concepts: dict[str, list[str]]):
        self.concepts = {c: [fold(str(v)) for v in variants] for c, variants in concepts.items()}

    @classmethod
    def load(cls, path: Path, groups: tuple[str, ...] = ()) -> "Lexicon":
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if groups:
            data = {c: v for g in groups for c, v in (data.get(g) or {}).items()}
        return cls(data)

    def find(self, text: str) -> set[str]:
        folded = fold(text)
        words = words_of(folded)
        return {c for c, variants in self.concepts.items() if any(phrase_in(v, folded, words) for v in variants)}
