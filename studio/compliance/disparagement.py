"""Two readers of a line that belittles, each a pair of word families (studio/compliance/word_pairs.py).

A competitor run down: "don't buy" and a charge of junk, fakes or danger in one line ("بلاش ساعات كاسيو، دي
بتبوظ في أسبوع وخامتها زبالة", "Wag kayo bibili ng Casio, peke at sira agad yan", "삼성 건조기 사지 마세요, 진짜 금방
고장 나요", "别买小米的充电宝了，用两天就鼓包"). No pack rule covers disparagement and the classifier reads some of
these at under 0.2 (sets 16-19: ar, tl, ko, vi, th, zh). Every such line in sets 10-19 is labelled disparagement:
Directive 2006/114/EC art. 4(d), CAP 3.42, ICC art. 12; warn in the US. Words: assets/compliance/disparagement.yaml.

A body shamed: a word for a body's size or fat and a jeer or "no one will want you" ("Gordita, con esa panza nadie
te va a querer", "Béo như con heo thì ai thèm yêu", "胖成这样还好意思穿短裙"): slimming pitches that shame viewers
into buying are cultural_sensitivity (ICC art. 2 and 4), wherever the markets' policy has the category on.
Words: assets/compliance/body_shaming.yaml.
"""

from __future__ import annotations

from studio.compliance.model import Finding, TextRole
from studio.compliance.word_pairs import apply_pair, word_pair

DISPARAGEMENT = "disparagement"
CULTURAL = "cultural_sensitivity"


def runs_down(line: str) -> bool:
    """A "don't buy" and a charge of junk, fakes or danger in the line (any language)."""
    return word_pair("disparagement.yaml", "target", "defect").reads(line)


def shames_body(line: str) -> bool:
    """A body's size or fat and a jeer or a "no one will want you" in the line (any language)."""
    return word_pair("body_shaming.yaml", "body", "shame").reads(line)


def apply_belittling(findings: list[Finding], text: str, spoken_from: int, policies: dict[str, dict],
                     lang: str, role: TextRole) -> list[Finding]:
    findings = apply_pair(findings, word_pair("disparagement.yaml", "target", "defect"), DISPARAGEMENT,
                          "it tells viewers not to buy a product it calls junk, fake or dangerous",
                          text, spoken_from, policies, lang, role)
    return apply_pair(findings, word_pair("body_shaming.yaml", "body", "shame"), CULTURAL,
                      "it mocks the viewer's body to sell", text, spoken_from, policies, lang, role)
