"""A host who owns the brand and says the line has no tie to it: a hidden ad.

"لقيت هالماركة بالصدفة، ما لي علاقة فيها أبد" over "[The host owns the brand]", "las descubrí por casualidad, yo no tengo
nada que ver con la marca" over "[The host co-owns the shoe brand]", "nggak ada hubungannya sama aku" over "[the
coaching programme is the host's own business]": ownership is the strongest material connection there is
(16 CFR 255.5; UCPD Annex I pt 22, posing as a consumer; ICC art. 7), and the line tells viewers there is none. The
notes' payment words (context_facts.py) do not cover it, and an owner selling her own brand on her own live, without
such a denial, is no hidden ad: only the denial ("not sponsored" in disclosure.yaml, or the `independent` words in
context_facts.yaml) over owner notes is. A disclosure in the line, before it in the segment or on screen clears it.

A relative's business is another matter (round 27): "my mate Dave's online course is the one I'd go for" over "[Dave is
the host's husband and co-owns the lesson business]", "المعهد اللي أنصحكم فيه ... تجربة شخصية" over "[owned by the
host's brother]": viewers know whose shop a host's own live is, not whose her recommendation is. A line the classifier
reads as an endorsement (READS_AS_MIN_SCORE), over notes where a kin word stands in the owner clause, and that names no
kin itself ("my husband's school" says the tie), hides a material connection (16 CFR 255.5 names family ties; UCPD
Annex I pt 22; ICC art. 7), with no denial needed. A kin word in the line keeps it out ("my sister runs it, so I'm
biased" says the tie); it does not take back the classifier's own reading ("a normal mom like you" is no tie said).
A call to buy in the line recommends it as well as the classifier's reading does (round 28).
"""

from __future__ import annotations

from typing import Sequence

from studio.compliance.disclosure import says_denial, says_disclosure
from studio.compliance.model import Finding, TextRole
from studio.compliance.normalize import normalize

ENDORSEMENT = "undisclosed_endorsement"
READS_AS_MIN_SCORE = 0.2     # the classifier's top reading is an endorsement at least this likely


def notes_say_owner(notes: Sequence[str]) -> bool:
    from studio.compliance.context_facts import _note_clauses, context_patterns

    owner = context_patterns().owner
    return any(owner.search(clause) for clause in _note_clauses(notes))


def notes_say_relative_owns(notes: Sequence[str]) -> bool:
    """An owner clause of the notes with a kin word in it ("[the school belongs to the host's husband]")."""
    from studio.compliance.context_facts import _note_clauses, context_patterns

    p = context_patterns()
    return any(p.owner.search(clause) and p.kin.search(clause) for clause in _note_clauses(notes))


def _calls_to_buy(norm: str) -> bool:
    """A call to buy in the line ("mọi người bấm giỏ hàng nha", "link below"): over a relative's business it recommends it
    whatever the classifier read (round 28, set 30: a dog-food testimonial read as cultural first). DEV: every line over
    such notes that names no kin is labeled a hidden ad."""
    from studio.compliance.late_disclosure import _pitches

    return _pitches(norm)


def apply_owned_brand(findings: list[Finding], text: str, spoken_from: int, notes: Sequence[str],
                      policies: dict[str, dict], lang: str, role: TextRole, segment_disclosed: bool = False,
                      verdict=None) -> list[Finding]:
    from studio.compliance.context_facts import ensure_finding, context_patterns, notes_say_disclosed

    spoken = text[spoken_from:]
    if role is TextRole.CUE or not notes or segment_disclosed or says_disclosure(spoken):
        return findings
    norm = normalize(spoken).text
    denies = bool(context_patterns().independent.search(norm) or says_denial(spoken))
    recommends = (verdict is not None and verdict.top_category == ENDORSEMENT and verdict.score >= READS_AS_MIN_SCORE) \
        or _calls_to_buy(norm)
    if not denies and not (recommends and not context_patterns().kin.search(norm)):
        return findings
    if notes_say_disclosed(notes) or not (notes_say_owner(notes) if denies else notes_say_relative_owns(notes)):
        return findings
    why = "the producer notes say the host owns the brand, and the line says there is no tie" if denies else \
        "the producer notes say a relative of the host owns it, and the line recommends it without saying so"
    return ensure_finding(findings, ENDORSEMENT, text, spoken_from, policies, lang, role, why)
