"""Arabizi: Arabic written in Latin letters with digits for the letters Latin lacks (3 = ع, 7 = ح, 2 = ء/ق, 5 = خ,
8 = غ, 9 = ق): "3ayez 7abl", "a7mar", "ray2". Those digits are letters, never a count, and a line with them is
Arabic whatever the Latin n-gram model says. Digits glued to a unit or a code ("2pcs", "3in1", "8oz", "cf2") and the
Malay/Indonesian "2" of a doubled word ("anak2") are not Arabizi letters for the language."""

from __future__ import annotations

import re

_UNITS = r"(?:pcs?|kg|gr?|ml|l|cm|mm|m|x|in\b|in1|inch(?:es)?|oz|am|pm|ea|each|nd|rd|th|st|k|rb|w|v|mah|gb|tb|lbs?|h|hrs?|min|d|s|ons)"
_CODES = r"(?:cf|keep|mine|order|pesan|pesen|ambil|quero|quiero|want|take|beli|jual|mau|nak|chot|book|size|talla|ukuran|no|shade|tone|tono|x)"
# a digit-letter opening a word before a vowel ("3ayez", "7abl", "5alas", "2ahwa"), or inside a word ("a7mar", "mo7ammad")
_LEAD = re.compile(rf"(?<![a-z0-9])[235789](?!{_UNITS}(?![a-z]))[aeiou][a-z]+", re.IGNORECASE)
_INSIDE = re.compile(r"(?<![a-z0-9])[a-z]+[235789][a-z]+", re.IGNORECASE)
# ending a word ("ray2", "mozee3"): a letter too, but "anak2" is a doubled word, and "keep2" a code
_END = re.compile(rf"(?<![a-z0-9])(?!{_CODES}[0-9])[a-z]{{3,}}[235789](?![a-z0-9])", re.IGNORECASE)
_END_NOT_DOUBLING = re.compile(r"(?<![a-z0-9])[a-z]{3,}[35789](?![a-z0-9])", re.IGNORECASE)
# Egyptian and Gulf words typed in Latin letters with no digit-letter, that no other market language writes
# ("el mlaya el khadra gamda awy"): two of them make the line Arabic (one is a loanword: "love it habibi")
_WORDS = frozenset("awy awi gamda gamed gamela gameela keda kda mesh ezay ezzay feen fein yalla habibi habibti wallahi "
                   "wallah inshallah mashallah shokran shukran mabrook mabrouk ahla helwa helw tayeb khalas ayez ayza "
                   "abgha mlaya bardo khales kteer ktir".split())
_WORD = re.compile(r"[a-z]+")


def is_arabizi(text: str) -> bool:
    """The line is Arabic in Latin letters: a digit-letter opens or sits inside a word, or ends two words, one
    of them with another digit than 2 ("el mozee3 ray2"; one word ending in a digit is a model: "iphone7"), or it holds
    two words only Arabizi writes ("gamda awy")."""
    if _LEAD.search(text) or _INSIDE.search(text):
        return True
    if len(_WORDS.intersection(_WORD.findall(text.lower()))) >= 2:
        return True
    return len(_END.findall(text)) >= 2 and bool(_END_NOT_DOUBLING.search(text))


def without_arabizi_words(text: str) -> str:
    """The text with its Arabizi words' digits out (so that no count is read from them): "3ayez 7abl" -> "ayez abl"."""
    if not is_arabizi(text):
        return text
    for pattern in (_LEAD, _INSIDE, _END):
        text = pattern.sub(lambda m: re.sub(r"[0-9]", "", m.group(0)), text)
    return text
