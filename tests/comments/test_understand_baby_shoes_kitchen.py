"""Product areas of a baby shop, a women's shoes and bags live and a cookware live in the buyers' words (comments
round 15): feeding gear and baby clothes, flats, shoulder bags, baking trays, oven mitts, tongs and jars, with no
aliases. Words only (no encoder): the taxonomy must carry them."""

import pytest

from studio.comments.understand.products import ProductMatcher
from studio.show import load_show

SHOWS = {
"baby": """# Bebé feliz: ropa y alimentación
markets: MX, CO, US, BR, SA, PH
language: es
## Products
| sku | name | price |
|---|---|---|
| BODY-3 | Pañalero de algodón manga larga 0-3 meses | 199 MXN |
| BODY-6 | Pañalero de algodón manga larga 3-6 meses | 199 MXN |
| BIB | Babero de silicona con bolsillo | 149 MXN |
| BOWL | Plato de silicona con ventosa | 229 MXN |
| SPOON | Cucharitas de silicona para bebé (2 piezas) | 99 MXN |
| CUP | Vaso entrenador con popote 240 ml | 189 MXN |
| BOT-150 | Biberón anticólicos 150 ml | 259 MXN |
| BOT-260 | Biberón anticólicos 260 ml | 289 MXN |
| CHAIR | Silla alta para comer plegable | 1899 MXN |
| STER | Esterilizador y secador de biberones | 1499 MXN |
| SWAD | Cobija de muselina para bebé | 249 MXN |
""",
"shoes": """# 女鞋女包直播
markets: MY, SG, TH, VN, ID, CN
language: zh
## Products
| sku | name | price |
|---|---|---|
| HEEL-BLK | 尖头高跟鞋 黑色 | 199 MYR |
| HEEL-NUDE | 尖头高跟鞋 裸色 | 199 MYR |
| FLAT | 芭蕾平底鞋 | 129 MYR |
| LOAF | 乐福鞋 | 159 MYR |
| SAND | 一字带凉鞋 | 99 MYR |
| SNEAK | 小白鞋 | 139 MYR |
| BOOT | 短靴 | 229 MYR |
| TOTE | 托特包 | 259 MYR |
| SHOULDER | 腋下包 | 199 MYR |
| WAL | 长款钱包 | 99 MYR |
""",
"kitchen": """# Kitchen Essentials Live
markets: US, PH, MX, SA, ID, VN, TH, CN, BR
language: en
## Products
| sku | name | price |
|---|---|---|
| PAN-24 | Nonstick Frying Pan 24 cm | 29 USD |
| PAN-28 | Nonstick Frying Pan 28 cm | 35 USD |
| POT | Stainless Stockpot 5 L | 45 USD |
| TRAY | Baking Tray Set | 19 USD |
| MITT | Silicone Oven Mitts | 12 USD |
| TONG | Kitchen Tongs | 9 USD |
| JAR | Glass Storage Jars, set of 3 | 22 USD |
| WHISK | Balloon Whisk | 7 USD |
| BOARD | Bamboo Cutting Board | 18 USD |
| KNIFE | Chef Knife 8 inch | 39 USD |
""",
}


@pytest.fixture(scope="module")
def matchers(tmp_path_factory):
    folder = tmp_path_factory.mktemp("shows")
    out = {}
    for name, text in SHOWS.items():
        path = folder / f"{name}.show.md"
        path.write_text(text, encoding="utf-8")
        out[name] = ProductMatcher(load_show(path), encoder=None)
    return out


@pytest.mark.parametrize("show,sku,text", [
    ("baby", 'CHAIR', 'cuánto cuesta la periquera'),
    ("baby", 'STER', 'sterilizer botol nya brp watt'),
    ("baby", 'STER', 'máy tiệt trùng có sấy khô không'),
    ("shoes", 'FLAT', '平底鞋好穿吗'),
    ("shoes", 'FLAT', 'giày búp bê size 37'),
    ("shoes", 'FLAT', 'รองเท้าแฟลตมีไซส์ 36 ไหม'),
    ("shoes", 'SAND', 'รองเท้ารัดส้น 37 ค่ะ'),
    ("shoes", 'SHOULDER', 'tas bahu nya ada warna lain?'),
    ("shoes", 'SHOULDER', 'túi đeo vai màu đen còn không'),
    ("shoes", 'SHOULDER', 'กระเป๋าสะพายข้างสีดำค่ะ'),
    ("shoes", 'SHOULDER', 'beg silang tu ada warna coklat?'),
    ("kitchen", 'TRAY', 'loyang nya anti lengket?'),
    ("kitchen", 'TRAY', 'khay nướng có chống dính không'),
    ("kitchen", 'TRAY', 'ถาดอบ 1 ชุดค่ะ'),
    ("kitchen", 'TRAY', '烤盘可以进烤箱吗'),
    ("kitchen", 'TRAY', 'صينية الفرن كم سعرها'),
    ("kitchen", 'MITT', 'sarung tangan oven nya tahan panas?'),
    ("kitchen", 'MITT', '隔热手套来一双'),
    ("kitchen", 'TONG', 'pinzas de cocina 1'),
    ("kitchen", 'TONG', 'capit makanan nya stainless?'),
    ("kitchen", 'TONG', 'kẹp gắp thức ăn bao nhiêu'),
    ("kitchen", 'JAR', 'hũ thủy tinh có nắp kín không'),
    ("kitchen", 'JAR', 'โหลแก้วปิดสนิทไหม'),
    ("kitchen", 'JAR', '玻璃罐密封吗'),
    ("baby", 'BODY-3', 'quiero 2 pañaleros de 0-3 meses'),
    ("baby", 'BOT-150', 'biberón de 150 para mí'),
    ("baby", 'BOT-260', 'mamila de 260 ml porfa'),
    ("baby", None, 'mi bebé ya come solito jaja'),
    ("shoes", 'HEEL-BLK', '黑色高跟鞋要一双 37码'),
    ("shoes", None, '高跟鞋跟高几公分'),
    ("kitchen", 'PAN-24', 'the 24cm pan pls'),
    ("kitchen", 'PAN-28', 'sartén de 28 para mí'),
])
def test_products_of_new_areas_by_their_kind_in_every_language(matchers, show, sku, text):
    assert matchers[show].match(text, None) == sku


@pytest.mark.parametrize("show,sku,text", [
    # an age range of baby clothes however written, and ounces for millilitres
    ("baby", "BODY-6", "de 3 a 6 meses porfa"), ("baby", "BODY-6", "o de 3 a 6 meses"), ("baby", "BODY-6", "مقاس ٣-٦ شهور"),
    ("baby", "BODY-6", "3-6m for me"), ("baby", "BODY-3", "0 a 3 meses 2 piezas"), ("baby", "BODY-3", "size 0-3 bulan ada?"),
    ("baby", "BOT-150", "the 5oz bottle"), ("baby", "BOT-260", "9 oz bottle pls"),
    # small and big of two frying pans, with a baking tray in the catalog
    ("kitchen", "PAN-24", "sartén chica"), ("kitchen", "PAN-28", "la sartén grande"), ("kitchen", "PAN-24", "กระทะใบเล็ก"),
    ("kitchen", "PAN-28", "المقلاة الكبيرة"), ("kitchen", None, "the pan"),
    # and as a comparison
    ("kitchen", "PAN-28", "the bigger frying pan"), ("kitchen", "PAN-24", "a frigideira menor"),
    ("kitchen", "PAN-28", "大一点的平底锅"), ("kitchen", "PAN-28", "المقلاة الأكبر"),
])
def test_twins_by_age_range_ounces_and_relative_size(matchers, show, sku, text):
    assert matchers[show].match(text, None) == sku


def test_an_age_range_is_one_token_and_days_are_none():
    from studio.comments.understand.measures import measures_in
    assert measures_in("de 3 a 6 meses") == {"age:3-6"}
    # a name gives the range and its ends: "o kit de 6 a 12" may be written without "meses"
    assert measures_in("Body manga larga 3-6 meses", names=True) == {"age:3-6", "3", "6"}
    assert measures_in("el de 0-3") == {"age:0-3"} == measures_in("quero 2 kits de 0 a 3") - {"2"}
    assert measures_in("o kit de 6 a 12 vem com quantos bodies?") == {"age:6-12"}
    assert not any(t.startswith("age:") for t in measures_in("me llega en 3-5 días?") | measures_in("2-3 pcs"))
    assert {"150ml", "5oz"} <= measures_in("Bottle 150 ml", names=True)
    assert "270ml" not in measures_in("Bottle 260 ml (9 oz)", names=True)      # the name gives both: no third


def test_colours_of_shoes_and_bags_in_the_buyers_words():
    from studio.comments.understand.products import concepts_of_names, load_concepts
    lexicon = load_concepts()[0]
    assert {"apricot"} <= lexicon.find("la bolsa color durazno") and "apricot" in lexicon.find("กระเป๋าสีแอปริคอท")
    assert "brown" in lexicon.find("camel loafers") and "burgundy" in lexicon.find("a bolsa cor vinho")
    assert "pink" in lexicon.find("الشنطة الزهري") and "cream" in lexicon.find("tas warna krem")
    assert "mint" in lexicon.find("กระเป๋ามิ้นท์") and "mint" in lexicon.find("beg hijau mint")
    # a name's "Cream" is the colour, not a moisturizer, in a name of another kind
    assert "moisturizer" not in concepts_of_names(["Retro Electric Kettle 1.7 L, Cream"])
    assert "burgundy" not in lexicon.find("un tinto por favor")        # a Colombian coffee, not a colour


def test_another_sellers_plug_by_handle_is_chatter():
    from studio.comments.understand.intent_rules import apply_rules
    assert apply_rules("sigam @lojinhadabia pra roupinhas de bebê 💕", "pt", "praise", 0.7)[0] == "other"
    assert apply_rules("follow @babyshop_ph for more", "en", "praise", 0.7)[0] == "other"


def test_a_heels_height_in_the_buyers_units():
    from studio.comments.understand.measures import measures_in
    assert {"5", "5cm"} <= measures_in("đôi 5 phân form chuẩn") and {"5", "5cm"} <= measures_in("heels 5 senti enak")
    assert {"5", "5cm"} <= measures_in("ส้น 5 เซนไซส์ตรงไหมคะ") and "8" in measures_in("ส้น 8 ที่ได้มา")
