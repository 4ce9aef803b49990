"""Text normalization for matching, with a map back to the original characters.

Rules are written once in a canonical form and hosts' text arrives in many: full-width
Latin from Chinese input methods (ＢＥＳＴ), Traditional characters (最佳 / 最佳, 廣告),
mixed case, Arabic with or without short vowels, Vietnamese with or without tone marks.
Both sides go through `normalize()`, so a rule written as 最好 also catches 最好 in
Traditional script or full width. Every normalized character remembers which original
character it came from, so findings carry spans the teleprompter can underline.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

# Arabic: short vowels (harakat), superscript alef and tatweel carry no meaning for
# matching; alef/ya/ta-marbuta variants are spelled both ways in the wild.
_ARABIC_DROP = set(chr(c) for c in range(0x064B, 0x0660)) | {"\u0670", "\u0640"}
_ARABIC_MAP = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}
# Digits of other scripts (Arabic-Indic ٠-٩, Persian ۰-۹, Thai ๐-๙) and the Arabic percent and
# separators: NFKC leaves them alone, yet "خصم ٧٠٪" and "خصم 70%" are the same claim.
_DIGITS = {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)},
           **{chr(0x0E50 + i): str(i) for i in range(10)}, "\u066a": "%", "\u066b": ".", "\u066c": ","}
# Persian letter forms typed on Persian keyboards for Arabic text.
_ARABIC_MAP.update({"\u06cc": "ي", "\u06a9": "ك"})
# Letters with a stroke that Unicode does not decompose; folded with the diacritics.
_STROKE_FOLD = {"đ": "d", "ø": "o", "ł": "l", "ß": "ss"}
_LATIN_MARKS = re.compile("[\u0300-\u036f]")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class NormalizedText:
    """`text` is the normalized form; origin[i] is the index in `original` of text[i]."""

    original: str
    text: str
    origin: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the original text that normalized text[start:end] came from."""
        if end <= start:
            pos = self.origin[start] if start < len(self.origin) else len(self.original)
            return pos, pos
        first = self.origin[start]
        last = self.origin[end - 1]
        # Extend over the rest of the original cluster (a base letter's combining marks).
        stop = last + 1
        while stop < len(self.original) and unicodedata.combining(self.original[stop]):
            stop += 1
        return first, stop


@functools.lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def _clusters(text: str):
    """(start index, cluster) where a cluster is a base character and its combining marks."""
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or not unicodedata.combining(text[i]) or _is_thai_or_arabic(text[i]):
            yield start, text[start:i]
            start = i


def _is_thai_or_arabic(ch: str) -> bool:
    # Thai vowel/tone marks and Arabic harakat are combining too, but each maps on its
    # own (Thai keeps them, Arabic drops them), so they form their own clusters.
    return "\u0e00" <= ch <= "\u0e7f" or "\u0600" <= ch <= "\u06ff"


@functools.lru_cache(maxsize=65536)  # captions reuse a few thousand characters: fold each once
def _fold_cluster(cluster: str, fold_diacritics: bool) -> str:
    if len(cluster) == 1 and cluster in _ARABIC_DROP:
        return ""
    piece = unicodedata.normalize("NFKC", cluster).casefold()
    piece = "".join(_ARABIC_MAP.get(ch) or _DIGITS.get(ch, ch) for ch in piece)
    if fold_diacritics:
        piece = unicodedata.normalize("NFD", piece)
        piece = _LATIN_MARKS.sub("", piece)
        piece = "".join(_STROKE_FOLD.get(ch, ch) for ch in piece)
        piece = unicodedata.normalize("NFC", piece)
    return piece


def _to_simplified(text: str) -> str:
    """OpenCC t2s on the whole string (phrase-aware); per character if lengths differ."""
    if not _HAN.search(text):
        return text
    converter = _t2s()
    converted = converter.convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(converter.convert(ch) if _HAN.match(ch) else ch for ch in text)


def normalize(text: str, fold_diacritics: bool = False) -> NormalizedText:
    """NFKC (full/half width), casefold, Traditional→Simplified, Arabic spelling variants
    and, when asked, Latin diacritics (é→e, ế→e, đ→d)."""
    if text.isascii():  # most English/Spanish-without-accents captions: lower() is the whole job
        return NormalizedText(text, text.lower(), tuple(range(len(text))))
    simplified = _to_simplified(text)
    pieces: list[str] = []
    origin: list[int] = []
    for start, cluster in _clusters(simplified):
        piece = _fold_cluster(cluster, fold_diacritics)
        pieces.append(piece)
        origin.extend([start] * len(piece))
    return NormalizedText(text, "".join(pieces), tuple(origin))


def normalize_regex(pattern: str, fold_diacritics: bool = False) -> str:
    """The safe part of normalization for a rule's regex: width, Traditional→Simplified and
    Arabic spelling variants. Case is left alone (\\S is not \\s), so regexes are written
    in lower case; Latin accents are kept as written."""
    pattern = unicodedata.normalize("NFKC", _to_simplified(pattern))
    pattern = "".join(_ARABIC_MAP.get(ch) or _DIGITS.get(ch, ch) for ch in pattern if ch not in _ARABIC_DROP)
    if fold_diacritics:
        pattern = _LATIN_MARKS.sub("", unicodedata.normalize("NFD", pattern))
        pattern = unicodedata.normalize("NFC", "".join(_STROKE_FOLD.get(ch, ch) for ch in pattern))
    return pattern


def alternation(regexes, fold_diacritics: bool = False) -> re.Pattern:
    """One pattern for a word family of regexes (one string or many), each normalized as normalize_regex does,
    matched against normalize(...).text. The shared helper of the notes and line readers (deals, disclosure,
    culture topics, festive decor, disparagement, context words)."""
    items = [regexes] if isinstance(regexes, str) else list(regexes)
    return re.compile("|".join(f"(?:{normalize_regex(str(r), fold_diacritics)})" for r in items))


def normalize_phrase(text: str, fold_diacritics: bool = False) -> str:
    """The normalized form of a rule's literal phrase."""
    return normalize(text, fold_diacritics).text


def encoder_text(text: str) -> str:
    """The light normalization the sentence encoder reads: Arabic short vowels and tatweel
    dropped, other scripts' digits as 0-9, Traditional Chinese as Simplified. Case, accents
    and punctuation stay (the encoder knows them). "هذا الكريـــم يَشفي" read as written was
    cosine 0.94 to the same words without marks; the labeled examples are mostly unmarked."""
    if text.isascii():
        return text
    text = "".join(_DIGITS.get(ch, ch) for ch in text if ch not in _ARABIC_DROP)
    return _to_simplified(text)
