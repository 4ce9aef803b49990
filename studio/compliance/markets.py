"""Market codes and the groups rule packs are written for.

A show lists where its buyers are (`markets: US, DE`); packs name the law's reach
(`markets: [EU]`). DE is in the EU group, so the EU pack applies to a German show.
TIKTOK is a platform, not a country: add it to a show's markets when it streams
on TikTok Shop, so the platform's prohibited-claims pack applies on top.
"""

from __future__ import annotations

# The 27 member states (ISO 3166-1 alpha-2; Greece is GR here, EL in EU documents).
EU_MEMBERS = frozenset({
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
})
# The Gulf Cooperation Council states.
GULF_MEMBERS = frozenset({"AE", "SA", "KW", "QA", "BH", "OM"})

GROUPS: dict[str, frozenset[str]] = {"EU": EU_MEMBERS, "GULF": GULF_MEMBERS}
ALIASES = {"UK": "GB", "EL": "GR", "UAE": "AE", "KSA": "SA", "TIKTOK SHOP": "TIKTOK", "TT": "TIKTOK"}


def canonical_market(code: str) -> str:
    code = code.strip().upper()
    return ALIASES.get(code, code)


def parse_markets(text: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """'US, de;CN' or ['US', 'de'] -> ('US', 'DE', 'CN'), order kept, duplicates dropped."""
    items = text.replace(";", ",").split(",") if isinstance(text, str) else list(text)
    out: list[str] = []
    for item in items:
        code = canonical_market(item)
        if code and code not in out:
            out.append(code)
    return tuple(out)


def market_tokens(code: str) -> frozenset[str]:
    """The names a pack may use to reach this market: itself and every group it belongs to."""
    code = canonical_market(code)
    tokens = {code}
    for group, members in GROUPS.items():
        if code in members:
            tokens.add(group)
    if code in GROUPS:  # asking for "EU" means any member state
        tokens |= GROUPS[code]
    return frozenset(tokens)


def applies(pack_markets: tuple[str, ...], requested: str) -> bool:
    return bool(market_tokens(requested) & {canonical_market(m) for m in pack_markets})
