"""A disease named in a line the classifier reads as a medical claim just under its threshold.

"這支高粱每天睡前喝一小杯，血管幫你清得乾乾淨淨，三高通通不見啦", "Un verre de ce Bordeaux tous les soirs et votre
cholestérol descend tout seul", "مشروب الشعير هذا يفتّت حصى الكلى", "Kính lão này đeo vô là mắt hết lão": folk cures
on drinks and aids read as medical at 0.41-0.52 in set 27 (threshold 0.53), with no rule: the rules need a cure verb
next to the disease, and folk wordings vary without end. The classifier's reading and a disease of vocab.yaml's
`condition` family together are the claim (a health claim on a food or device: EU 1924/2006 art. 10, FTC Act s. 12,
广告法 §17, ICC art. 8), in every market whose policy has medical claims on, unless the line only sends viewers to
a doctor, disclaims a cure or denies the effect (the readers that take a medical reading back in context_facts).
Round 25.
"""

from __future__ import annotations

import functools
import re

from studio.compliance.model import Finding, TextRole
from studio.compliance.normalize import normalize
from studio.compliance.semantic import ClaimVerdict

MEDICAL = "medical"
MIN_SCORE = 0.35        # a medical reading this likely, as the top category, with a disease named


@functools.lru_cache(maxsize=1)
def _conditions() -> re.Pattern:
    """The `condition` word family of vocab.yaml in every language ("cholesterol", "三高", "حصى الكلى")."""
    from studio.compliance.packs import load_families, vocab_path

    words = {normalize(w).text for fam in load_families(vocab_path()).values() for w in fam.get("condition", ())}
    def one(word: str) -> str:      # word boundaries for spaced Latin scripts only (三高 sits inside 三高通通)
        text = re.escape(word)
        return rf"(?<!\w){text}(?!\w)" if re.match(r"[a-zà-ỹ]", word) else text
    return re.compile("|".join(one(w) for w in sorted(words, key=len, reverse=True) if len(w) > 1))


def names_condition(line: str) -> bool:
    return bool(_conditions().search(normalize(line).text))


NEGATION_WINDOW = 40    # characters before the disease where a negator takes the cure back ("won't cure acne")
_NOT = re.compile(r"n't\b|\bnever\b|\bnot\b|\bno\b|\bnem\b|\bni\b|\bnicht\b|\bpas\b")


_REGISTERED = re.compile(r"\bregistro (?:sanitario|digemid|invima|cofepris|anvisa)\b|\b(?:digemid|invima|cofepris|anvisa|bpom|sfda)\b|"
                         r"\bfda[- ](?:approved|cleared|registered)\b|số đăng ký|国药准字|식약처 허가")


def _affirmed_condition(norm: str) -> bool:
    """A disease named with no negator just before it ("won't cure acne", "không chữa được tiểu đường");
    norm: normalize(...).text."""
    from studio.compliance.context_facts import context_patterns

    negators = context_patterns().backed_missing
    return any(not (negators.search(norm[max(0, m.start() - NEGATION_WINDOW):m.start()])
                    or _NOT.search(norm[max(0, m.start() - NEGATION_WINDOW):m.start()]))
               for m in _conditions().finditer(norm))


def apply_named_condition(findings: list[Finding], text: str, spoken_from: int, policies: dict[str, dict],
                          lang: str, role: TextRole, verdict: ClaimVerdict | None) -> list[Finding]:
    from studio.compliance.context_facts import ensure_finding, context_patterns
    from studio.compliance.medical_context import is_medical_disclaimer
    from studio.compliance.medical_referral import only_refers_to_doctor, refers_without_cure

    if role is TextRole.CUE or verdict is None or verdict.top_category != MEDICAL or verdict.score < MIN_SCORE:
        return findings
    spoken = text[spoken_from:]
    norm = normalize(spoken).text       # once: the readers below all take the normalized line
    if any(f.category == MEDICAL for f in findings) or not _affirmed_condition(norm):
        return findings
    if is_medical_disclaimer(spoken) or refers_without_cure(spoken) or only_refers_to_doctor(spoken):
        return findings
    words = context_patterns()
    if _REGISTERED.search(norm):
        return findings         # a registered medicine ("con registro DIGEMID", "BPOM"): its indication is lawful
    if words.denies_effect.search(norm) or words.covers_up.search(norm):
        return findings         # "won't cure acne, but it calms the look of redness": an effect denied, a concern covered
    return ensure_finding(findings, MEDICAL, text, spoken_from, policies, lang, role,
                   "it names a disease in a line that reads as a health claim", severity=None)
