"""The patterns context_facts.py and its readers share, read once from assets/compliance/context_facts.yaml
(normalized text, every language at once): payment and disclosure words, green and ranking proof, the doctor,
results disclaimers, service guarantees, newest-model words; and each language's ways of giving up a treatment."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from studio import paths
from studio.compliance.normalize import alternation


@dataclass(frozen=True)
class ContextPatterns:
    paid: re.Pattern
    unpaid: re.Pattern
    owner: re.Pattern
    kin: re.Pattern
    independent: re.Pattern
    disclosed: re.Pattern
    undisclosed: re.Pattern
    green_false: re.Pattern
    green_true: re.Pattern
    green_claim: re.Pattern
    composition: re.Pattern
    green_policy: dict
    unsupported: re.Pattern
    ranking: re.Pattern
    ranking_backed: re.Pattern
    backed_missing: re.Pattern
    backed_still_banned: frozenset
    unsupported_policy: dict
    see_doctor: re.Pattern
    stops_treatment: re.Pattern
    not_medicine: re.Pattern
    question: re.Pattern
    affirms: re.Pattern
    declines_results: re.Pattern
    asked_denied: re.Pattern
    service_guarantee: re.Pattern
    newest: re.Pattern
    outdated: re.Pattern
    denies_effect: re.Pattern
    covers_up: re.Pattern
    newest_confirmed: re.Pattern
    return_terms: re.Pattern


@functools.lru_cache(maxsize=1)
def context_patterns() -> ContextPatterns:
    from studio.compliance.packs import read_yaml

    data = read_yaml(paths.assets_dir() / "compliance" / "context_facts.yaml")
    e, g, s, m = data["endorsement"], data["green"], data["superlative"], data["medical_disclaimer"]
    return ContextPatterns(
        paid=alternation(e["paid"]), unpaid=alternation(e["unpaid"]), owner=alternation(e["owner"]), kin=alternation(e["kin"]), independent=alternation(e["independent"]), disclosed=alternation(e["disclosed"]),
        undisclosed=alternation(e["undisclosed"]), green_false=alternation(g["contradicted"]), green_true=alternation(g["backed"]),
        green_claim=alternation(g["claim"]), composition=alternation(g["composition"]), green_policy={k: g[k] for k in ("title", "source", "suggestion")},
        unsupported=alternation(s["unsupported"]), ranking=alternation(s["claim"]), ranking_backed=alternation(s["backed"]),
        backed_missing=alternation(s["backed_missing"]),
        backed_still_banned=frozenset(s["backed_still_banned"]),
        unsupported_policy={k: s[k] for k in ("title", "source", "suggestion")},
        see_doctor=alternation([m["see_doctor"], m["see_own_doctor"]]),
        stops_treatment=alternation([m["stops_treatment"], *_stop_family_patterns(m["stop_families"])]),
        not_medicine=alternation(m["not_medicine"]), question=alternation(m["question"]), affirms=alternation(m["affirms"]),
        declines_results=alternation(data["results_disclaimer"]["declines"]),
        asked_denied=alternation(data["results_disclaimer"]["asked_denied"]),
        service_guarantee=alternation(data["results_disclaimer"]["service"]),
        newest=alternation(s["newest"]), outdated=alternation(s["outdated"]),
        denies_effect=alternation(m["denies_effect"]), covers_up=alternation(m["covers_up"]),
        newest_confirmed=alternation(s["newest_confirmed"]),
        return_terms=alternation(data["results_disclaimer"]["return_terms"]))


# a gap word between "won't need" and "inhaler": any word but one of continuing or stopping, so
# "don't need to stop your pills" is not read as "don't need ... pills"
# (a clause ends at Arabic and CJK punctuation too: "مش حاجة أقدر أقولها، اسألي الدكتور" declines, it is no "no need")
_GAP_WORD = r"(?!(?:to|stop|keep|continue|taking|take|de|deja|dejar|parar|continuar|seguir)\b)[^\s,.!?;:،؛؟，。！？]+"


_STOP_PAIRS = (("stop", "drugs"), ("no_need", "drugs"), ("no_need", "doctor"), ("skip", "doctor"), ("replaces", "doctor"),
               ("drugs", "stopped"), ("doctor", "stopped"))


def _stop_family_patterns(families: dict) -> list[str]:
    """{stop} {drugs}, {no_need} {drugs|doctor}, {skip} {doctor}, {drugs|doctor} {stopped}: each
    language's ways of giving up a treatment (context_facts.yaml stop_families), up to three
    words apart, in one clause."""
    gap = rf"(?:\s+{_GAP_WORD}){{0,3}}?\s+"
    out = []
    for words in families.values():
        for first, second in _STOP_PAIRS:
            if first in words and second in words:
                out.append(rf"(?<!\w)(?:{words[first]}){gap}(?:{words[second]})(?!\w)")
    return out
