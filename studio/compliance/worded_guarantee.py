"""A result the line guarantees in words, that the classifier reads as a promised result under its threshold.

"Con esta almohada dormís ocho horas seguidas desde la primera noche, te lo garantizo", "المرتبة دي هتخليك
تنام ٨ ساعات من أول ليلة، مضمونة": the head's most likely category is a guaranteed result (0.2-0.4, under
the calibrated threshold: sleep and height outcomes are rare in its labeled data) and the line says a guarantee
word of vocab.yaml's `guarantee` family. Both together are the claim (ICC Code art. 8, substantiation), in every
market whose policy has the category on, unless the guarantee is of a service, a return window or an offer, or
the line declines the promise (the same readers that take a guarantee back in context_facts)."""

from __future__ import annotations

from studio.compliance.context_facts import _ensure, _guarantee_words, context_patterns, declines_results
from studio.compliance.model import Finding, TextRole
from studio.compliance.normalize import normalize
from studio.compliance.offer_only import only_an_offer
from studio.compliance.semantic import ClaimVerdict

GUARANTEED = "guaranteed_results"
MIN_SCORE = 0.20         # the training script's floor: under 1 in 5 the classifier says nothing


def apply_worded_guarantee(findings: list[Finding], text: str, spoken_from: int, policies: dict[str, dict],
                           lang: str, role: TextRole, verdict: ClaimVerdict | None) -> list[Finding]:
    if role is TextRole.CUE or verdict is None or verdict.category is not None \
            or verdict.top_category != GUARANTEED or verdict.score < MIN_SCORE \
            or any(f.category == GUARANTEED for f in findings):
        return findings
    spoken = text[spoken_from:]
    words = _guarantee_words()
    norm = normalize(spoken).text
    if not words.search(norm) or declines_results(spoken) or only_an_offer(spoken, words) \
            or context_patterns().return_terms.search(norm):     # "garansi tukar ukuran 7 hari": an exchange
        return findings
    return _ensure(findings, GUARANTEED, text, spoken_from, policies, lang, role,
                   "the line guarantees the result in words", severity=None)
