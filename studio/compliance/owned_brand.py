"""A host who owns the brand and says the line has no tie to it: a hidden ad.

"لقيت هالماركة بالصدفة، ما لي علاقة فيها أبد" over "[The host owns the brand]", "las descubrí por casualidad, yo no tengo
nada que ver con la marca" over "[The host co-owns the shoe brand]", "nggak ada hubungannya sama aku" over "[the
coaching programme is the host's own business]": ownership is the strongest material connection there is
(16 CFR 255.5; UCPD Annex I pt 22, posing as a consumer; ICC art. 7), and the line tells viewers there is none. The
notes' payment words (context_facts.py) do not cover it, and an owner selling her own brand on her own live, without
such a denial, is no hidden ad: only the denial ("not sponsored" in disclosure.yaml, or the `independent` words in
context_facts.yaml) over owner notes is. A disclosure in the line, before it in the segment or on screen clears it.
"""

from __future__ import annotations

from typing import Sequence

from studio.compliance.disclosure import says_denial, says_disclosure
from studio.compliance.model import Finding, TextRole
from studio.compliance.normalize import normalize

ENDORSEMENT = "undisclosed_endorsement"


def notes_say_owner(notes: Sequence[str]) -> bool:
    from studio.compliance.context_facts import _note_clauses, context_patterns

    owner = context_patterns().owner
    return any(owner.search(clause) for clause in _note_clauses(notes))


def apply_owned_brand(findings: list[Finding], text: str, spoken_from: int, notes: Sequence[str],
                      policies: dict[str, dict], lang: str, role: TextRole, segment_disclosed: bool = False) -> list[Finding]:
    from studio.compliance.context_facts import _ensure, context_patterns, notes_say_disclosed

    spoken = text[spoken_from:]
    if role is TextRole.CUE or not notes or segment_disclosed or says_disclosure(spoken):
        return findings
    if not (context_patterns().independent.search(normalize(spoken).text) or says_denial(spoken)):
        return findings
    if not notes_say_owner(notes) or notes_say_disclosed(notes):
        return findings
    return _ensure(findings, ENDORSEMENT, text, spoken_from, policies, lang, role,
                   "the producer notes say the host owns the brand, and the line says there is no tie")
