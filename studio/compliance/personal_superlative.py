"""A superlative scoped to the host's own experience ("le meilleur mascara que j'ai jamais eu",
"the best serum I've ever used", "ที่ดีที่สุดที่เคยใช้มา") is an opinion about what the speaker has
tried, not a comparison with the market: lawful puffery where the market allows it. Superlative
findings go, the classifier's and a pack rule's alike ("ngon nhất em từng uống" hits vn.superlative's
"nhất"), except in the markets that ban absolute terms whatever their scope (CN, 广告法 §9).
Patterns: assets/compliance/deals.yaml, scoped_superlative."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from studio import paths
from studio.compliance.model import Finding
from studio.compliance.normalize import normalize, normalize_regex

SUPERLATIVE = "absolute_superlative"


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, frozenset]:
    from studio.compliance.packs import read_yaml

    scoped = read_yaml(paths.assets_dir() / "compliance" / "deals.yaml")["scoped_superlative"]
    return (re.compile(normalize_regex(scoped["personal"])), re.compile(normalize_regex(scoped["global"])),
            frozenset(scoped["personal_still_banned"]))


def personal_superlative(line: str) -> bool:
    """The line scopes its superlative to the speaker's own experience, and to nothing wider
    ("the best in the world I've ever used" is still a market claim)."""
    personal, wider, _ = _patterns()
    norm = normalize(line).text
    return bool(personal.search(norm)) and not wider.search(personal.sub(" ", norm))


def without_personal_superlative(findings: list[Finding], spoken: str) -> list[Finding]:
    """The findings less the superlative findings of a personal-experience superlative, kept only for
    the markets that still ban it."""
    if not any(f.category == SUPERLATIVE for f in findings) \
            or not personal_superlative(spoken):
        return findings
    banned = _patterns()[2]
    out = []
    for f in findings:
        if f.category == SUPERLATIVE:
            markets = tuple(m for m in f.markets if m in banned)
            if markets:
                out.append(replace(f, markets=markets))
            continue
        out.append(f)
    return out
