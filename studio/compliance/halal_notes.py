"""A line that calls the product halal over producer notes that say it is not.

"Halal certified ah, don't worry" over "[This product is not halal certified]", "tiene certificado halal" over "[no
tiene certificación halal; gelatina porcina]", "udah halal MUI" over "[Produk tidak bersertifikat halal]": a false
halal claim (UU 33/2014, Trade Descriptions (Halal) Order 2011, GSO 2055, consumer law everywhere). culture.py reads
a non-halal ingredient in the show's catalog; this reads the notes beside one line, in any language: a negator a few
words before a halal word, or a non-halal ingredient named (and not named as absent: "no pork", "tanpa babi").
A line that itself says it is not halal ("bukan halal", "no tiene certificado halal") is no claim. Severity: each
market's cultural policy; a warning where that is off (culture.yaml halal.markets block via the pack).
Words: assets/compliance/culture.yaml, halal.
"""

from __future__ import annotations

import functools
import re
from typing import Sequence

from studio.compliance.culture import culture_path, load_halal_facts
from studio.compliance.model import Finding, TextRole
from studio.compliance.normalize import normalize

CULTURAL = "cultural_sensitivity"
NEGATOR_GAP = 30         # characters between a negator and the halal word ("tidak mendapat pensijilan halal")


def _words(words: Sequence[str]) -> re.Pattern:
    """Words in spaced scripts match whole words (Arabic "لا" not inside "الحلال"); CJK and Thai match anywhere."""
    parts = []
    for w in sorted({str(w).strip().lower() for w in words if str(w).strip()}, key=len, reverse=True):
        unspaced = all(ord(c) >= 0x0E00 for c in w)
        parts.append(re.escape(w) if unspaced else rf"(?<!\w){re.escape(w)}(?!\w)")
    return re.compile("|".join(parts) or r"(?!x)x", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _negators_and_ingredients() -> tuple[re.Pattern, re.Pattern]:
    from studio.compliance.packs import read_yaml

    halal = read_yaml(culture_path())["halal"]
    return _words(halal["notes_negators"]), _words([*halal["ingredients"], *halal["notes_ingredients"]])


def _negated(text: str, start: int) -> bool:
    negators, _ = _negators_and_ingredients()
    # only within the phrase: "لا تخافون، الجيلاتين حلال" ("don't worry, it's halal") negates the worry, not halal
    window = re.split(r"[,，、،.!?！？:]", text[max(0, start - NEGATOR_GAP):start])[-1]
    return bool(negators.search(window))


def notes_deny_halal(notes: Sequence[str]) -> bool:
    """A note clause says the product is not halal, or names a non-halal ingredient in it."""
    from studio.compliance.deals import _note_clauses

    facts = load_halal_facts()
    _, ingredients = _negators_and_ingredients()
    for clause in _note_clauses(notes):
        if facts.denials.search(clause) or any(_negated(clause, m.start()) for m in facts.claims.finditer(clause)):
            return True
        if any(not _negated(clause, m.start()) for m in ingredients.finditer(clause)):
            return True
    return False


def claims_halal(line: str) -> bool:
    """The line calls the product halal, not "not halal" nor "no halal certificate"."""
    facts = load_halal_facts()
    norm = normalize(line).text
    if facts.denials.search(norm):
        return False
    return any(not _negated(norm, m.start()) for m in facts.claims.finditer(norm))


def apply_halal_notes(findings: list[Finding], text: str, spoken_from: int, notes: Sequence[str],
                      policies: dict[str, dict], lang: str, role: TextRole) -> list[Finding]:
    from studio.compliance.context_facts import ensure_finding

    if role is TextRole.CUE or not notes or not claims_halal(text[spoken_from:]) or not notes_deny_halal(notes):
        return findings
    facts = load_halal_facts()
    fallback = {"title": "Halal claim the producer notes deny", "source": facts.source, "suggestion": facts.suggestion}
    return ensure_finding(findings, CULTURAL, text, spoken_from, policies, lang, role,
                   "the line calls the product halal and the producer notes say it is not",
                   fallback=fallback, severity=None)
