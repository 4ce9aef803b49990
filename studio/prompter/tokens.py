"""Normalized tokens for matching speech against the script.

The same function tokenizes script lines and recognized text, so both sides agree:
- NFKC, casefold, punctuation and symbols dropped ("Hi, everyone!" -> hi, everyone);
  apostrophes inside words vanish ("don't" -> dont) because Whisper writes both forms.
- Chinese and Japanese ideographs/kana: one token per character (no spaces to split on,
  and recognizers segment words differently from the script author).
- Thai: no spaces between words either, and single Thai characters are mostly vowel
  signs and tone marks, so a Thai run becomes overlapping character bigrams.
Each token keeps its character span in the original text so the prompter can
highlight the exact word.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

THAI_NGRAM = 2


@dataclass(frozen=True)
class Token:
    norm: str          # matching key
    char_start: int    # span in the original (un-normalized) text
    char_end: int


def _is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2FFFF
            or 0xF900 <= cp <= 0xFAFF or 0x3040 <= cp <= 0x30FF or 0x31F0 <= cp <= 0x31FF)


def _is_thai(ch: str) -> bool:
    return 0x0E00 <= ord(ch) <= 0x0E7F


def _is_word_char(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat[0] in ("L", "N", "M")


_JOINERS = {"'", "’", "‘", "ʼ"}   # inside a word: "don't", "it’s"


def tokenize(text: str) -> list[Token]:
    """Split text into matching tokens with their character spans."""
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if _is_cjk(ch):
            tokens.append(Token(_norm(ch), i, i + 1))
            i += 1
            continue
        if _is_thai(ch) and _is_word_char(ch):
            j = i
            while j < n and _is_thai(text[j]) and _is_word_char(text[j]):
                j += 1
            tokens.extend(_thai_ngrams(text, i, j))
            i = j
            continue
        if _is_word_char(ch):
            j = i
            while j < n:
                c = text[j]
                if _is_cjk(c) or _is_thai(c):
                    break
                if _is_word_char(c):
                    j += 1
                elif c in _JOINERS and j + 1 < n and _is_word_char(text[j + 1]) and j > i:
                    j += 1
                else:
                    break
            norm = _norm("".join(c for c in text[i:j] if c not in _JOINERS))
            if norm:
                tokens.append(Token(norm, i, j))
            i = j
            continue
        i += 1
    return tokens


def _thai_ngrams(text: str, start: int, end: int) -> list[Token]:
    if end - start <= THAI_NGRAM:
        return [Token(_norm(text[start:end]), start, end)]
    return [Token(_norm(text[k:k + THAI_NGRAM]), k, k + THAI_NGRAM)
            for k in range(start, end - THAI_NGRAM + 1)]


def _norm(text: str) -> str:
    # Accents are kept: Vietnamese tone marks and Spanish accents change the word.
    return unicodedata.normalize("NFKC", text).casefold()


def is_subword(norm: str) -> bool:
    """A token that is a piece of a word: one CJK character or a Thai n-gram."""
    return bool(norm) and (_is_cjk(norm[0]) or _is_thai(norm[0]))


def normalized_words(text: str) -> list[str]:
    return [t.norm for t in tokenize(text)]


@functools.lru_cache(maxsize=512)
def number_words(number: str, language: str | None) -> tuple[str, ...] | None:
    """A number written in digits as the words said for it ("100", "es" -> cien), or None where
    num2words does not know the language. Whisper writes digits where scripts spell numbers out."""
    from num2words import num2words

    if not number.isdigit() or not language or len(number) > 9:
        return None
    code = language.replace("-", "_")
    for lang in (code, code.split("_")[0]):
        try:
            return tuple(normalized_words(num2words(int(number), lang=lang)))
        except (NotImplementedError, KeyError, ValueError, OverflowError):
            continue
    return None
