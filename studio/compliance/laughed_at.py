"""A line the classifier reads as cultural that laughs: mocking whoever it names, in every market.

"Chinesisches Kalligrafie-Set, da könnt ihr euren Namen endlich auf Ching-Chang-Chong schreiben, hahaha", "要是去河南出差
可得锁好了，你懂的，哈哈哈", "geng mamak ni memang suka benda berkilat, hahaha", "os vizinhos da mesquita que passam o dia sem
comer ... ahah", "slap on a sombrero and a fake mustache ... you're basically Mexican, ha!": the encoder knows a people,
a region or a rite is being made fun of (cultural 0.50-0.75 as its top reading in set 29), but culture_topics.speaks_for
wants a taboo word, a people of its lists or a confident 0.70 before a reading speaks, and group_mockery.yaml's word
pairs hold no slur or region they never met (set 29 lost 5 of its 21 cultural lines so). The laugh is the frame every
language shares, and the encoder says who is laughed at; no list of peoples needed (ICC Code art. 2 and 4; the blind
sets' labeling rule: mocking a group is cultural whatever the product). DEV sets 4-29: every line with a laugh read
as cultural at MIN_SCORE or more is labeled cultural (the one unflagged such line, "ini cuma botol minum, hehe", reads
0.42). A feast decorated (festive_decor.py) or a sacred image kept (sacred_placement.yaml `reverence`) stays clean.
Where the market's policy has the category off (the US) it warns, as a body shamed does (group_mockery.yaml
`fallback`). Round 27.
"""

from __future__ import annotations

from studio.compliance.model import Finding, TextRole
from studio.compliance.normalize import normalize
from studio.compliance.sacred_reading import apply_cultural_cue
from studio.compliance.semantic import ClaimVerdict

CULTURAL = "cultural_sensitivity"
MIN_SCORE = 0.45        # the classifier's cultural reading, as its top category, in a line that laughs


def laughs_at_someone(line: str, score: float) -> bool:
    """A laugh in a line read as cultural at MIN_SCORE, which neither only decorates a feast nor keeps a sacred image."""
    from studio.compliance.culture_topics import _keeps_sacred, culture_topics
    from studio.compliance.festive_decor import decorates_feast

    topics = culture_topics()
    norm = normalize(line).text
    if score < MIN_SCORE or topics.laughter is None or not topics.laughter.search(norm):
        return False
    return not (decorates_feast(line) or (_keeps_sacred(norm) and not topics.laughs_at_faith(norm)))


def apply_laughed_at(findings: list[Finding], text: str, spoken_from: int, policies: dict[str, dict],
                     lang: str, role: TextRole, verdict: ClaimVerdict | None) -> list[Finding]:
    return apply_cultural_cue(findings, text, spoken_from, policies, lang, role, verdict, laughs_at_someone,
                              "it laughs at a people, a region or a rite", fallback=_fallback())


def _fallback() -> dict:
    """Title, source and suggestion where the market's policy has the category off (the US): group_mockery.yaml."""
    from studio.compliance.disparagement import _faith_mocked_fallback

    return _faith_mocked_fallback()
