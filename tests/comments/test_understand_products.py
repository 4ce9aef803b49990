"""Product matching on catalogs without aliases: near-twins told apart by their numbers, sizes and
colours as buyers write them, and a reference that fits two products naming none. Words and
measures only (no encoder): what decides these cases must not hang on the model."""

from __future__ import annotations

import pytest

from studio.comments.understand.measures import measures_in, without_measures
from studio.comments.understand.products import ProductMatcher
from studio.show import load_show

CATALOG = """# Twins Live
markets: TH, VN, ID, MX, BR
language: zh
## Products
| sku | name | price |
|---|---|---|
| PB-10K | 10000mAh Slim Power Bank | 14.50 USD |
| PB-20K | 20000mAh Power Bank with Fast Charge | 22.00 USD |
| CASE-15 | Clear Magnetic Case for iPhone 15 | 4.90 USD |
| PAN-24 | Nonstick Frying Pan 24cm | 15.00 USD |
| PAN-28 | Nonstick Frying Pan 28cm | 18.00 USD |
| TEE-M | Cotton T-Shirt White M | 9.00 USD |
| TEE-L | Cotton T-Shirt White L | 9.00 USD |
| KNF-3 | Kitchen Knife Set of 3 | 12.00 USD |
| KNF-5 | Kitchen Knife Set of 5 | 19.00 USD |
| BAG-BRN | Mini Crossbody Bag Brown | 24.00 USD |
| BAG-BLK | Mini Crossbody Bag Black | 24.00 USD |
"""


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    path = tmp_path_factory.mktemp("show") / "twins.show.md"
    path.write_text(CATALOG, encoding="utf-8")
    return ProductMatcher(load_show(path), encoder=None)


@pytest.mark.parametrize("text,sku", [
    ("powerbank 20rb mah bisa dibawa naik pesawat?", "PB-20K"), ("la batería de 20 mil carga laptop?", "PB-20K"),
    ("两万毫安的能带上飞机吗", "PB-20K"), ("แบต ๒๐๐๐๐ ขึ้นเครื่องได้ไหม", "PB-20K"), ("lấy sạc 10000 nhé", "PB-10K"),
    ("pb yg tipis masih ada stok?", "PB-10K"), ("ขอเคส ip15 สองอันได้ไหมคะ", "CASE-15"),
    ("sartén de 28 cm sirve para inducción?", "PAN-28"), ("二十八的锅要一个", "PAN-28"), ("二十四厘米的平底锅", "PAN-24"), ("chảo 24cm còn không", "PAN-24"),
    ("M size?", "TEE-M"), ("kaos putih ukuran L 2 pcs", "TEE-L"), ("set de 5 cuchillos", "KNF-5"),
    ("五件套的刀 要一套", "KNF-5"), ("set pisau 3 tu ada sarung tak?", "KNF-3"), ("白色T恤L码有货吗", "TEE-L"),
    ("bolsa marrom ainda tem?", "BAG-BRN"), ("الشنطة السودا متوفرة؟", "BAG-BLK"), ("túi nâu đựng vừa đt ko", "BAG-BRN"),
    # fits two products: no product
    ("the power bank, is it heavy?", None), ("chảo chống dính có dùng bếp từ được không", None),
    ("kaos putih ready?", None), ("cuchillos afilados?", None), ("túi còn không", None),
    # a viewer's handle is not a shade or size
    ("@jen_28 did u get ur parcel", None),
])
def test_near_twins(matcher, text, sku):
    assert matcher.match(text) == sku


def test_measures_are_written_many_ways():
    for text in ("20000mAh", "20k", "20rb", "20 mil", "20.000", "两万", "兩萬", "สองหมื่น", "๒๐๐๐๐"):
        assert "20000" in measures_in(text), text
    assert measures_in("Cotton T-Shirt White M", names=True) == {"size:m"}
    assert measures_in("quero 2 batom") == set()          # a lone count is not a measure


def test_counts_survive_when_measures_go():
    assert "สองอัน" in without_measures("ขอเคส ip15 สองอันได้ไหมคะ", {"15"})
    assert "15" not in without_measures("iphone 15 case 2 pcs", {"15"})
    assert "2 pcs" in without_measures("iphone 15 case 2 pcs", {"15"})


HOME_SNACKS = """# Home and Snacks Live
markets: TH, VN, ID, SA
language: zh
## Products
| sku | name | price |
|---|---|---|
| KET-2L | Electric Kettle 2L | 15.00 USD |
| KET-1L | Electric Kettle 1L | 12.00 USD |
| RACK-3 | 3-Tier Shoe Rack | 10.00 USD |
| NUT-100 | Roasted Almonds 100g | 3.00 USD |
| NUT-500 | Roasted Almonds 500g Family Pack | 9.00 USD |
| JAM-STR | Strawberry Jam | 4.00 USD |
| JAM-MNG | Mango Jam | 4.00 USD |
| CARD-GRY | Wool Cardigan Grey | 20.00 USD |
| JKT-GRY | Denim Jacket Grey | 25.00 USD |
"""


@pytest.fixture(scope="module")
def home_matcher(tmp_path_factory):
    path = tmp_path_factory.mktemp("show") / "home.show.md"
    path.write_text(HOME_SNACKS, encoding="utf-8")
    return ProductMatcher(load_show(path), encoder=None)


@pytest.mark.parametrize("text,sku", [
    # litres however written ("2 litros", "١ لتر", "2 ลิตร") tell the kettles apart
    ("el hervidor de 2 litros hierve rápido?", "KET-2L"), ("غلاية ١ لتر متوفرة؟", "KET-1L"),
    ("กาต้มน้ำ 2 ลิตร กี่วัตต์", "KET-2L"), ("ấm 1 lít còn ko", "KET-1L"),
    # the tiers of a rack are a measure, not a count
    ("rak 3 tingkat kuat ga?", "RACK-3"),
    # a family or jumbo pack is the large one
    ("quero o pacotão de amêndoas", "NUT-500"), ("almendras tamaño familiar hay?", "NUT-500"),
    # flavours and kinds buyers name in their language
    ("مربى مانجو لذيذ", "JAM-MNG"), ("คาร์ดิแกนเทาผ้าอะไร", "CARD-GRY"), ("开衫会起球吗", "CARD-GRY"),
    # a choice between two products names neither; a choice of one product's options names it
    ("kettle or jacket, which is the better deal?", None), ("almonds 100g ou 500g?", None),
    ("开衫还是牛仔外套好", None), ("strawberry jam o el de mango?", None), ("cardigan grey or black?", "CARD-GRY"),
])
def test_kinds_flavours_and_measures_of_new_catalogs(home_matcher, text, sku):
    assert home_matcher.match(text) == sku


PETS_BABY_SPORTS = """# Family Live
markets: TH, VN, ID, MX, BR, SA
language: zh
## Products
| sku | name | price |
|---|---|---|
| CAT-SAL | Dry Cat Food Salmon 1.5kg | 9.00 USD |
| CAT-CHK | Dry Cat Food Chicken 1.5kg | 9.00 USD |
| LIT-10 | Tofu Cat Litter 10L | 7.00 USD |
| DIA-M | Baby Diapers Pants M 50pcs | 12.00 USD |
| WIP-80 | Baby Wipes 80 Sheets | 2.00 USD |
| MAT-6 | Yoga Mat 6mm | 15.00 USD |
| DMB-5 | Dumbbell 5kg | 11.00 USD |
"""


@pytest.fixture(scope="module")
def family_matcher(tmp_path_factory):
    path = tmp_path_factory.mktemp("show") / "family.show.md"
    path.write_text(PETS_BABY_SPORTS, encoding="utf-8")
    return ProductMatcher(load_show(path), encoder=None)


@pytest.mark.parametrize("text,sku", [
    ("ração de salmão tem?", "CAT-SAL"), ("อาหารแมวรสไก่เหลือไหม", "CAT-CHK"), ("猫砂结团吗", "LIT-10"),
    ("bỉm size M còn không", "DIA-M"), ("toallitas sin perfume?", "WIP-80"), ("matras yoga licin ga kak", "MAT-6"),
    ("دمبل ٥ كيلو متوفر؟", "DMB-5"), ("makanan kucing 1.5kg", None),
])
def test_kinds_of_pet_baby_and_sports_catalogs(family_matcher, text, sku):
    assert family_matcher.match(text) == sku
