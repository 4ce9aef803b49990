"""The readers a line's findings pass through after the rules and the classifier, in order.

Each reader looks at the line's own words and the producer notes of its segment and drops, keeps,
raises or adds a finding of its kind: prices and deadlines against the notes' deal facts
(deal_context), payment, environmental proof, ranking data and medical disclaimers (context_facts),
a disclosure said only after the pitch, an own brand, halal notes, a national ranking, a latest model, a result worded as guaranteed, a disease named
in a line read as a health claim, a lowly use or a laugh in a line read as cultural, belittling, and a claim the host declined
to make. checker.Checker.check_text calls this once per line (split out of checker.py at 399 lines, round 21).
"""

from __future__ import annotations

from typing import Mapping, Sequence

from studio.compliance.context_facts import apply_context_facts
from studio.compliance.deal_context import apply_deal_context, reads_as
from studio.compliance.declined_question import without_declined_claims
from studio.compliance.disparagement import apply_belittling
from studio.compliance.halal_notes import apply_halal_notes
from studio.compliance.late_disclosure import apply_late_disclosure
from studio.compliance.laughed_at import apply_laughed_at
from studio.compliance.latest_model import apply_latest_model
from studio.compliance.model import Finding, TextRole
from studio.compliance.named_condition import apply_named_condition
from studio.compliance.national_ranking import apply_national_ranking
from studio.compliance.owned_brand import apply_owned_brand
from studio.compliance.sacred_reading import apply_sacred_reading
from studio.compliance.semantic import ClaimVerdict
from studio.compliance.worded_guarantee import apply_worded_guarantee


def apply_line_readers(findings: list[Finding], text: str, spoken_from: int, context: Sequence[str],
                       policies: Mapping, lang: str, role: TextRole, verdict: ClaimVerdict | None | bool,
                       semantic: bool, segment_disclosed: bool) -> list[Finding]:
    """findings after every reader; lang is the base language ('' when unknown); verdict the classifier's
    (None or a bool when it did not read the line); semantic whether the classifier is on."""
    read = verdict if isinstance(verdict, ClaimVerdict) else None
    # rules and classifier alike read the notes' facts about a price or a deadline
    findings = apply_deal_context(findings, text, spoken_from, context, policies, lang, role,
                                  reads_as(verdict if semantic else None), read)
    # payment, environmental proof and ranking data in the notes; a medical disclaimer
    findings = apply_context_facts(findings, text, spoken_from, context, policies, lang, role, read, segment_disclosed)
    findings = apply_late_disclosure(findings, text, spoken_from, policies, lang, role, read, segment_disclosed)
    findings = apply_owned_brand(findings, text, spoken_from, context, policies, lang, role, segment_disclosed, read)
    findings = apply_halal_notes(findings, text, spoken_from, context, policies, lang, role)
    findings = apply_national_ranking(findings, text, spoken_from, context, policies, lang, role)
    findings = apply_latest_model(findings, text, spoken_from, context, policies, lang, role)
    findings = apply_worded_guarantee(findings, text, spoken_from, policies, lang, role, read)
    findings = apply_named_condition(findings, text, spoken_from, policies, lang, role, read)
    findings = apply_sacred_reading(findings, text, spoken_from, policies, lang, role, read)
    findings = apply_laughed_at(findings, text, spoken_from, policies, lang, role, read)
    findings = apply_belittling(findings, text, spoken_from, policies, lang, role)
    return without_declined_claims(findings, text[spoken_from:])
