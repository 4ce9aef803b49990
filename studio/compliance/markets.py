"""Market codes and the groups rule packs are written for.

A show lists where its buyers are (`markets: US, DE`); packs name the law's reach
(`markets: [EU]`). DE is in the EU group, so the EU pack applies to a German show.
TIKTOK, SHOPEE, LAZADA and AMAZON (Amazon Live) are platforms, not countries: add
one to a show's markets when it streams there, so the platform's pack applies on top.
Any ISO 3166-1 alpha-2 country is a valid market; one without a national pack is
checked with the platform packs and the universal semantic policy (packs with
`markets: [ALL]`).
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
PLATFORMS = {"TIKTOK": "TikTok Shop", "SHOPEE": "Shopee", "LAZADA": "Lazada", "AMAZON": "Amazon Live"}
UNIVERSAL = "ALL"   # a pack for every market (its semantic policy is the default everywhere)
ALIASES = {"UK": "GB", "EL": "GR", "UAE": "AE", "KSA": "SA", "TIKTOK SHOP": "TIKTOK", "TT": "TIKTOK",
           "AMAZON LIVE": "AMAZON", "SHOPEE LIVE": "SHOPEE", "LAZADA LIVE": "LAZADA"}
# ISO 3166-1 alpha-2, every officially assigned code (2024).
ISO_COUNTRIES = frozenset("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK
""".split())  # XK (Kosovo) is user-assigned but used by the EU and most platforms


class InvalidMarketError(ValueError):
    """A market code that is neither an ISO country, a group (EU, GULF) nor a platform."""


def canonical_market(code: str) -> str:
    code = " ".join(code.strip().upper().split())
    return ALIASES.get(code, code)


def is_known_market(code: str) -> bool:
    code = canonical_market(code)
    return code in ISO_COUNTRIES or code in GROUPS or code in PLATFORMS or code == UNIVERSAL


def validate_markets(text: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """parse_markets, raising InvalidMarketError that names each code that is not a market."""
    codes = parse_markets(text)
    bad = [c for c in codes if not is_known_market(c)]
    if bad:
        raise InvalidMarketError(
            f"{', '.join(repr(c) for c in bad)}: not a market; use an ISO 3166 country code (ID, TH, GB...), "
            f"a group ({', '.join(GROUPS)}) or a platform ({', '.join(PLATFORMS)})")
    return codes


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
    """The names a pack may use to reach this market: itself, every group it belongs to, and ALL."""
    code = canonical_market(code)
    tokens = {code, UNIVERSAL}
    for group, members in GROUPS.items():
        if code in members:
            tokens.add(group)
    if code in GROUPS:  # asking for "EU" means any member state
        tokens |= GROUPS[code]
    return frozenset(tokens)


def applies(pack_markets: tuple[str, ...], requested: str) -> bool:
    return bool(market_tokens(requested) & {canonical_market(m) for m in pack_markets})
