"""What each claim category means in a market: the `semantic:` section of the packs.

The semantic classifier says WHAT a sentence claims (one of CATEGORIES, market-agnostic);
this module says how much that matters where the buyers are:

    semantic:
      absolute_superlative:
        severity: block            # block | warn | info | off
        title: Absolute terms ("best", "No. 1", 最)
        source: PRC Advertising Law art. 9(3)
        suggestion: {en: "...", zh: "..."}

A market's policy merges every pack that reaches it (national, group such as EU or GULF,
platform such as TIKTOK): the strictest severity wins and the finding cites that pack.
The universal pack (`markets: [ALL]`) is the default: it only decides a category that no
other applicable pack mentions, so "off" in the US pack keeps puffery off in the US.
A user pack's `semantic:` section is applied last and replaces the shipped severity.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from studio.compliance.markets import UNIVERSAL, applies, canonical_market, parse_markets
from studio.compliance.model import RuleSeverity

CATEGORIES = ("medical", "guaranteed_results", "absolute_superlative", "false_urgency", "fake_discount",
              "disparagement", "undisclosed_endorsement", "green_claims", "cultural_sensitivity")


@dataclass(frozen=True)
class SemanticPolicy:
    category: str
    severity: RuleSeverity | None        # None: off in this market
    title: str
    source: str
    suggestion: dict[str, str]
    pack_id: str

    @property
    def rank(self) -> int:
        return self.severity.rank if self.severity is not None else -1

    def suggestion_for(self, lang: str | None) -> str:
        if lang and lang in self.suggestion:
            return self.suggestion[lang]
        return self.suggestion.get("en") or next(iter(self.suggestion.values()), "")


@dataclass(frozen=True)
class PackPolicy:
    """One pack's semantic section and the markets it reaches."""

    pack_id: str
    markets: tuple[str, ...]
    policies: dict[str, SemanticPolicy]

    @property
    def universal(self) -> bool:
        return UNIVERSAL in {canonical_market(m) for m in self.markets}


def check_category(value: Any, where: str) -> str:
    from studio.compliance.packs import PackError

    if str(value) not in CATEGORIES:
        raise PackError(f"{where}: category must be one of {', '.join(CATEGORIES)}, not {value!r}")
    return str(value)


def parse_semantic(data: Any, pack_id: str, where: str, require_source: bool = True) -> dict[str, SemanticPolicy]:
    """A pack's `semantic:` map: category -> severity, title, source, suggestion. A user pack
    may give only a severity (require_source False): the shipped citation is kept."""
    from studio.compliance.packs import PackError, parse_severity

    if data is None:
        return {}
    if not isinstance(data, dict):
        raise PackError(f"{where}: semantic: map each category to severity, title, source, suggestion")
    out: dict[str, SemanticPolicy] = {}
    for category, entry in data.items():
        at = f"{where}: semantic.{category}"
        check_category(category, at)
        if isinstance(entry, (str, bool)):  # "absolute_superlative: off" (YAML reads off as false)
            entry = {"severity": entry}
        if not isinstance(entry, dict) or "severity" not in entry:
            raise PackError(f"{at}: needs a severity (block, warn, info or off)")
        raw = entry["severity"]
        off = raw is False or str(raw).lower() == "off"   # YAML reads a bare `off` as false
        severity = None if off else parse_severity(raw, at)
        suggestion = entry.get("suggestion") or {}
        if isinstance(suggestion, str):
            suggestion = {"en": suggestion}
        if require_source and severity is not None and not (entry.get("source") and suggestion.get("en")):
            raise PackError(f"{at}: a category that is on needs a source and an English suggestion")
        out[str(category)] = SemanticPolicy(
            category=str(category), severity=severity, title=str(entry.get("title") or category),
            source=" ".join(str(entry.get("source", "")).split()),
            suggestion={str(k): " ".join(str(v).split()) for k, v in suggestion.items()}, pack_id=pack_id)
    return out


def merge_policies(market: str, packs: Iterable[PackPolicy]) -> dict[str, SemanticPolicy]:
    """The category -> policy for one market: strictest of the specific packs, universal as default."""
    specific: dict[str, SemanticPolicy] = {}
    default: dict[str, SemanticPolicy] = {}
    for pack in packs:
        if not applies(pack.markets, market):
            continue
        target = default if pack.universal else specific
        for category, policy in pack.policies.items():
            held = target.get(category)
            if held is None or policy.rank > held.rank:
                target[category] = policy
    return {c: specific.get(c) or default[c] for c in CATEGORIES if c in specific or c in default}


def _stamp(path: Path) -> tuple[str, int, int]:
    st = path.stat()
    return str(path), st.st_mtime_ns, st.st_size


def load_pack_policies(directory: Path | None = None) -> tuple[PackPolicy, ...]:
    from studio.compliance.packs import packs_dir

    files = tuple(sorted((directory or packs_dir()).glob("*.yaml")))
    return _load_cached(tuple(_stamp(p) for p in files), files)


@functools.lru_cache(maxsize=8)
def _load_cached(key: tuple, files: tuple[Path, ...]) -> tuple[PackPolicy, ...]:
    from studio.compliance.packs import read_yaml, str_list

    out = []
    for path in files:
        data = read_yaml(path) or {}
        pack_id = str(data.get("id") or path.stem)
        out.append(PackPolicy(pack_id, str_list(data.get("markets"), f"{path}: markets"),
                              parse_semantic(data.get("semantic"), pack_id, str(path))))
    return tuple(out)


def _user_overrides(user_pack: Path | None | bool) -> dict[str, SemanticPolicy]:
    from studio.compliance.packs import read_yaml, user_pack_path

    if user_pack is True:
        user_pack = user_pack_path()
    if not isinstance(user_pack, Path) or not user_pack.exists():
        return {}
    data = read_yaml(user_pack) or {}
    return parse_semantic(data.get("semantic") if isinstance(data, dict) else None, "user", str(user_pack),
                          require_source=False)


def semantic_policy(markets: Iterable[str] | str, directory: Path | None = None,
                    user_pack: Path | None | bool = True) -> dict[str, dict[str, SemanticPolicy]]:
    """market -> category -> SemanticPolicy (severity None: off). Categories no pack mentions
    are absent. A user pack's entry replaces a category's severity (keeping the shipped
    source and rewrite when it gives none)."""
    packs = load_pack_policies(directory)
    overrides = _user_overrides(user_pack)
    out: dict[str, dict[str, SemanticPolicy]] = {}
    for market in parse_markets(markets if isinstance(markets, str) else list(markets)):
        merged = merge_policies(market, packs)
        for category, user in overrides.items():
            shipped = merged.get(category)
            if shipped is not None and not user.source:
                user = SemanticPolicy(category, user.severity, shipped.title, shipped.source,
                                      shipped.suggestion, "user")
            merged[category] = user
        out[market] = merged
    return out


def national_packs(market: str, directory: Path | None = None) -> tuple[str, ...]:
    """The ids of the country or group packs that reach a market (not platform or universal)."""
    from studio.compliance.markets import PLATFORMS

    code = canonical_market(market)
    if code in PLATFORMS:
        return ()
    return tuple(p.pack_id for p in load_pack_policies(directory)
                 if not p.universal and applies(p.markets, code)
                 and not {canonical_market(m) for m in p.markets} <= set(PLATFORMS))
