"""How a glossary term and what Whisper wrote for it are compared: their letters, and a sound key.

Whisper writes a term it half-heard the way the caption's language spells that sound: Spanish
"Jialurónico" and "Ayantoin" for Hyaluronic and Allantoin (j and h, ll and y), Portuguese
"Adenosini" (an unstressed final e sounds i), "Conçalicylicia" (ç is s). So the key is built in
steps, the same for the term and for the heard words: the caption language's own
letter-to-sound simplifications first, then the folds shared by en/es/pt/id/vi (ph/f, c/k/qu,
z/s, v/b, y/i, silent h, double letters). Localised forms of an international name ("Ceramida",
"Niacinamida", "Péptido") differ from the term only in the final vowel the language adds, so in
es and pt a final vowel after a consonant sound is dropped from the key last. Such a localised
form counts as the term heard right and becomes the glossary spelling in the caption (what the
claim checker and the translators then see).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Applied in order on accent-free lowercase letters, after the language's own rules.
_COMMON = [(re.compile(p), r) for p, r in (
    (r"ph", "f"), (r"(?<=[bcdfgkmnprstvxz])h|^h|h$", ""), (r"sch|sh|ch", "s"), (r"ck|qu|q", "k"),
    (r"c(?=[eiy])", "s"), (r"c", "k"), (r"x", "ks"), (r"z", "s"), (r"y", "i"), (r"w", "u"),
    (r"v", "b"), (r"j", "i"), (r"nh|ny", "n"), (r"(.)\1+", r"\1"))]

# Before accents are dropped: letters whose accent changes the sound.
_ACCENTED = {"ç": "s", "đ": "d"}

# Each language's spellings of one sound (standard orthography, not tuned to any term).
_LANGUAGE = {
    # Spanish: h is silent; j, and g before e/i, are the h sound (Whisper drops it: "Jialurónico");
    # ll sounds y (yeísmo: "Ayantoin").
    "es": [(r"(?<!c)h", ""), (r"j|g(?=[ei])", ""), (r"ll", "y")],
    # Portuguese (Brazil): lh sounds li; h is silent but in ch/lh/nh.
    "pt": [(r"lh", "li"), (r"(?<![cln])h", "")],
    # Indonesian: c is the ch sound, sy the sh sound, kh a k.
    "id": [(r"sy", "s"), (r"kh", "k"), (r"c(?!h)", "ch")],
    # Vietnamese: d and gi sound z, x sounds s, tr and ch alike, kh a k, ngh a ng.
    "vi": [(r"^d|(?<=[^aeiou])d", "z"), (r"gi", "z"), (r"x", "s"), (r"tr", "ch"), (r"kh", "k"),
           (r"ngh", "ng")],
}
_LANGUAGE_RULES = {lang: [(re.compile(p), r) for p, r in rules] for lang, rules in _LANGUAGE.items()}
# After the common folds: the final vowel Spanish and Portuguese add to an international name
# ("Ceramida", "Péptido", "Helicolique"), and Portuguese's unstressed final e/o heard as i/u
# ("Adenosini"), are dropped from the key.
_ENDING = {lang: re.compile(r"(?<=[^aeiou])[aeiou]$") for lang in ("es", "pt")}


def letters(text: str) -> str:
    """Lowercase letters and digits only, accents dropped: 'Glow-Lab' and 'glow lab' -> 'glowlab'."""
    plain = unicodedata.normalize("NFKD", text.lower()).replace("đ", "d")
    return "".join(c for c in plain if c.isalnum() and not unicodedata.combining(c))


@lru_cache(maxsize=16384)
def phonetic_key(text: str, language: str | None = None) -> str:
    """The sound key of text as the caption language (None: no language's own rules) spells it."""
    lowered = text.lower()
    for accented, sound in _ACCENTED.items():
        lowered = lowered.replace(accented, sound)
    key = letters(lowered)
    base = (language or "").split("-")[0]
    for pattern, repl in _LANGUAGE_RULES.get(base, []):
        key = pattern.sub(repl, key)
    for pattern, repl in _COMMON:
        key = pattern.sub(repl, key)
    return _ENDING[base].sub("", key) if base in _ENDING else key


@lru_cache(maxsize=8192)
def zipf(word: str, language: str) -> float:
    """How common a word is in language or in English (Whisper writes English words in any
    caption); wordfreq's data loads once, on first use (~1.5 s)."""
    from wordfreq import zipf_frequency

    best = 0.0
    for lang in dict.fromkeys((language, "en")):
        try:
            best = max(best, zipf_frequency(word, lang))
        except (LookupError, ValueError, ImportError):   # no list for it (or Chinese without jieba)
            continue
    return best


@lru_cache(maxsize=8192)
def zipf_in(word: str, language: str) -> float:
    """How common a word is in language alone (0 where wordfreq has no list for it)."""
    from wordfreq import zipf_frequency

    try:
        return zipf_frequency(word, language)
    except (LookupError, ValueError, ImportError):
        return 0.0
