"""Turning a rule's phrases into regular expressions over normalized text.

How a phrase meets the text depends on the writing system:
- Chinese, Japanese, Thai, Lao, Khmer, Burmese have no spaces between words, so
  phrases match as substrings and context is handled by exception phrases
  (最好 matches, but 第一 inside 第一天 / 第一时间 is dropped).
- Space-delimited languages match on word boundaries ("best" but not "bestow";
  "best before" is an exception phrase).
- Arabic attaches conjunctions, prepositions and the article to the word (وبالكحول =
  "and with the alcohol") and pronouns after it, so those clitics may surround a phrase.
- "*" patterns apply in every language with ASCII boundaries, so "No.1" is found in
  "全网No.1" as well as in "the No.1 serum".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from studio.compliance.model import PatternSet, Rule
from studio.compliance.normalize import normalize_phrase, normalize_regex

RAW_LANGS = frozenset({"zh", "ja", "th", "lo", "km", "my", "yue"})
ARABIC_LANGS = frozenset({"ar"})
ANY_LANG = "*"

NUMBER = r"(?:\d+(?:[.,]\d+)?|[零一二三四五六七八九十百千万两半]+)"
_AR_PROCLITICS = r"(?:[وف]?(?:[بك]?ال|لل|[بلك])?)"
_AR_ENCLITICS = r"(?:ها|هم|هن|كم|نا|ات|ون|ين|ان|ه|ك|ي)?"


def boundary_mode(lang: str) -> str:
    if lang == ANY_LANG:
        return "ascii"
    if lang in RAW_LANGS:
        return "raw"
    if lang in ARABIC_LANGS:
        return "arabic"
    return "word"


def phrase_regex(phrase: str, lang: str, fold_diacritics: bool) -> str:
    """A literal phrase as a regex body: `<n>` is any number, a space is any run of
    spaces (optional in languages without spaces), a hyphen is optional."""
    raw = boundary_mode(lang) == "raw"
    parts = []
    for i, chunk in enumerate(phrase.split("<n>")):
        if i:
            parts.append(r"\s*" + NUMBER + r"\s*")
        text = normalize_phrase(chunk, fold_diacritics)
        for j, word in enumerate(re.split(r"(\s+|-)", text)):
            if j % 2:
                parts.append(r"[\s\-]*" if (raw or word == "-") else r"[\s\-]+")
            elif word:
                parts.append(re.escape(word))
    return "".join(parts)


def _wrap(body: str, lang: str) -> str:
    mode = boundary_mode(lang)
    if mode == "raw":
        return f"(?:{body})"
    if mode == "arabic":
        return rf"(?<!\w){_AR_PROCLITICS}(?:{body}){_AR_ENCLITICS}(?!\w)"
    if mode == "ascii":
        return rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])"
    return rf"(?<!\w)(?:{body})(?!\w)"


def _alternation(phrases: tuple[str, ...], regexes: tuple[str, ...], lang: str, fold: bool) -> re.Pattern | None:
    # Longest phrase first so the reported span covers the whole claim.
    bodies = sorted((phrase_regex(p, lang, fold) for p in phrases if p.strip()), key=len, reverse=True)
    bodies += [f"(?:{normalize_regex(r, fold)})" for r in regexes]
    if not bodies:
        return None
    return re.compile(_wrap("|".join(bodies), lang))


@dataclass(frozen=True)
class CompiledPatterns:
    lang: str
    match: re.Pattern | None
    exceptions: re.Pattern | None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Match spans in normalized text, minus those inside an exception phrase."""
        if self.match is None:
            return []
        hits = [(m.start(), m.end()) for m in self.match.finditer(text) if m.end() > m.start()]
        if not hits or self.exceptions is None:
            return hits
        shields = [(m.start(), m.end()) for m in self.exceptions.finditer(text)]
        return [(s, e) for s, e in hits if not any(a <= s and e <= b for a, b in shields)]


def compile_pattern_set(ps: PatternSet, fold: bool) -> CompiledPatterns:
    return CompiledPatterns(
        lang=ps.lang,
        match=_alternation(ps.phrases, ps.regexes, ps.lang, fold),
        exceptions=_alternation(ps.exceptions, ps.exception_regexes, ps.lang, fold))


@functools.lru_cache(maxsize=4096)
def compile_rule(rule: Rule) -> dict[str, CompiledPatterns]:
    """language -> compiled patterns (Rule is frozen and hashable, so this caches)."""
    return {ps.lang: compile_pattern_set(ps, rule.fold_diacritics) for ps in rule.patterns}
