"""Words that tell twins apart in every language (gold/silver in Arabic feminine and Spanish plural, mint green,
a kids' version) and car gear and eyewear cases in the buyers' words (comments round 12)."""

import pytest

from studio.comments.understand.products import ProductMatcher
from studio.show import load_show

SHOW = """# Road and Sun
markets: US, MX, BR, SA, TH, VN, ID, MY
language: en
## Products
| sku | name | price |
|---|---|---|
| AVI-G | Pilot Sunglasses, Gold | 25.00 USD |
| AVI-S | Pilot Sunglasses, Silver | 25.00 USD |
| SUN-K | Kids Sunglasses | 10.00 USD |
| CASE | Hard Glasses Case | 7.00 USD |
| MAT-B | Rubber Floor Mats, Black | 30.00 USD |
| MAT-G | Rubber Floor Mats, Grey | 30.00 USD |
| CUSH | Gel Seat Cushion | 22.00 USD |
| SHADE | Windshield Sun Shade | 15.00 USD |
| FRESH | Vent Air Freshener, Lemon | 5.00 USD |
| VAC | Cordless Car Vacuum | 35.00 USD |
| KTL-W | 电热水壶 1.5L 白色 | 80.00 MYR |
| KTL-M | 电热水壶 1.5L 薄荷绿 | 80.00 MYR |
"""


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    path = tmp_path_factory.mktemp("show") / "road.show.md"
    path.write_text(SHOW, encoding="utf-8")
    return ProductMatcher(load_show(path), encoder=None)


@pytest.mark.parametrize("text, sku", [
    ("عندكم الذهبية؟", "AVI-G"),                   # Arabic feminine colour with the article
    ("النظارة الفضية كم سعرها", "AVI-S"),
    ("abi wa7da el fedeya", "AVI-S"),               # Arabizi
    ("me aparta los plateados", "AVI-S"),           # Spanish plural
    ("os prateados chegam quando?", "AVI-S"),
    ("ketel mint ada lagi?", "KTL-M"),              # mint is a green
    ("薄荷绿的还有吗", "KTL-M"),
    ("那个白色的水壶", "KTL-W"),
])
def test_colour_words_tell_twins_apart(matcher, text, sku):
    assert matcher.match(text) == sku


@pytest.mark.parametrize("text", ["kacamata anak ada warna lain?", "แว่นเด็กกี่บาท", "kính trẻ em còn không",
                                  "نظارة للأطفال متوفرة؟", "os infantis são polarizados?", "los de niña vienen en rosa?"])
def test_a_kids_version_is_told_from_the_grown_up_one(matcher, text):
    assert matcher.match(text) == "SUN-K"


@pytest.mark.parametrize("text, sku", [
    ("el estuche viene con paño?", "CASE"),         # a case alone in a show with one case
    ("o estojo é duro?", "CASE"),
    ("กล่องใส่แว่นเอา 2", "CASE"),
    ("hộp đựng kính màu gì", "CASE"),
    ("cojín de asiento lo quiero", "CUSH"),
    ("bantal jok bisa dicuci?", "CUSH"),
    ("เบาะรองนั่งนุ่มไหม", "CUSH"),
    ("gối lót ghế còn hàng ko", "CUSH"),
    ("el parasol cabe en un sedán?", "SHADE"),
    ("عاكس الشمس مقاسه كم", "SHADE"),
    ("ม่านบังแดดขาดง่ายไหม", "SHADE"),
    ("quero 2 cheirinhos de carro", "FRESH"),
    ("น้ำหอมติดรถหอมนานไหม", "FRESH"),
    ("chốt 1 nước hoa xe", "FRESH"),
    ("la aspiradora inalambrica trae filtro?", "VAC"),   # cordless is wireless: no kind counts against it
    ("karpet abu2 buat xpander muat?", "MAT-G"),   # a car mat is a rug; abu2 is grey
])
def test_car_gear_and_cases_in_the_buyers_words(matcher, text, sku):
    assert matcher.match(text) == sku


def test_a_word_that_names_no_twin_still_names_none(matcher):
    assert matcher.match("karpetnya tebal?") is None            # black or grey: not said
    assert matcher.match("the aviators polarized?") is None     # gold or silver: not said
