"""A line's own medical context: a disclaimer ("not a medicine, ask your doctor"), a denied effect ("no cura
nada"), make-up that covers a concern, or advice to stop a treatment (a medical claim in every market).
Patterns: context_words.py (assets/compliance/context_facts.yaml)."""

from __future__ import annotations

import functools
import re

from studio.compliance.context_words import context_patterns
from studio.compliance.model import Finding
from studio.compliance.normalize import normalize

MEDICAL = "medical"


def is_medical_disclaimer(line: str) -> bool:
    """"Not a medicine, ask your doctor" / a viewer's question sent to a doctor."""
    p = context_patterns()
    norm = normalize(line).text
    # a question answered yes ("someone asks if it cures eczema, yes it does, ask your doctor") is the claim
    return bool(p.see_doctor.search(norm) and (p.not_medicine.search(norm) or p.question.search(norm))) \
        and not p.affirms.search(norm) and not tells_to_stop_treatment(line)


@functools.lru_cache(maxsize=1)
def _negated_before() -> tuple[re.Pattern, ...]:
    """The rule matcher's own negation test (vocab.yaml `negation`, every language): a negator at the
    end of the text before a hit. "never stop your medicine", "no dejes tus pastillas": the advice."""
    from studio.compliance.matcher import negation_regex
    from studio.compliance.packs import load_families, vocab_path

    families = load_families(vocab_path())
    return tuple(re.compile(negation_regex(lang, False, words["negation"]))
                 for lang, words in families.items() if words.get("negation"))


def tells_to_stop_treatment(line: str) -> bool:
    """The line tells viewers to stop their medicine or skip the doctor ("plus besoin d'aller chez le
    médecin", "khỏi đi khám", "เลิกกินยา", "不用再擦药"): a medical claim in every market."""
    norm = normalize(line).text
    for match in context_patterns().stops_treatment.finditer(norm):
        before = norm[:match.start()]
        if not any(negated.search(before) for negated in _negated_before()):
            return True
    return False


def _without_denied_effect(findings: list[Finding], spoken: str, spoken_from: int) -> list[Finding]:
    """A line that denies any therapeutic effect ("không có tác dụng thay thế thuốc chữa bệnh",
    "ไม่มีผลในการป้องกันหรือรักษาโรค", "no cura nada"): a medical rule hit inside the denial is no claim,
    and with no other medical rule hit the classifier's medical reading goes too."""
    norm = normalize(spoken)
    denied = [norm.original_span(m.start(), m.end()) for m in context_patterns().denies_effect.finditer(norm.text)]
    if not denied:
        if context_patterns().covers_up.search(norm.text) and \
                not any(f.category == MEDICAL and f.origin != "semantic" for f in findings):
            # make-up that covers a concern ("camoufle les cernes"): cosmetic, not a treatment
            return [f for f in findings if not (f.category == MEDICAL and f.origin == "semantic")]
        return findings
    inside = lambda f: any(s + spoken_from <= f.start and f.end <= e + spoken_from for s, e in denied)
    out = [f for f in findings if not (f.category == MEDICAL and f.origin != "semantic" and inside(f))]
    if not any(f.category == MEDICAL and f.origin != "semantic" for f in out):
        out = [f for f in out if not (f.category == MEDICAL and f.origin == "semantic")]
    return out
