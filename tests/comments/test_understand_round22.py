"""Comments round 22: a finish buyers name by its colour ("the silver one", "الفضي", "prateado" of a chrome faucet)
where the catalog sells no silver; a catalog that sells both keeps them apart (colour_families.py)."""

import pytest

from studio.comments.understand.colour_families import with_near_colours
from studio.comments.understand.products import ProductMatcher
from studio.show import load_show

FAUCETS = """# Faucets
markets: SA, AE, BR, MX, ID, VN, TH, CN
language: en
## Products
| sku | name | price |
|---|---|---|
| TAP-CHR | Pull-Down Kitchen Faucet, Chrome | 59.00 USD |
| TAP-BLK | Pull-Down Kitchen Faucet, Matte Black | 65.00 USD |
| TAP-GLD | Pull-Down Kitchen Faucet, Brushed Gold | 69.00 USD |
"""

BOTH = """# Taps
markets: SA, BR, MX
language: en
## Products
| sku | name | price |
|---|---|---|
| TAP-CHR | Basin Tap, Chrome | 39.00 USD |
| TAP-SLV | Basin Tap, Brushed Silver | 45.00 USD |
"""


def matcher_for(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("show") / "taps.show.md"
    path.write_text(text, encoding="utf-8")
    return ProductMatcher(load_show(path))


@pytest.mark.parametrize("text", ["أبي الفضي", "quero o prateado", "el plateado por favor", "yang warna perak 1",
                                  "màu bạc còn không", "สีเงินมีไหม", "银色的要一个", "the silver one please"])
def test_silver_names_the_one_chrome_finish(tmp_path_factory, text):
    assert matcher_for(tmp_path_factory, FAUCETS).match(text) == "TAP-CHR"


@pytest.mark.parametrize("text, sku", [("the silver one please", "TAP-SLV"), ("quero o prateado", "TAP-SLV"),
                                       ("chrome one", "TAP-CHR"), ("الكروم كم؟", "TAP-CHR")])
def test_silver_and_chrome_stay_two_where_both_are_sold(tmp_path_factory, text, sku):
    assert matcher_for(tmp_path_factory, BOTH).match(text) == sku


def test_silver_stands_in_only_where_the_catalog_lacks_it():
    assert with_near_colours({"silver"}, {"chrome", "black"}) == {"silver", "chrome"}
    assert with_near_colours({"silver"}, {"silver", "chrome"}) == {"silver"}
    assert with_near_colours({"chrome"}, {"silver"}) == {"chrome", "silver"}
