"""From a classifier verdict to findings, per market policy; producer notes in a script.

A semantic finding covers the whole line (the classifier reads meaning, not a phrase), says
where it came from (origin "semantic", the labeled example it resembles) and takes its
severity, law and rewrite from the market's semantic policy (studio.compliance.policy).
It is added only where no rule of that category already spoke for that market: rules keep
the exact span, the rule id and their own rewrite.
"""

from __future__ import annotations

import re
from typing import Iterable

from studio.compliance.culture_topics import culture_topics
from studio.compliance.festive_decor import CATEGORIES as FEAST_CATEGORIES, decorates_feast
from studio.compliance.medical_referral import only_refers_to_doctor
from studio.compliance.model import Finding, RuleSeverity, TextRole
from studio.compliance.plain_readings import takes_back
from studio.compliance.semantic import ClaimVerdict

# A note is a bracketed aside the host does not say: "[paid session with GlowLab]", "【划线价从未卖过】".
_LEADING_NOTE = re.compile(r"^\s*(\[[^\]]*\]|【[^】]*】)\s*")
_WHOLE_NOTE = re.compile(r"^\s*(\[[^\]]*\]|【[^】]*】)\s*$")

MAX_NOTES = 3               # the nearest notes of a segment; more would drown the line itself


def is_note_line(line: str) -> bool:
    return bool(_WHOLE_NOTE.match(line))


def split_notes(line: str) -> tuple[list[str], str, int]:
    """Leading bracketed notes of a line, the spoken rest, and where the rest starts."""
    notes, pos = [], 0
    while True:
        m = _LEADING_NOTE.match(line, pos)
        if not m or m.end() == pos:
            break
        notes.append(m.group(1))
        pos = m.end()
    return notes, line[pos:], pos


_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def worth_classifying(text: str) -> bool:
    """A sentence, not a code or a name: two words, or four characters of a script written
    without spaces. "SER-1" or "😍😍" says nothing the classifier can read."""
    return len(_TOKEN.findall(text)) >= 2 or len(_UNSPACED.findall(text)) >= 4


def nearest_notes(notes: Iterable[str]) -> tuple[str, ...]:
    return tuple(notes)[-MAX_NOTES:]


def verdict_findings(text: str, verdict: ClaimVerdict, policies: dict[str, dict], rule_hits: dict[str, set[str]],
                     lang: str, role: TextRole, spoken_from: int = 0) -> list[Finding]:
    """One finding per group of markets that share a policy for the verdict's category.

    policies: market -> category -> SemanticPolicy; rule_hits: market -> categories a rule
    already found in this text (those markets get no second, vaguer finding); the span is
    the spoken part of `text`, from spoken_from (after any leading notes)."""
    category = verdict.category
    if category is None:
        return []
    if category == "medical" and only_refers_to_doctor(text[spoken_from:]):
        return []           # "keep the treatment your doctor prescribed": the claim is left to the doctor
    if category in FEAST_CATEGORIES and decorates_feast(text[spoken_from:]):
        return []           # "Pour l'Aïd, guirlandes et lanternes": a feast decorated mocks nothing (round 20)
    if takes_back(category, text[spoken_from:]):
        return []           # "1등급 생두", "palitan every 6 months": a grade, a part's upkeep
    groups: dict[tuple, list[str]] = {}
    topics = culture_topics() if category == "cultural_sensitivity" else None
    for market, by_category in policies.items():
        policy = by_category.get(category)
        if policy is None or policy.severity is None or category in rule_hits.get(market, ()):
            continue
        if topics is not None and not topics.speaks_for(text[spoken_from:], market, verdict.score):
            continue        # pork, wine, beef, dress: only where buyers hold that taboo
        groups.setdefault((policy.pack_id, policy.severity, policy.title), []).append(market)
    rest = text[spoken_from:]
    start = spoken_from + (len(rest) - len(rest.lstrip()))
    spoken = rest.strip()
    out = []
    for markets in groups.values():
        policy = policies[markets[0]][category]
        severity = RuleSeverity.INFO if role is TextRole.CUE else policy.severity
        out.append(Finding(
            rule_id=f"semantic.{category}", severity=severity, markets=tuple(markets), lang=lang,
            start=start, end=start + len(spoken), matched=spoken, text=text,
            explanation=f"Reads as: {policy.title} (score {verdict.score:.2f}); similar to: \"{verdict.similar_to}\"",
            source=policy.source, suggestion=policy.suggestion_for(lang or None), title=policy.title, role=role,
            origin="semantic", category=category, similar_to=verdict.similar_to, score=round(verdict.score, 3)))
    return out
