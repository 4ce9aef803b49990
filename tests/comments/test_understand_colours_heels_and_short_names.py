"""Comments round 16: beige, nude and cream kept apart where a catalog sells two of them and read for each other where
it sells one (colour_families.py); a heel's height in the buyers' units next to the catalog's ("8p" is 8 phân only
where 8 cm heels are sold); a catalog word shortened ("dino" of "dinosaurio")."""

import pytest

from studio.comments.understand.colour_families import with_near_colours
from studio.comments.understand.measures import lengths_if_sold
from studio.comments.understand.products import ProductMatcher
from studio.comments.understand.wordmatch import shortened_in
from studio.show import load_show

BEAUTY = """# Beauty
markets: TH, VN, ID, MX, BR, CN
language: en
## Products
| sku | name | price |
|---|---|---|
| CUS-21 | Cushion Foundation No.21 Light Beige | 12.90 USD |
| CUS-23 | Cushion Foundation No.23 Natural Beige | 12.90 USD |
| LIP-RED | Matte Lipstick Cherry Red | 8.50 USD |
| LIP-NUDE | Matte Lipstick Rose Nude | 8.50 USD |
"""

TOTES = """# Totes
markets: TH, VN, ID, MX, BR, CN, SA
language: en
## Products
| sku | name | price |
|---|---|---|
| TOTE-B | Canvas Tote, Beige | 20.00 USD |
| TOTE-C | Canvas Tote, Cream | 20.00 USD |
| TOTE-K | Canvas Tote, Black | 20.00 USD |
"""

ONE_NUDE = """# Heels
markets: TH, VN, ID, MX, BR, CN, SA
language: en
## Products
| sku | name | price |
|---|---|---|
| HEEL-N | Pointed Heels, Nude | 45.00 USD |
| HEEL-K | Pointed Heels, Black | 45.00 USD |
"""


def matcher_for(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("show") / "colours.show.md"
    path.write_text(text, encoding="utf-8")
    return ProductMatcher(load_show(path), encoder=None)


@pytest.mark.parametrize("text, sku", [
    ("can i get 2 of the nude one", "LIP-NUDE"), ("o nude fica bom em pele negra?", "LIP-NUDE"),
    ("nude那支黄皮显白吗", "LIP-NUDE"), ("no.23 natural beige còn không", "CUS-23"),
])
def test_nude_is_not_the_beige_of_a_cushion(tmp_path_factory, text, sku):
    assert matcher_for(tmp_path_factory, BEAUTY).match(text) == sku


@pytest.mark.parametrize("text, sku", [
    ("米色的还有吗", "TOTE-B"), ("túi màu be còn không", "TOTE-B"), ("สีเบจมีไหมคะ", "TOTE-B"), ("la bege por favor", "TOTE-B"),
    ("tas warna krem ready?", "TOTE-C"), ("màu kem cho em 1 cái", "TOTE-C"), ("奶白色要一个", "TOTE-C"),
    ("ivory one please", "TOTE-C"),
])
def test_beige_and_cream_stay_two_colours(tmp_path_factory, text, sku):
    assert matcher_for(tmp_path_factory, TOTES).match(text) == sku


@pytest.mark.parametrize("text", ["米色的还有吗", "สีเบจมีไหมคะ", "màu be size 37", "beige one please", "warna krem ada?"])
def test_a_near_colour_stands_in_where_the_catalog_has_one(tmp_path_factory, text):
    assert matcher_for(tmp_path_factory, ONE_NUDE).match(text) == "HEEL-N"


def test_near_colours_only_where_the_catalog_lacks_the_buyers_one():
    assert with_near_colours({"beige", "bag"}, {"nude", "black"}) == {"beige", "nude", "bag"}
    assert with_near_colours({"beige"}, {"beige", "nude"}) == {"beige"}
    assert with_near_colours({"cream"}, {"nude", "beige"}) == {"cream", "beige"}
    assert with_near_colours({"red"}, {"nude"}) == {"red"}


SHOES = """# Shoes
markets: VN, TH, ID, CN
language: zh
## Products
| sku | name | price |
|---|---|---|
| HL-5 | 尖头细跟鞋 5cm 裸粉色 | 69.00 SGD |
| HL-8 | 尖头细跟鞋 8cm 裸粉色 | 72.00 SGD |
| FLAT | 一字带平底凉鞋 白色 | 39.00 SGD |
"""

BABY = """# Baby
markets: MX, BR, US
language: es
## Products
| sku | name | price |
|---|---|---|
| PIJ-DINO | Mameluco de dinosaurio, 12-18 meses | 299.00 MXN |
| PIJ-HIPPO | Mameluco de hipopótamo, 12-18 meses | 299.00 MXN |
| BD-03 | Pack de 3 bodis de algodón, 0-3 meses | 199.00 MXN |
"""


@pytest.mark.parametrize("text, sku", [
    ("giay 8p di co dau chan ko shop", "HL-8"), ("đôi 5p còn size 37 không", "HL-5"), ("chot doi 8 phan size 36", "HL-8"),
    ("gót 8 phân có cao quá không", "HL-8"),
])
def test_a_heel_in_the_buyers_unit(tmp_path_factory, text, sku):
    assert matcher_for(tmp_path_factory, SHOES).match(text) == sku


def test_minutes_are_no_heel_the_catalog_lacks():
    assert lengths_if_sold("đợi 5p nha shop", {"8cm"}) == set()
    assert lengths_if_sold("giay 8p di co dau chan", {"8cm", "5cm"}) == {"8cm"}
    assert lengths_if_sold("size 38p", {"8cm"}) == set()        # a digit glued before is no heel of 8


@pytest.mark.parametrize("text, sku", [
    ("dino onesie x2 for my twins", "PIJ-DINO"), ("o dino veste até quantos kg?", "PIJ-DINO"),
    ("el de hipo en 12-18 porfa", "PIJ-HIPPO"), ("quiero el dino", "PIJ-DINO"),
])
def test_a_shortened_name_word(tmp_path_factory, text, sku):
    assert matcher_for(tmp_path_factory, BABY).match(text) == sku


def test_shortening_leaves_everyday_and_short_words():
    assert shortened_in("dinosaurio", ["o", "dino", "veste"], frozenset())
    assert not shortened_in("dinosaurio", ["dinamo"], frozenset())         # only a word the catalog word starts with
    assert not shortened_in("dinosaurio", ["dinosauri"], frozenset())      # one letter short is a typo, not a shortening
    assert not shortened_in("algodón", ["algo"], frozenset({"algo"}))      # an everyday word
    assert not shortened_in("ventosa", ["ven"], frozenset())                # 3 letters are too few
