"""A viewer's question the host declines to answer: "Perguntaram se o aparelho trata hipertensão — não
posso falar isso, conversem com o médico", "มีคนถามว่า...รักษาความดันสูงได้ไหม ตอบไม่ได้นะคะ ปรึกษาคุณหมอ".
The claim is named only inside the question; every pack rule and the classifier drop their hit on a
claim of effect (medical, results, superlative, green), unless the host answers yes or tells viewers to
stop their treatment. One reader for every market: a question word (context_facts.yaml
medical_disclaimer.question) and a declined answer (declined_question.yaml), in every language."""
from __future__ import annotations

import functools
import re

from studio.compliance.model import Finding
from studio.compliance.normalize import normalize
from studio import paths

# what a question can name without the host making it
CLAIM_CATEGORIES = frozenset({"medical", "guaranteed_results", "absolute_superlative", "green_claims"})


@functools.lru_cache(maxsize=1)
def _declines() -> re.Pattern:
    from studio.compliance.packs import read_yaml

    data = read_yaml(paths.assets_dir() / "compliance" / "declined_question.yaml")
    return re.compile("|".join(f"(?:{p})" for words in data["declines_answer"].values() for p in words))


def declines_question(line: str) -> bool:
    """A reported question and an answer declined (or sent to a doctor), with no yes."""
    from studio.compliance.context_facts import context_patterns, tells_to_stop_treatment

    p, norm = context_patterns(), normalize(line).text
    if p.affirms.search(norm) or tells_to_stop_treatment(line):
        return False
    answer = [m.span() for pat in (_declines(), p.see_doctor) for m in pat.finditer(norm)]
    if not answer:
        return False
    # the question is asked outside the answer ("ask your doctor" alone asks nothing)
    asked = "".join(ch if not any(s <= i < e for s, e in answer) else " " for i, ch in enumerate(norm))
    return bool(p.question.search(asked))


def without_declined_claims(findings: list[Finding], spoken: str) -> list[Finding]:
    if not any(f.category in CLAIM_CATEGORIES for f in findings) or not declines_question(spoken):
        return findings
    return [f for f in findings if f.category not in CLAIM_CATEGORIES]
