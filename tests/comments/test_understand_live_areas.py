"""The areas buyers shop in live (assets/comments/kinds/live_areas.yaml): baby care, kitchen prep, cleaning,
sports, camping, gaming, party and garden goods, bike gear, in the buyers' everyday and regional words
(Mexican, Argentine, Colombian Spanish, Brazilian Portuguese, Gulf and Egyptian Arabic, Arabizi), and the
Latin-American size letters (P/M/G/XG). Catalogs made up here, in English or Chinese with brand words and
model numbers; words only (no encoder)."""

from __future__ import annotations

import pytest

from studio.comments.understand.measures import measures_in
from studio.comments.understand.products import concepts_of_names, load_concepts
from tests.comments.test_understand_kinds_taxonomy import _matcher

BABY = """# Baby Day
markets: MX, BR, ID, TH, VN, SA
language: en
## Products
| sku | name | price |
|---|---|---|
| TEETH-KOALA | Nuby Koala Silicone Teether | 4.90 USD |
| PACI-ORTHO | Orthodontic Pacifier 0-6m | 3.90 USD |
| NAP-M | Huggies Dry Pants Diapers Size M 50 pcs | 15.90 USD |
| NAP-L | Huggies Dry Pants Diapers Size L 44 pcs | 16.90 USD |
| NAP-XL | Huggies Dry Pants Diapers Size XL 38 pcs | 17.90 USD |
| BOT-120 | PPSU Wide-Neck Feeding Bottle 120 ml | 9.90 USD |
| BOT-240 | PPSU Wide-Neck Feeding Bottle 240 ml | 11.90 USD |
"""

HOME = """# Kitchen and Home Deals
markets: MX, AR, CO, BR, SA, EG, ID, TH, VN
language: zh
## Products
| sku | name | price |
|---|---|---|
| BRD-OAK | Joseph&Co Oak Chopping Board 40x30 | 12.90 USD |
| STR-3 | Stainless Mesh Strainer Set of 3 | 6.90 USD |
| GRT-4 | KX-200 Box Grater 4-Sided | 5.90 USD |
| WSK-SS | 304 Stainless Balloon Whisk | 2.90 USD |
| DET-3KG | Breeze Laundry Detergent Powder 3 kg | 7.90 USD |
| SOFT-2L | Comfort Fabric Softener 2 L | 4.90 USD |
| DISH-750 | Sunlight Dish Soap Lemon 750 ml | 2.50 USD |
"""

OUTDOOR = """# 户外运动专场
markets: MX, BR, ID, TH, VN, SA
language: zh
## Products
| sku | name | price |
|---|---|---|
| SHK-700 | BlenderPro 摇摇杯 700ml | 6.90 USD |
| BOX-12 | Everlast 拳击手套 12oz | 24.90 USD |
| LNT-LED | Naturehike 露营灯 LED | 15.90 USD |
| COOL-25 | Coleman 保温箱 25L | 39.90 USD |
| FAN-X3 | Black Shark 手机散热器 X3 | 19.90 USD |
| BAL-50 | 生日派对气球 50个装 | 3.90 USD |
| FERT-1KG | 通用花肥 1kg | 5.90 USD |
| BIKE-LGT | Rockbros 自行车灯 USB | 8.90 USD |
"""


@pytest.fixture(scope="module")
def shows(tmp_path_factory):
    return {name: _matcher(tmp_path_factory, name, text) for name, text in
            (("baby", BABY), ("home", HOME), ("outdoor", OUTDOOR))}


@pytest.mark.parametrize("text, sku", [
    ("una mordedera para mi bebé porfa", "TEETH-KOALA"),
    ("o mordedor é de silicone?", "TEETH-KOALA"),
    ("gigitan bayi aman kak?", "TEETH-KOALA"),
    ("ยางกัดล้างน้ำร้อนได้ไหม", "TEETH-KOALA"),
    ("العضاضة آمنة للرضيع؟", "TEETH-KOALA"),
    ("el chupete viene con tapa?", None),         # a teether is a kind of pacifier: the plain word names neither
    ("3 paquetes de pañales talla G", "NAP-L"),     # G (grande) is L
    ("separa 2 pacotes de fralda XG pra mim", "NAP-XL"),
    ("fralda tamanho M tem?", "NAP-M"),
    ("pañales talla P tienen?", None),             # size P (S) is not in this catalog: no diaper of it
    ("la mamadera de 240 es anticólicos?", "BOT-240"),
    ("el tetero de 120 por favor", "BOT-120"),
    ("البزازة ١٢٠ مل كم سعرها", "BOT-120"),
    ("bình ti 240ml còn không", "BOT-240"),
    ("la mamadera es de vidrio?", None),           # two bottles, no size: twins stay unnamed
])
def test_baby_care_in_the_buyers_words(shows, text, sku):
    assert shows["baby"].match(text) == sku


@pytest.mark.parametrize("text, sku", [
    ("la tabla de picar es de roble?", "BRD-OAK"),
    ("quiero 2 tablas de picar", "BRD-OAK"),
    ("a tábua de carne é pesada?", "BRD-OAK"),
    ("لوحين تقطيع لو سمحت", "BRD-OAK"),
    ("خشبة التقطيع تنغسل بالماي؟", "BRD-OAK"),
    ("el colador sirve para la pasta?", "STR-3"),
    ("saringan nya stainless kak?", "STR-3"),
    ("المصفاة حجمها كم", "STR-3"),
    ("the grater has 4 sides?", "GRT-4"),
    ("el batidor es de acero?", "WSK-SS"),
    ("ตะกร้อตีไข่ขึ้นสนิมไหม", "WSK-SS"),
    ("el detergente huele rico?", "DET-3KG"),
    ("sabão em pó rende quanto?", "DET-3KG"),
    ("amaciante tem cheiro forte?", "SOFT-2L"),
    ("nước xả vải thơm lâu không", "SOFT-2L"),
    ("el lavatrastes es concentrado?", "DISH-750"),
    ("سائل الجلي ريحته ليمون؟", "DISH-750"),
    ("productos de limpieza tienen envío gratis?", None),   # the broad kind: all three cleaning goods
])
def test_kitchen_prep_and_cleaning_in_the_buyers_words(shows, text, sku):
    assert shows["home"].match(text) == sku


@pytest.mark.parametrize("text, sku", [
    ("la coqueteleira vaza?", "SHK-700"),
    ("botol shaker nya bocor ga", "SHK-700"),
    ("guantes de box de 12 onzas", "BOX-12"),
    ("ถุงมือ ส่งไวไหม", "BOX-12"),                 # the gloves: the one gloves of the catalog
    ("la lámpara de camping es recargable?", "LNT-LED"),
    ("ตะเกียงชาร์จได้ไหมคะ", "LNT-LED"),
    ("la hielera mantiene el hielo cuánto?", "COOL-25"),
    ("caixa térmica de 25 litros?", "COOL-25"),
    ("kipas hp nya dingin banget ga", "FAN-X3"),
    ("quạt tản nhiệt điện thoại dùng cho iphone được không", "FAN-X3"),
    ("quiero 2 bolsas de globos", "BAL-50"),
    ("بالونات كم لون", "BAL-50"),
    ("pupuk nya buat tanaman hias bisa?", "FERT-1KG"),
    ("o adubo serve pra orquídea?", "FERT-1KG"),
    ("luz para bici es recargable?", "BIKE-LGT"),
    ("ไฟจักรยานกันน้ำไหม", "BIKE-LGT"),
])
def test_sports_camping_gaming_party_garden_bike_in_the_buyers_words(shows, text, sku):
    # a Chinese catalog with brand words and model numbers ("Black Shark 手机散热器 X3"): the kind names it
    assert shows["outdoor"].match(text) == sku


def test_arabizi_colours_pick_one_of_two_colours(tmp_path_factory):
    harness = _matcher(tmp_path_factory, "harness", """# Pets
markets: SA, AE, EG
language: en
## Products
| sku | name | price |
|---|---|---|
| HRN-RD | Dog Harness, Red | 9.90 USD |
| HRN-BK | Dog Harness, Black | 9.90 USD |
""")
    assert harness.match("el harness el a7mar fe size kbeer?") == "HRN-RD"
    assert harness.match("abi el harness el aswad") == "HRN-BK"
    assert harness.match("el harness fe size kbeer?") is None


@pytest.mark.parametrize("text, sizes", [
    ("3 paquetes de pañales talla G", {"size:l"}),
    ("fralda XG", {"size:xl"}),
    ("tamanho GG", {"size:xl"}),
    ("talla ch", {"size:s"}),
    ("quiero 500 G", {"500", "500g"}),          # grams, not size G
    ("LG tv", set()),
])
def test_latin_american_size_letters(text, sizes):
    assert {m for m in measures_in(text) if m.startswith("size:") or m[0].isdigit()} == sizes


@pytest.mark.parametrize("text", [
    "تقدر ترسل لي الرابط؟",       # قدر (pot) inside تقدر (you can)
    "تحليل المنتج",               # حلل (pots) inside تحليل (analysis)
    "te mando mensaje por dm",    # mando (a game controller in Spain) is "I send"
    "ya baja el precio?",         # baja (fertilizer in Malay) is "goes down" in Spanish
    "ส่งบราซิลได้ไหม",             # บรา (bra) inside บราซิล (Brazil)
    "เป้าหมายยอดขายวันนี้",        # เป้ (backpack) inside เป้าหมาย (target)
    "I want to go to the live",   # "to" (big in Vietnamese) is no size trait
])
def test_a_kind_word_inside_an_everyday_word_is_not_read(text):
    lexicon, kinds, _ = load_concepts()
    assert lexicon.find(text) & kinds == set()
    assert "large" not in lexicon.find(text)


def test_arabic_duals_and_arabizi_name_the_kind():
    lexicon, kinds, _ = load_concepts()
    assert "cutting board" in lexicon.find("لوحين تقطيع لو سمحتي")      # the dual of a two-word kind
    assert "pillow" in lexicon.find("أبي مخدتين")                        # ة -> تين
    assert "earbuds" in lexicon.find("abi wa7ed mn el sama3at")
    assert "fan" in lexicon.find("bkam el marwa7a?")
    # short Arabic words that are pieces of everyday ones are not kinds ("مجاني" free, "حرام عليك", "ماشالله")
    for text in ("الشحن مجاني؟", "حرام عليك", "ماشالله عليك", "اعتقد انه حلو"):
        assert lexicon.find(text) & kinds == set(), text


def test_what_a_product_is_washed_in_is_not_what_it_is(tmp_path_factory):
    pets = _matcher(tmp_path_factory, "pets", """# Pets
markets: SA, MX, BR
language: en
## Products
| sku | name | price |
|---|---|---|
| BED-RND | Plush Round Pet Bed 60 cm | 19.90 USD |
| BRS-PET | Self-Cleaning Slicker Brush | 6.90 USD |
| WASH-MINI | Mini Washing Machine 3 kg | 49.90 USD |
""")
    assert pets.match("السرير ينغسل بالغسالة؟") == "BED-RND"          # "Plush" is no doll, the bed is a bed
    assert pets.match("la camita se puede lavar en lavadora?") == "BED-RND"
    assert pets.match("la lavadora mini cuánto lava?") == "WASH-MINI"
    assert pets.match("el cepillo saca mucho pelo") == "BRS-PET"          # the one brush of the catalog
    assert pets.match("الفرشاة ممتازة") == "BRS-PET"


def test_a_capital_inside_a_vietnamese_word_is_no_size():
    assert not {m for m in measures_in("KIẾM TIỀN ONLINE tại nhà") if m.startswith("size:")}


@pytest.mark.parametrize("name, kind", [
    ("Nike Air Zoom Pegasus 40 Running Shoes", "sneakers"),     # a model number before the kind does not eat it
    ("Stanley Classic Vacuum Flask 1L", "bottle"), ("Pringles Potato Chips Sour Cream & Onion 110g", "chips"),
    ("OXO Good Grips Salad Spinner", "strainer"), ("Pigeon SofTouch Nipple L 2pcs", "bottle nipple"),
    ("Pampers Baby Dry Pants XL 42", "diaper"), ("Xiaomi Mi Electric Scooter 4 Pro", "electric scooter"),
    ("Rockbros Bike Front Light 800 lumens", "bike accessory"), ("Happy Birthday Balloon Set 50pcs", "party supplies"),
    ("Milk Cotton Yarn 5-ply 10 balls", "craft supplies"), ("Organic Fertilizer Pellets 1kg", "fertilizer"),
    ("304 Stainless Balloon Whisk", "whisk"), ("Memo DL05 Phone Cooler Magnetic", "mobile gaming accessory"),
    ("Ariel Liquid Laundry Detergent 3L", "laundry detergent"), ("Everlast Pro Boxing Gloves 12oz", "boxing gloves"),
])
def test_a_catalog_name_with_brand_words_and_model_numbers_gets_its_kind(name, kind):
    _, kinds, _ = load_concepts()
    found = concepts_of_names([name.lower()]) & kinds
    assert kind in found
    # and no kind it is not: "Balloon" of a whisk is no party balloon, "Vacuum" of a flask no vacuum cleaner,
    # "Sour Cream" no face cream, "Pants" of diapers no trousers, "Milk" of a yarn no milk
    assert not found & {"party supplies", "vacuum", "moisturizer", "pants", "milk", "kids bike"} - {kind}


@pytest.mark.parametrize("text, concept", [
    ("شنطتي وصلت", "bag"), ("مروحتك حلوة", "fan"), ("سكينتين لو سمحت", "knife"), ("سماعاتي خربت", "earbuds"),
])
def test_an_arabic_kind_word_with_its_endings(text, concept):
    lexicon, _, _ = load_concepts()
    assert concept in lexicon.find(text)


def test_an_arabic_kind_word_is_read_only_where_its_word_ends():
    lexicon, kinds, _ = load_concepts()
    assert lexicon.find("الحلقة الجديدة متى؟") & kinds == set()     # حلق (earrings) in الحلقة (the episode)
    assert "earrings" in lexicon.find("الحلق الذهبي")


@pytest.mark.parametrize("text, concept", [
    ("la camita es lavable?", "pet bed"), ("una mochilita rosa", "backpack"), ("zapatitos de bebé", "shoes"),
    ("bolsinha preta", "bag"), ("o ventiladorzinho é silencioso?", "fan"), ("o copinho é de vidro?", "mug"),
])
def test_a_spanish_or_portuguese_diminutive_names_its_word(text, concept):
    lexicon, _, _ = load_concepts()
    assert concept in lexicon.find(text)


def test_a_diminutive_that_is_a_word_of_its_own_stays_itself():
    lexicon, kinds, _ = load_concepts()
    assert lexicon.find("ya está en el carrito") & kinds == set()      # the cart, not a car
    assert lexicon.find("toallitas húmedas") & kinds == {"wipes"}        # wipes, not towels


def test_how_many_people_a_tent_is_for_picks_one_of_two_tents(tmp_path_factory):
    camp = _matcher(tmp_path_factory, "camp", """# 露营装备专场
markets: MX, BR, ID, TH, VN, SA
language: zh
## Products
| sku | name | price |
|---|---|---|
| TENT-2 | Naturehike Cloud Up 2-Person Tent | 89.90 USD |
| TENT-4 | Naturehike Village 4-Person Tent | 129.90 USD |
| LAMP-R | Retro LED Camping Lantern | 19.90 USD |
| CHAIR-F | Aluminum Folding Camping Chair | 29.90 USD |
| COOL-20 | Hard Cooler Box 20L | 49.90 USD |
""")
    for text in ("la casa de campaña para 4 personas es impermeable?", "tenda yg 4 orang ready kak", "เต็นท์ 4 คนกันฝนได้ไหมคะ",
                 "الخيمة تكفي ٤ اشخاص؟", "帐篷4人的有货吗"):
        assert camp.match(text) == "TENT-4", text
    assert camp.match("lều 2 người giá bao nhiêu") == "TENT-2"
    assert camp.match("quiero la tienda de 2 👋") == "TENT-2"          # "la de 2": the size that ends the reference
    assert camp.match("a barraca de 4, tem?") == "TENT-4"
    assert camp.match("帐篷防雨吗") is None                        # two tents, no number: twins stay unnamed
    # a narrow camping word names its product, not every piece of camping gear
    assert camp.match("kursi lipat nya kuat berapa kg") == "CHAIR-F"
    assert camp.match("la hielera de 20 litros cuánto cuesta") == "COOL-20"


def test_a_flavour_picks_one_of_two_chips(tmp_path_factory):
    snacks = _matcher(tmp_path_factory, "snacks", """# Snack Attack
markets: MX, BR, ID, TH, VN, SA
language: en
## Products
| sku | name | price |
|---|---|---|
| CHP-BBQ | Potato Chips BBQ 150g | 2.90 USD |
| CHP-SC | Potato Chips Sour Cream 150g | 2.90 USD |
| TEA-BOBA | Brown Sugar Milk Tea 6-pack | 9.90 USD |
""")
    for text in ("las papitas de bbq pican?", "a batata de churrasco é crocante?", "มันฝรั่งรสบาร์บีคิวเผ็ดไหม",
                 "الشيبس بالباربكيو حار؟", "烧烤味薯片要两包"):
        assert snacks.match(text) == "CHP-BBQ", text
    assert snacks.match("quiero 3 bolsas de papas crema y cebolla") == "CHP-SC"
    assert snacks.match("bim bim vị kem chua còn không") == "CHP-SC"
    assert snacks.match("las papitas pican?") is None            # chips, no flavour: twins stay unnamed
    assert snacks.match("trà sữa đường đen ngon lắm shop") == "TEA-BOBA"


@pytest.mark.parametrize("text, sizes", [
    ("la de 4 por favor", {"4"}), ("o de 6 pra mim", {"6"}), ("quiero la tienda de 2 👋", {"2"}),
    ("llega en 2 días?", set()), ("de 2 a 3 días", set()), ("quiero 2 de los azules", set()),
])
def test_a_digit_after_de_that_ends_the_reference_is_a_size(text, sizes):
    # (a wait in days is read as a time, "time:2", which no catalog measure matches)
    assert {m for m in measures_in(text) if not m.startswith("time:")} == sizes
