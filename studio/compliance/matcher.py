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

Constructions generalise beyond listed phrasings: `{family}` stands for any word of a
word family (assets/compliance/vocab.yaml: cure/cures/cured/curing, 治/治疗/根治...) and
`<gap>` for a few words inside one clause, so "{cure} <gap> {condition}" finds "cured my
stubborn eczema" without that sentence being written down. A negator just before a claim
("doesn't cure", "não cura", "ไม่ได้รักษา") can shield it (`negatable: true` in a rule). A hit the
host takes back at once ("全网最……不对", "the best — sorry, one of...", "nhất... à không") is
dropped in every rule: a retraction word of the language (vocab.yaml `retraction`) right after it.
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

# Hosts say numbers as words as often as digits ("only three left", "cinco kilos"); each
# language's `<n>` accepts its own number words (Vietnamese also without accents).
_NUMBER_WORDS = {
    "en": "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty fifty hundred",
    "es": "uno una dos tres cuatro cinco seis siete ocho nueve diez quince veinte treinta cincuenta cien",
    "pt": "um uma dois duas três tres quatro cinco seis sete oito nove dez quinze vinte trinta cinquenta cem",
    "id": "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh seratus",
    "vi": "một mot hai ba bốn bon năm nam sáu sau bảy bay tám tam chín chin mười muoi mươi",
    "th": "หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า สิบ ยี่สิบ",
    "ar": "واحد اثنين اثنان ثلاث ثلاثه اربع اربعه خمس خمسه ست سته سبع سبعه ثمان ثمانيه تسع تسعه عشر عشره عشرين",
}
_DIGITS = r"\d+(?:[.,]\d+)?|[零一二三四五六七八九十百千万两半]+"


@functools.lru_cache(maxsize=64)
def number_regex(lang: str) -> str:
    words = _NUMBER_WORDS.get(lang, "").split()
    if not words:
        return f"(?:{_DIGITS})"
    word = "|".join(sorted(words, key=len, reverse=True))
    return rf"(?:{_DIGITS}|(?:{word})(?:[\s\-]*(?:{word}))?)"


# A clause ends at punctuation: a gap or a negation never reaches across it.
_CLAUSE_END = r".,!?;:¿¡。，！？；：、"
# How far a negator may stand before the claim: words (or characters without spaces).
_NEGATION_WORDS = {"vi": 3, "ar": 1}
_NEGATION_CHARS = {"th": 4}
# Characters per word in scripts without spaces (a Thai word is longer than a Chinese one).
_CHARS_PER_WORD = {"th": 4}
_AR_PROCLITICS = r"(?:[وف]?(?:[بك]?ال|لل|[بلك])?)"
_AR_ENCLITICS = r"(?:ها|هم|هن|كم|نا|ات|ون|ين|ان|ه|ك|ي)?"
# Indonesian attaches possessives and particles to the word (jerawatnya, kulitku, cobalah);
# family words accept them, so {condition} finds "jerawatnya".
_ID_ENCLITICS = r"(?:nya|ku|mu|lah|kah)?"


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
    spaces (optional in languages without spaces), a hyphen is optional, a word ending
    in `*` also matches its longer forms."""
    raw = boundary_mode(lang) == "raw"
    parts = []
    for i, chunk in enumerate(phrase.split("<n>")):
        if i:
            parts.append(r"\s*" + number_regex(lang) + r"\s*")
        text = normalize_phrase(chunk, fold_diacritics)
        for j, word in enumerate(re.split(r"(\s+|-)", text)):
            if j % 2:
                parts.append(r"[\s\-]*" if (raw or word == "-") else r"[\s\-]+")
            elif word.endswith("*") and len(word) > 1:   # a stem: "sexy*" finds sexyyy, sexier
                parts.append(re.escape(word[:-1]) + r"\w*")
            elif word:
                parts.append(re.escape(word))
    return "".join(parts)


def family_regex(name: str, lang: str, fold: bool, families: dict[str, tuple[str, ...]]) -> str:
    """Any word of a family (a word ending in `*` also matches its longer forms)."""
    if name not in families:
        raise KeyError(f"no word family '{name}' for language '{lang}' in vocab.yaml")
    bodies = []
    for word in families[name]:
        body = phrase_regex(word, lang, fold)
        if boundary_mode(lang) == "arabic":
            body = f"{_AR_PROCLITICS}{body}{_AR_ENCLITICS}"
        elif lang == "id":
            body += _ID_ENCLITICS
        bodies.append(body)
    return "(?:" + "|".join(sorted(bodies, key=len, reverse=True)) + ")"


def gap_regex(lang: str, words: int) -> str:
    """Up to `words` words between two parts of a construction, inside one clause
    (twice as many characters in languages written without spaces)."""
    if boundary_mode(lang) == "raw":
        return f"[^{_CLAUSE_END}]{{0,{_CHARS_PER_WORD.get(lang, 2) * words}}}"
    return rf"[\s\-]+(?:[^\s\-{_CLAUSE_END}]+[\s\-]+){{0,{words}}}"


_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}|\s*<gap(?:\s+(\d+))?>\s*")


def is_construction(text: str) -> bool:
    return bool(_PLACEHOLDER.search(text))


def construction_regex(phrase: str, lang: str, fold: bool, families: dict[str, tuple[str, ...]]) -> str:
    """A phrase with `{family}` and `<gap>` parts as a regex body; the literal parts
    match as phrases do."""
    parts, pos = [], 0
    for m in _PLACEHOLDER.finditer(phrase):
        parts.append(phrase_regex(phrase[pos:m.start()], lang, fold))
        if m.group(1):
            parts.append(family_regex(m.group(1), lang, fold, families))
        else:
            parts.append(gap_regex(lang, int(m.group(2) or 3)))
        pos = m.end()
    parts.append(phrase_regex(phrase[pos:], lang, fold))
    return "".join(parts)


def expand_families(pattern: str, lang: str, fold: bool, families: dict[str, tuple[str, ...]]) -> str:
    """`{family}` inside a hand-written regex becomes the family's alternation."""
    return re.sub(r"\{([a-z][a-z0-9_]*)\}", lambda m: family_regex(m.group(1), lang, fold, families), pattern)


NEGATION_MARK = "(?#negation)"


def negation_regex(lang: str, fold: bool, negators: tuple[str, ...]) -> str:
    """A negator at the end of the text before a claim, in the same clause ("doesn't cure
    acne", "no cura nada", "không có tác dụng chữa bệnh"). Stored among the exception
    regexes behind NEGATION_MARK (a regex comment) and applied to the text before each hit."""
    neg = "|".join(sorted((phrase_regex(n, lang, fold) for n in negators), key=len, reverse=True))
    mode = boundary_mode(lang)
    if mode == "raw":
        return rf"{NEGATION_MARK}(?:{neg})[^{_CLAUSE_END}]{{0,{_NEGATION_CHARS.get(lang, 2)}}}\Z"
    before = _AR_PROCLITICS if mode == "arabic" else ""
    window = rf"[\s\-]+(?:[^\s\-{_CLAUSE_END}]+[\s\-]+){{0,{_NEGATION_WORDS.get(lang, 2)}}}"
    return rf"{NEGATION_MARK}(?<!\w){before}(?:{neg}){window}\Z"


DENIED_QUESTION_MARK = "(?#denied-question)"
# Answers that deny without a negator of the family ("nope", "of course not" has one).
_EXTRA_DENIALS = {"en": ("nope", "nah"), "es": ("para nada",), "pt": ("de jeito nenhum",), "id": ("enggak lah",)}


def denied_question_regex(lang: str, fold: bool, negators: tuple[str, ...]) -> str:
    """From just after a claim: the rest of its clause ends in a question mark and the answer
    opens with a negator ("does this cure acne? no, it doesn't", "能治痘吗？不能"). Such a claim
    is asked and denied, not made. Applied with `match` at the end of each hit."""
    neg = "|".join(sorted((phrase_regex(n, lang, fold) for n in negators + _EXTRA_DENIALS.get(lang, ())),
                          key=len, reverse=True))
    rest = rf"[^{_CLAUSE_END}\n]{{0,40}}[?？؟]\s*"
    if boundary_mode(lang) == "raw":
        return rf"{DENIED_QUESTION_MARK}{rest}(?:[^{_CLAUSE_END}]{{0,2}})(?:{neg})"
    return rf"{DENIED_QUESTION_MARK}{rest}(?:[^\s{_CLAUSE_END}]+\s+){{0,2}}(?:{neg})(?!\w)"


RETRACTION_MARK = "(?#retraction)"
# Between a hit and the word that takes it back: a pause, a dash, at most two words of the same
# clause ("the best ever — sorry", "全网最火的……不对").
_RETRACTION_GAP_WORDS = 2
_RETRACTION_GAP_CHARS = 3


def retraction_regex(lang: str, fold: bool, markers: tuple[str, ...]) -> str:
    """From just after a hit: a retraction word of the language, after at most a pause and a
    couple of words. Applied with `match` at the end of each hit, like denied questions."""
    words = "|".join(sorted((phrase_regex(m, lang, fold) for m in markers), key=len, reverse=True))
    pause = r"[^\w]{0,8}?"
    if boundary_mode(lang) == "raw":
        return rf"{RETRACTION_MARK}[^{_CLAUSE_END}\n]{{0,{_RETRACTION_GAP_CHARS}}}?{pause}(?:{words})"
    gap = rf"(?:[\s\-]+[^\s\-{_CLAUSE_END}]+){{0,{_RETRACTION_GAP_WORDS}}}?"
    return rf"{RETRACTION_MARK}{gap}{pause}(?<!\w)(?:{words})(?!\w)"


def _wrap(body: str, lang: str) -> str:
    mode = boundary_mode(lang)
    if mode == "raw":
        return f"(?:{body})"
    if mode == "arabic":
        return rf"(?<!\w){_AR_PROCLITICS}(?:{body}){_AR_ENCLITICS}(?!\w)"
    if mode == "ascii":
        return rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])"
    return rf"(?<!\w)(?:{body})(?!\w)"


def _bodies(phrases: tuple[str, ...], regexes: tuple[str, ...], lang: str, fold: bool) -> list[str]:
    # Longest phrase first so the reported span covers the whole claim.
    bodies = sorted((phrase_regex(p, lang, fold) for p in phrases if p.strip()), key=len, reverse=True)
    return bodies + [f"(?:{normalize_regex(r, fold)})" for r in regexes]


def _alternation(phrases: tuple[str, ...], regexes: tuple[str, ...], lang: str, fold: bool) -> re.Pattern | None:
    bodies = _bodies(phrases, regexes, lang, fold)
    if not bodies:
        return None
    return re.compile(_wrap("|".join(bodies), lang))


# A negator is looked for only this far before a hit (a clause is shorter).
_NEGATION_LOOKBACK = 40


@dataclass(frozen=True)
class CompiledPatterns:
    """`phrases` and `shapes` (regexes and constructions) are matched separately and
    overlapping hits merged, so "cured my cousin's eczema" is reported whole rather than
    as the phrase "cured" that an alternation would try first."""

    lang: str
    phrases: re.Pattern | None
    shapes: re.Pattern | None
    exceptions: re.Pattern | None
    negation: re.Pattern | None = None
    denied_question: re.Pattern | None = None
    retraction: re.Pattern | None = None

    def retracted(self, text: str) -> list[tuple[int, int]]:
        """Hits the host took back, each up to the end of the words that take it back
        ("the best — sorry"): what the classifier should not read either."""
        if self.retraction is None:
            return []
        out = []
        for pattern in (self.phrases, self.shapes):
            for m in pattern.finditer(text) if pattern is not None else ():
                back = self.retraction.match(text, m.end()) if m.end() > m.start() else None
                if back:
                    out.append((m.start(), back.end()))
        return out

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Match spans in normalized text, minus those inside an exception phrase and
        those right after a negator or right before a retraction; overlapping hits are merged."""
        hits = [(m.start(), m.end()) for pattern in (self.phrases, self.shapes) if pattern is not None
                for m in pattern.finditer(text) if m.end() > m.start()]
        if hits and self.negation is not None:
            hits = [(s, e) for s, e in hits if not self.negation.search(text, max(0, s - _NEGATION_LOOKBACK), s)]
        if hits and self.denied_question is not None:
            hits = [(s, e) for s, e in hits if not self.denied_question.match(text, e)]
        if hits and self.retraction is not None:
            hits = [(s, e) for s, e in hits if not self.retraction.match(text, e)]
        if hits and self.exceptions is not None:
            shields = [(m.start(), m.end()) for m in self.exceptions.finditer(text)]
            hits = [(s, e) for s, e in hits if not any(a <= s and e <= b for a, b in shields)]
        merged: list[tuple[int, int]] = []
        for s, e in sorted(hits):
            if merged and s < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        return merged


def compile_pattern_set(ps: PatternSet, fold: bool) -> CompiledPatterns:
    negations = [r for r in ps.exception_regexes if r.startswith(NEGATION_MARK)]
    questions = [r for r in ps.exception_regexes if r.startswith(DENIED_QUESTION_MARK)]
    retractions = [r for r in ps.exception_regexes if r.startswith(RETRACTION_MARK)]
    marks = (NEGATION_MARK, DENIED_QUESTION_MARK, RETRACTION_MARK)
    exceptions = tuple(r for r in ps.exception_regexes if not r.startswith(marks))
    return CompiledPatterns(
        lang=ps.lang,
        phrases=_alternation(ps.phrases, (), ps.lang, fold),
        shapes=_alternation((), ps.regexes, ps.lang, fold),
        exceptions=_alternation(ps.exceptions, exceptions, ps.lang, fold),
        negation=re.compile("|".join(f"(?:{normalize_regex(r, fold)})" for r in negations)) if negations else None,
        denied_question=(re.compile("|".join(f"(?:{normalize_regex(r, fold)})" for r in questions))
                         if questions else None),
        retraction=re.compile("|".join(f"(?:{normalize_regex(r, fold)})" for r in retractions)) if retractions else None)


class CompiledRule:
    """language -> CompiledPatterns, each language compiled on its first use. Parsing every shipped
    pattern in all 13 languages took about 4 s of a studio's start (twice when the captions' checker and
    the inbox's started together); a live reads one or two languages. `compile_all` validates a pack."""

    def __init__(self, rule: Rule) -> None:
        self._sets = {ps.lang: ps for ps in rule.patterns}
        self._fold = rule.fold_diacritics
        self._compiled: dict[str, CompiledPatterns] = {}

    def get(self, lang: str, default: CompiledPatterns | None = None) -> CompiledPatterns | None:
        compiled = self._compiled.get(lang)
        if compiled is None:
            ps = self._sets.get(lang)
            if ps is None:
                return default
            # two threads may compile the same language once each: the same result, no lock needed
            compiled = self._compiled[lang] = compile_pattern_set(ps, self._fold)
        return compiled

    def __getitem__(self, lang: str) -> CompiledPatterns:
        compiled = self.get(lang)
        if compiled is None:
            raise KeyError(lang)
        return compiled

    def __contains__(self, lang: object) -> bool:
        return lang in self._sets

    def languages(self) -> tuple[str, ...]:
        return tuple(self._sets)

    def compile_all(self) -> None:
        for lang in self._sets:
            self.get(lang)


@functools.lru_cache(maxsize=4096)
def compile_rule(rule: Rule) -> CompiledRule:
    """The rule's patterns, compiled per language on first use (Rule is frozen and hashable, so this caches)."""
    return CompiledRule(rule)
