"""A sacred or national symbol put to a lowly use, read by the classifier together with one word family.

The word pair of sacred_placement.yaml wants the symbol and the lowly use in one clause, in words its lists hold.
Hosts name either side in words no list has ("Sajadah motif Ka'bah ini bisa juga jadi keset kamar mandi", "Ginawa
naming bath mat ang mukha ng Sto. Niño" -- the abbreviation's full stop cuts the clause): set 28 lost 7 of its 17
cultural lines so. The classifier already reads such a line as cultural, under its threshold (0.31-0.41), because it
knows the concept of the item and the use; one of the two families in the line confirms what it read (ICC Code art. 4,
as sacred_placement.yaml). Hard negatives stay clean: an item kept as its faith asks (`reverence`, no lowly word)
does not speak, and a line the classifier does not read as cultural first is left to the other readers. Round 26.
A symbol of the lists destroyed or thrown away (`destroyed`: popped, torn, in the bin) speaks the same way (round 27).
"""

from __future__ import annotations

from typing import Callable

from studio.compliance.model import Finding, TextRole
from studio.compliance.normalize import normalize
from studio.compliance.semantic import ClaimVerdict
from studio.compliance.word_pairs import word_pair

CULTURAL = "cultural_sensitivity"
MIN_SCORE = 0.30        # the classifier's cultural reading, as its top category, with a lowly or profane use named


def reads_profaned(line: str, score: float) -> bool:
    """A lowly or profane use named in a line read as cultural at MIN_SCORE, unless the line keeps the item with
    reverence and names no symbol of the lists (normalized inside)."""
    pair = word_pair("sacred_placement.yaml", "sacred", "lowly")
    keeping = word_pair("sacred_placement.yaml", "sacred", "reverence").second
    norm = normalize(line).text
    if score >= MIN_SCORE and pair.first.search(norm) \
            and word_pair("sacred_placement.yaml", "sacred", "destroyed").second.search(norm):
        return True         # a symbol of the lists destroyed or thrown away ("ayat Al-Quran ... diletusin"): round 27
    if score < MIN_SCORE or not pair.second.search(norm):
        return False        # the symbol alone is what religious goods are: the classifier and culture_topics decide
    if pair.blank is not None and pair.blank.search(norm):
        # a look-alike or an interjection ("Nossa Senhora, olha essas meias!", "Buddha bowl") is what the classifier
        # read; only a symbol of the lists besides it still speaks
        norm = pair.blank.sub(lambda m: " " * len(m.group(0)), norm)
        return bool(pair.first.search(norm)) and pair.reads(line)
    return not (keeping.search(norm) and not pair.first.search(norm))


def apply_sacred_reading(findings: list[Finding], text: str, spoken_from: int, policies: dict[str, dict],
                         lang: str, role: TextRole, verdict: ClaimVerdict | None) -> list[Finding]:
    return apply_cultural_cue(findings, text, spoken_from, policies, lang, role, verdict, reads_profaned,
                              "it puts a sacred or national symbol to a lowly use")


def apply_cultural_cue(findings: list[Finding], text: str, spoken_from: int, policies: dict[str, dict], lang: str,
                       role: TextRole, verdict: ClaimVerdict | None, cue: Callable[[str, float], bool], why: str,
                       fallback: dict | None = None) -> list[Finding]:
    """A cultural finding (each market's policy severity; `fallback` where it is off) for a line the classifier reads
    as cultural first, when `cue(spoken, score)` confirms what it read (a lowly use here, a laugh in laughed_at.py)."""
    if role is TextRole.CUE or verdict is None or verdict.top_category != CULTURAL \
            or any(f.category == CULTURAL for f in findings) or not cue(text[spoken_from:], verdict.score):
        return findings
    from studio.compliance.context_facts import ensure_finding

    return ensure_finding(findings, CULTURAL, text, spoken_from, policies, lang, role, why, fallback=fallback,
                          severity=None)
