"""Text helpers that respect scripts without spaces (Chinese, Japanese, Thai)."""

from __future__ import annotations

import re
import unicodedata

# Han, kana, Hangul syllables are written without spaces between words; Thai and Lao too.
_NO_SPACE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f\u0e80-\u0eff]")
_TOKEN = re.compile(r"\s*[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|\s*[^\s\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def is_spaceless(text: str) -> bool:
    """True when most letters belong to scripts written without spaces."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    return sum(1 for ch in letters if _NO_SPACE.match(ch)) * 2 >= len(letters)


def units(text: str) -> list[str]:
    """Split into comparable units keeping leading spaces: words, or single CJK characters.

    "".join(units(t)) == t (up to trailing spaces), so units can be compared and glued back.
    """
    return _TOKEN.findall(text)


def norm_unit(unit: str) -> str:
    """A unit for comparison: lowercase, no punctuation or spaces."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", unit).lower()
                   if ch.isalnum())


def normalize(text: str) -> str:
    """Lowercase, punctuation dropped, single spaces (for matching and word error rate)."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(ch if ch.isalnum() or ch.isspace() else " " for ch in text)
    return " ".join(text.split())


def collapse_repeats(text: str, max_repeats: int = 2, max_ngram: int = 8) -> str:
    """Cut runs of the same word or phrase repeated more than max_repeats times in a row.

    Whisper's loop failure ("I'm going to go to the store, I'm going to go to the store, ...",
    "的的的的") repeats an n-gram; real speech rarely says one phrase three times running.
    """
    toks = units(text)
    if len(toks) < max_repeats + 1:
        return text
    keys = [norm_unit(t) for t in toks]
    out_toks: list[str] = []
    out_keys: list[str] = []
    i = 0
    while i < len(toks):
        cut = False
        for n in range(1, max_ngram + 1):
            if len(out_keys) < n * max_repeats or i + n > len(toks):
                continue
            gram = keys[i:i + n]
            if not any(gram):
                continue
            if all(out_keys[len(out_keys) - n * (r + 1): len(out_keys) - n * r] == gram
                   for r in range(max_repeats)):
                i += n  # a further copy: drop it
                cut = True
                break
        if not cut:
            out_toks.append(toks[i])
            out_keys.append(keys[i])
            i += 1
    return "".join(out_toks).strip()


def join_units(parts: list[str]) -> str:
    return "".join(parts).strip()


def error_rate(reference: str, hypothesis: str) -> float:
    """Word error rate (character error rate for Chinese, Japanese, Thai): edits / reference length."""
    ref, hyp = normalize(reference), normalize(hypothesis)
    if is_spaceless(ref):
        ref_toks, hyp_toks = list(ref.replace(" ", "")), list(hyp.replace(" ", ""))
    else:
        ref_toks, hyp_toks = ref.split(), hyp.split()
    if not ref_toks:
        return 0.0 if not hyp_toks else 1.0
    previous = list(range(len(hyp_toks) + 1))
    for i, r in enumerate(ref_toks, 1):
        current = [i] + [0] * len(hyp_toks)
        for j, h in enumerate(hyp_toks, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h))
        previous = current
    return previous[-1] / len(ref_toks)
