"""A first place in a named country, said with nothing in the notes behind it.

"Number one power bank in Singapore lah", "¡La proteína número uno de México!", "Best-selling na sapatos sa buong
Pilipinas", "هالمرتبة رقم واحد في مبيعات السعودية": a market-wide ranking is a fact only sales or survey data can
show (FTC substantiation, CAP 3.7, UCPD art. 6, CDC art. 37, LFPC art. 32, ICC art. 6). Notes that say there is no
such data already block it (context_facts.py); notes that name the data clear it. With neither, it is a finding in
every market: the market's own severity where superlatives are on, a warning where they are off (puffery such as
"the best pillow in the world" stays lawful there: this reads only a first place tied to a named country). Every
such line without notes in sets 4-19 is labelled absolute_superlative; "best-selling in the country" alone is not.
The same holds for safety said as a superlative over the world, all time or a country ("the safest car seat ever
made", "el casco más seguro del mundo", "أأمن خوذة في العالم"): protection is measured in crash and impact tests, so
it is an objective claim that needs proof (FTC substantiation, CAP 3.7, UCPD art. 6(1)(b), ICC art. 6), not the
obvious exaggeration of "the best helmet in Australia" (round 19). First-person taste stays clean. A superlative over
the world said with "bar none" in any words ("ما تلقى مثله في أي محل") is a finding only where the market's policy has
superlatives on (round 26): "the comfiest hoodie on the planet, hands down" stays puffery in the US.
Words: assets/compliance/context_facts.yaml, superlative.national_rank, superlative.nation, superlative.safest and
superlative.world.
"""

from __future__ import annotations

import functools
import re
from typing import Sequence

from studio import paths
from studio.compliance.model import Finding, TextRole
from studio.compliance.normalize import alternation, normalize
from studio.compliance.personal_superlative import personal_superlative

SUPERLATIVE = "absolute_superlative"
# "the most durable", "the toughest": the English forms `claim` leaves to the rules (read only beside a nation, bar none)
_ENGLISH_SUPERLATIVE = re.compile(r"\bmost \w+|\b\w{3,}est\b")
NATION_GAP = 40          # characters between the first place and the country ("número uno de México", "in Singapore")


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    from studio.compliance.packs import read_yaml

    s = read_yaml(paths.assets_dir() / "compliance" / "context_facts.yaml")["superlative"]
    # a family is one regex or a list (round 25), normalized as the text is ("أقوى" reads "اقوي")
    return tuple(alternation(s[k]) for k in ("national_rank", "nation", "safest", "world", "bar_none", "claim"))


def ranks_first_in_country(line: str) -> bool:
    """A first place ("number one", "best-selling", "销量第一") within NATION_GAP characters of a country's name."""
    rank, nation, safest, world, bar_none, superlative = _patterns()
    norm = normalize(line).text
    places = [(m.start(), m.end()) for m in nation.finditer(norm)]
    if safest.search(norm) and (places or world.search(norm)) and not personal_superlative(line):
        return True      # "the safest helmet on the planet": a measured attribute ranked over all the rest
    if places and _bar_none(norm, line):
        return True      # "全新加坡最耐用的，没有之一": over every rival in the country, bar none
    return any(abs(m.start() - s) <= NATION_GAP + (e - s) or abs(s - m.end()) <= NATION_GAP
               for m in rank.finditer(norm) for s, e in places)


def _bar_none(norm: str, line: str) -> bool:
    _rank, _nation, _safest, _world, bar_none, superlative = _patterns()
    return bool(bar_none.search(norm) and (superlative.search(norm) or _ENGLISH_SUPERLATIVE.search(norm))
                and not personal_superlative(line))


def best_in_world_bar_none(line: str) -> bool:
    """A superlative over the world said with "bar none" in any words ("أفخم بخور في العالم، ما تلقى مثله", "the comfiest
    hoodie on the planet, hands down"): a claim over every rival where the market's policy holds superlatives to proof,
    puffery where it leaves them off (round 26)."""
    norm = normalize(line).text
    return bool(_patterns()[3].search(norm)) and _bar_none(norm, line)


def apply_national_ranking(findings: list[Finding], text: str, spoken_from: int, notes: Sequence[str],
                           policies: dict[str, dict], lang: str, role: TextRole) -> list[Finding]:
    from studio.compliance.context_facts import ensure_finding, _notes_fact, context_patterns

    if role is TextRole.CUE:
        return findings
    if not ranks_first_in_country(text[spoken_from:]):
        if best_in_world_bar_none(text[spoken_from:]) and not (notes and _notes_fact(
                notes, context_patterns().unsupported, context_patterns().ranking_backed) is not None):
            return ensure_finding(findings, SUPERLATIVE, text, spoken_from, policies, lang, role,
                           "a superlative over the world, bar none, needs proof where superlatives are held to it",
                           severity=None)
        return findings
    p = context_patterns()
    if notes and _notes_fact(notes, p.unsupported, p.ranking_backed, unless=p.backed_missing) is not None:
        return findings          # the notes decide it: context_facts blocks it or clears it
    return ensure_finding(findings, SUPERLATIVE, text, spoken_from, policies, lang, role,
                   "a first place in a country needs sales or survey data, and the notes name none",
                   fallback=p.unsupported_policy, severity=None)
