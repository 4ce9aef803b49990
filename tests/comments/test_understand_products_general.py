"""Product matching rules that hold for any catalog (round 5, after blind set 4): a typo is read only
in words of five letters or more, pack sizes as buyers write them in many languages, and the host's
own script terms for a room question that names a product. Words only (no encoder)."""

from __future__ import annotations

import pytest

from studio.comments.understand.products import ProductMatcher
from studio.show import load_show

CATALOG = """# Home Live
markets: TH, VN, ID, MY, MX, BR, SA
language: zh
## Products
| sku | name | price |
|---|---|---|
| TWL-3 | Bamboo Bath Towel 70x140 cm, Pack of 3 | 14.90 USD |
| TWL-6 | Bamboo Bath Towel 70x140 cm, Pack of 6 | 26.90 USD |
| BAG-BRN | Mini Crossbody Bag Brown | 24.00 USD |
| BAG-BLK | Mini Crossbody Bag Black | 24.00 USD |
| VAC-8K | Cordless Handheld Vacuum 8000 Pa | 34.90 USD |
## Segment: 手持无线吸尘器 (5m)
product: VAC-8K
8000帕大吸力手持吸尘器，无线的，沙发床垫车里都能吸。
## Segment: 竹纤维浴巾 6条装 (5m)
product: TWL-6
一家人用的宝宝看这里，六条装更划算。
"""


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    path = tmp_path_factory.mktemp("show") / "home.show.md"
    path.write_text(CATALOG, encoding="utf-8")
    return ProductMatcher(load_show(path), encoder=None)


@pytest.mark.parametrize("text,sku", [
    ("pls follow me back", None),            # "back" is no typo of "black"
    ("the blacck bag still available?", "BAG-BLK"),   # a typo in a longer word still is
])
def test_typos_only_in_longer_words(matcher, text, sku):
    assert matcher.match(text) == sku


@pytest.mark.parametrize("text,sku", [
    ("me apartas un paquete de 6 toallas?", "TWL-6"), ("باكيت ال٦ مناشف كم سعره؟", "TWL-6"),
    ("tuala 6 helai tu lembut gila", "TWL-6"), ("จองผ้าเช็ดตัวแพ็ค 3 สองแพ็คค่ะ", "TWL-3"),
    ("6条装的毛巾我要", "TWL-6"), ("kit com 3 toalhas de banho", "TWL-3"),
])
def test_pack_sizes_as_buyers_write_them(matcher, text, sku):
    assert matcher.match(text) == sku


def test_a_pack_size_is_not_a_count():
    from studio.comments.understand.quantity import quantity

    assert quantity("จองผ้าเช็ดตัวแพ็ค 3 สองแพ็คค่ะ", {"3", "6"}) == 2
    assert quantity("CF 2 pacotes de 6", {"3", "6"}) == 2
    assert quantity("6条装的要两包", {"3", "6"}) == 2


def test_a_room_question_names_a_product_by_the_hosts_strong_terms(matcher):
    # intent "other" (asked of the viewers) reads words only, the script's strong terms included
    assert matcher.match("有人买过这个吸尘器吗", words_only=True) == "VAC-8K"
    # a piece of the script that starts with a particle ("的宝宝") names nothing
    assert matcher.match("有没有新加坡的宝宝", words_only=True) is None
    assert matcher.match("有没有新加坡的宝宝") is None


def test_the_catalogs_words_match_without_accents(tmp_path):
    path = tmp_path / "bed.show.md"
    path.write_text("# Bed\nmarkets: BR\nlanguage: zh\n## Products\n| sku | name | price |\n|---|---|---|\n"
                    "| PIL-CLOUD | Memory Foam Cloud Pillow 60x40 cm | 12.90 USD |\n"
                    "| PIL-LTX | Natural Latex Pillow 60x40 cm | 16.90 USD |\n", encoding="utf-8")
    matcher = ProductMatcher(load_show(path), encoder=None)
    assert matcher.match("comprei o travesseiro de látex e amei") == "PIL-LTX"
    assert matcher.match("o travesseiro é bom?") is None
