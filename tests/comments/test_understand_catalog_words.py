"""Product matching from the show's own words: units of measure, sound skeletons of the catalog's
Latin words in Thai and Arabic, and the terms of each product's script lines."""

import pytest

from studio.comments.understand.measures import measures_in
from studio.comments.understand.products import ProductMatcher
from studio.comments.understand.translit import SkeletonIndex, latin_skeleton, native_skeleton
from studio.show import load_show

SHOW = """# Twins Live
markets: TH, SA, MX, BR
language: zh
## Products
| sku | name | price |
|---|---|---|
| GRIT-B | Bentonite Clumping Grit 10kg | 12.50 USD |
| GRIT-S | Soybean Grit 6L | 8.90 USD |
| WGT-2 | Neoprene Dumbbells 2kg Pair | 12.90 USD |
| WGT-5 | Neoprene Dumbbells 5kg Pair | 24.90 USD |
| BND-5 | Elastic Band Set 5 Levels | 9.90 USD |
| BLM-L | Lanolin Balm 30g | 7.50 USD |
| SNK-15 | Fish Crunchies 1.5kg | 11.90 USD |
| SNK-4 | Fish Crunchies 4kg | 24.90 USD |

## Segment: Soy grit (5m)
product: GRIT-S
豆腐砂6升，可以冲马桶，低粉尘。

## Segment: Balm (5m)
product: BLM-L
羊脂膏30克，喂奶前不用擦掉。

## Segment: Big bag (5m)
product: SNK-4
4公斤大包更划算，今天直接囤。
"""


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    path = tmp_path_factory.mktemp("show") / "twins.show.md"
    path.write_text(SHOW, encoding="utf-8")
    return ProductMatcher(load_show(path), encoder=None)


def test_units_tell_a_weight_from_a_count_of_levels():
    assert measures_in("las de 5 kilos") == {"5", "5kg"}
    assert measures_in("อาหาร 4 โลหมดอายุเมื่อไหร่") == {"4", "4kg"}      # Thai "โล": kilos
    assert measures_in("ขอ 2 โลชั่นค่ะ") == set()                           # ... but not "โลชั่น" (lotion)
    assert measures_in("se eu levar 2 da de 1,5 o frete sai grátis?") == {"1.5"}   # a decimal is no count
    assert measures_in("Elastic Band Set 5 Levels", names=True) == {"5"}


def test_latin_words_spelled_by_ear_in_thai_and_arabic():
    assert latin_skeleton("bentonite") == native_skeleton("เบนโทไนท์") == native_skeleton("بنتونايت")
    index = SkeletonIndex({"bentonite", "dumbbells", "lanolin", "serum"})
    assert index.find("ทรายเบนโทไนท์ถุงขาดมาค่ะ") == {"bentonite"}
    assert index.find("เอาดัมเบล 5 โล") == {"dumbbells"}                      # no written plural s
    assert index.find("كريم اللانولين آمن؟") == {"lanolin"}                  # article off
    assert index.find("السلام عليكم") == set()                               # 3 consonants meet by chance


@pytest.mark.parametrize("text,sku", [
    ("las de 5 kilos están bien bonitas", "WGT-5"),          # not the 5-level bands
    ("เอาดัมเบล 2 โล 1 คู่ค่ะ", "WGT-2"),
    ("ทรายเบนโทไนท์ถุงขาดมาค่ะ", "GRIT-B"),
    ("رمل البنتونايت وصلني الكيس مشقوق", "GRIT-B"),
    ("بلسم اللانولين آمن للرضيع؟", "BLM-L"),
    ("豆腐砂要三包", "GRIT-S"),                              # the host's script says 豆腐砂
    ("羊脂膏真的好用", "BLM-L"),
    ("se eu levar 2 da de 1,5 o frete sai grátis?", "SNK-15"),
    ("今天发货吗", None),                                   # everyday words of a script name nothing
])
def test_products_from_the_shows_own_words(matcher, text, sku):
    assert matcher.match(text) == sku


def test_only_strong_script_words_name_a_product_in_chatter(matcher):
    # chatter that says the host's own term names the product (the labeling rule: a product is
    # named or not whatever the intent; "有人买过这个吸尘器吗" is about the vacuum)
    assert matcher.match("豆腐砂 哈哈 我家猫在看直播", words_only=True) == "GRIT-S"
    # a 2-character piece of the script ("马桶" of the soy grit's lines) does not
    assert matcher.match("哈哈 我家马桶坏了", words_only=True) is None


def test_small_or_big_names_the_smaller_or_larger_twin(matcher):
    assert matcher.match("small fish crunchies pack price?") == "SNK-15"
    assert matcher.match("fish crunchies grande tem?") == "SNK-4"
    assert matcher.match("fish crunchies tem?") is None          # twins, no size said
