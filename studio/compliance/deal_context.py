"""The deal facts of a line applied to its findings (split from deals.py, round 20).

Per line and per deal category (fake_discount, false_urgency), what the notes say (deals.notes_fact) decides:
false blocks in every market where the category is on, true drops the category's findings, rule or semantic,
and silent notes warn to verify where the market's pack blocks the category. See studio/compliance/deals.py.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from studio.compliance.deals import (DEAL_CATEGORIES, SILENT_MIN_SCORE, Fact, _prices, deal_span, notes_fact,
                                     scoped_superlative)
from studio.compliance.model import Finding, RuleSeverity, TextRole
from studio.compliance.personal_superlative import without_personal_superlative


def reads_as(verdict) -> str | None | bool:
    """What apply_deal_context needs of a classifier verdict: its category when likely enough,
    True when the classifier did not run (rules only: a shape is then enough to warn)."""
    if verdict is None or verdict is True or verdict is False:
        return True
    return verdict.top_category if verdict.score >= SILENT_MIN_SCORE else None


def apply_deal_context(findings: list[Finding], text: str, spoken_from: int, notes: Sequence[str],
                       policies: dict[str, dict], lang: str, role: TextRole,
                       reads_as: str | None | bool = True, verdict=None) -> list[Finding]:
    """The line's findings with its deal facts applied (see the module doc).

    policies: market -> category -> SemanticPolicy (severity None or absent: off there);
    reads_as: reads_as(verdict) of the line's classifier verdict: a silent note only warns when
    the classifier agrees the line reads as that kind of deal, or did not run. verdict: the
    verdict itself: notes that say the deal is false also catch a line whose wording no shape
    knows ("كان بألفين") when it is the classifier's most likely category."""
    if role is TextRole.CUE:
        return findings
    spoken = text[spoken_from:]
    out = list(findings)
    if any(f.category == "absolute_superlative" for f in out) and scoped_superlative(spoken, notes):
        out = [f for f in out if f.category != "absolute_superlative"]
    out = without_personal_superlative(out, spoken)
    for category in DEAL_CATEGORIES:
        fact = notes_fact(category, notes, spoken)
        mine = [f for f in out if f.category == category]
        if fact is Fact.TRUE:
            out = [f for f in out if f.category != category]
            continue
        span = deal_span(category, spoken)
        if span is None and not mine and not (fact is Fact.FALSE and (
                (verdict is not None and verdict.top_category == category)
                or (category == "fake_discount" and len(_prices(spoken)) >= 2))):
            continue
        if fact is Fact.SILENT and (span is None or (reads_as is not True and reads_as != category)
                                    or (category == "fake_discount" and len(_prices(spoken)) < 2)):
            # unverified, a discount is only worth a look when it names a reference price and a
            # deal price ("statt 149 € nur 29 €"), not "20% off the first 50 orders"
            continue
        if fact is Fact.FALSE:
            out = [replace(f, severity=RuleSeverity.BLOCK) if f.category == category else f for f in out]
            severity = RuleSeverity.BLOCK
        else:
            severity = RuleSeverity.WARN
        covered = {m for f in out if f.category == category for m in f.markets}
        markets = tuple(m for m, by_cat in policies.items() if m not in covered and _on(by_cat.get(category))
                        and (fact is Fact.FALSE or by_cat[category].severity is RuleSeverity.BLOCK))
        if not markets:
            continue
        start, end = (span[0] + spoken_from, span[1] + spoken_from) if span else \
            (spoken_from, len(text))
        out += _findings(category, fact, text, start, end, markets, policies, severity, lang, role)
    return out


def _on(policy) -> bool:
    return policy is not None and policy.severity is not None


def _findings(category, fact, text, start, end, markets, policies, severity, lang, role) -> list[Finding]:
    """One finding per pack that decides the category (its law, title and rewrite)."""
    groups: dict[str, list[str]] = {}
    for m in markets:
        groups.setdefault(policies[m][category].pack_id, []).append(m)
    why = ("the producer notes say it is not true" if fact is Fact.FALSE else
           "nothing in the notes says it is true: check it before the live")
    out = []
    for group in groups.values():
        policy = policies[group[0]][category]
        out.append(Finding(
            rule_id=f"deals.{category.replace('_', '-')}", severity=severity, markets=tuple(group), lang=lang,
            start=start, end=end, matched=text[start:end], text=text,
            explanation=f"{policy.title}: {why}.", source=policy.source,
            suggestion=policy.suggestion_for(lang or None), title=policy.title, role=role, category=category))
    return out
