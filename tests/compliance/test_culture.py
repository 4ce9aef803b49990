"""The cultural base on the catalog and the script: taboos per market and false halal claims."""

import pytest

from studio.compliance import Checker, RuleSeverity
from studio.compliance.culture import FALSE_HALAL_RULE_ID, catalog_findings, culture_findings, false_halal_findings
from studio.show.showfile import parse_show

CATALOG_SHOW = """# Beauty night
markets: {markets}
language: en

## Products
| sku | name | price | notes |
|---|---|---|---|
| COL-1 | Glow Collagen Drink | 19.90 USD | porcine collagen, from Japan |
| BAL-1 | Beef Tallow Balm | 12.00 USD | grass-fed |
| LIP-1 | Velvet Lipstick | 9.90 USD | long wear |
| WIN-1 | Rosé Wine Face Mist | 15.00 USD | alcohol-free |

## Segment: Lipstick (3m)
product: LIP-1

This is our velvet lipstick.

## Segment: Collagen (3m)
product: COL-1

Our collagen drink is halal, so everyone can enjoy it.
It is not non-halal, trust me.
"""


def _show(markets):
    return parse_show(CATALOG_SHOW.format(markets=markets))


def _ids(findings):
    return sorted({f.rule_id for f in findings})


def test_catalog_names_and_notes_are_checked_for_every_product_not_only_those_on_screen():
    show = _show("MY")
    found = catalog_findings(show, Checker(show.markets, user_pack=False))
    assert _ids(found) == ["culture.halal-alcohol", "culture.halal-pork"]
    pork = next(f for f in found if f.rule_id == "culture.halal-pork")
    assert pork.text == "porcine collagen, from Japan" and pork.matched == "porcine"


def test_india_flags_beef_and_pork_in_the_catalog_but_the_us_does_not_care():
    show = _show("IN")
    assert _ids(catalog_findings(show, Checker(show.markets, user_pack=False))) == \
        ["culture.beef-pork-india"]
    show = _show("US")
    assert catalog_findings(show, Checker(show.markets, user_pack=False)) == []


def test_a_halal_claim_for_a_porcine_product_blocks_where_halal_matters():
    show = _show("ID, US")
    [claim] = false_halal_findings(show)
    assert claim.rule_id == FALSE_HALAL_RULE_ID and claim.severity is RuleSeverity.BLOCK
    assert claim.markets == ("ID",) and claim.matched == "halal" and claim.segment_index == 1
    assert "porcine" in claim.explanation and "COL-1" in claim.explanation
    # "not non-halal" is a denial pattern, not a claim; the lipstick's segment says nothing
    assert claim.text.startswith("Our collagen drink is halal")


def test_a_false_halal_claim_is_still_a_warning_in_other_markets():
    [claim] = false_halal_findings(_show("GB"))
    assert claim.severity is RuleSeverity.WARN


def test_no_halal_claim_no_finding():
    show = _show("MY")
    show.segments[1].lines = show.segments[1].lines[1:]     # drop the halal claim
    assert false_halal_findings(show) == []


@pytest.mark.parametrize("market, text, rule", [
    ("ID", "Ada kolagen babi di dalamnya", "culture.halal-pork"),
    ("MY", "Lipstik ini sangat seksi", "culture.immodest-framing"),
    ("IN", "Made with beef tallow", "culture.beef-pork-india"),
    ("TH", "ชาตัวนี้ช่วยลดน้ำหนัก", "culture.slimming-pitch"),
    ("KR", "다이어트 효과 최고", "culture.slimming-pitch"),
    ("SA", "infused with real rosé", "gulf.alcohol-selling-point"),
])
def test_taboos_in_the_script_by_market(market, text, rule):
    assert rule in _ids(Checker([market], user_pack=False).check_text(text))


@pytest.mark.parametrize("market, text", [
    ("US", "Made with beef tallow"),           # not a taboo there
    ("IN", "We beefed up the formula"),
    ("IN", "यह शाकाहारी है, इसमें गोमांस नहीं"),    # "contains no beef"
    ("ID", "Kami tidak pakai babi sama sekali"),     # a denial, in Indonesian and Malay
    ("MY", "Kami tak guna babi"),
    ("MY", "We don't use any pork in this collagen"),
    ("ID", "Formula ini bebas babi dan bebas alkohol"),
    ("MY", "Warna champagne gold yang elegan"),
])
def test_taboo_words_used_harmlessly_or_elsewhere_pass(market, text):
    assert [f for f in Checker([market], user_pack=False).check_text(text)
            if f.rule_id.startswith(("culture.", "gulf."))] == []


def test_culture_findings_combines_catalog_and_halal():
    show = _show("MY")
    ids = _ids(culture_findings(show, Checker(show.markets, user_pack=False)))
    assert FALSE_HALAL_RULE_ID in ids and "culture.halal-pork" in ids
