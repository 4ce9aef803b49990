"""The grocery aisle and the salon-at-home shelf (assets/comments/kinds/grocery.yaml, salon_gym.yaml) in the
buyers' words, on catalogs made up here (not the dev sets' items): dates, seaweed, crackers, nuts, noodles, sauces,
honey, Thai tea; claw clips, combs for a catalog's brush, a "blower"; twins stay unnamed; a kind word inside an
everyday word is not read. Words only (no encoder)."""

from __future__ import annotations

import pytest

from studio.comments.understand.products import load_concepts
from tests.comments.test_understand_kinds_taxonomy import _matcher

PANTRY = """# Ramadan Pantry Night
markets: SA, AE, ID, MY, TH, VN, BR, MX
language: en
## Products
| sku | name | price |
|---|---|---|
| AJWA-500 | Ajwa Dates 500 g | 12.90 USD |
| AJWA-1KG | Ajwa Dates 1 kg | 21.90 USD |
| NORI-T | Tao Kae Noi Seaweed Tempura | 2.90 USD |
| KRP-UDG | Prawn Crackers Original 200 g | 3.20 USD |
| PIST | Roasted Salted Pistachios 250 g | 9.90 USD |
| NOOD-5 | Spicy Instant Noodles, 5 Pack | 4.50 USD |
| OYS | Premium Oyster Sauce 510 g | 3.90 USD |
| HNY | Wild Forest Honey 350 g | 11.90 USD |
| CHATHAI | Thai Tea Powder 400 g | 5.90 USD |
"""

SALON = """# 美发工具之夜
markets: ID, MY, PH, TH, VN, BR, SA
language: zh
## Products
| sku | name | price |
|---|---|---|
| CLIP-L | Acetate Claw Clip Large | 4.90 USD |
| DET-BR | Bamboo Detangling Brush | 7.90 USD |
| BLW-2000 | Salon Pro Hair Dryer 2000 W | 39.90 USD |
| ARG-50 | Argan Oil Hair Serum 50 ml | 9.90 USD |
| WAND-19 | Curling Wand 19 mm | 21.90 USD |
| WAND-28 | Curling Wand 28 mm | 22.90 USD |
"""


@pytest.fixture(scope="module")
def pantry(tmp_path_factory):
    return _matcher(tmp_path_factory, "pantry", PANTRY)


@pytest.fixture(scope="module")
def salon(tmp_path_factory):
    return _matcher(tmp_path_factory, "salon", SALON)


@pytest.mark.parametrize("text, sku", [
    ("las dátiles de 1 kg por favor", "AJWA-1KG"),
    ("kurma yang 500 gram masih ada kak?", "AJWA-500"),
    ("ابي التمر ١ كيلو", "AJWA-1KG"),
    ("chà là loại 1kg còn không", "AJWA-1KG"),
    ("อินทผลัม 500 กรัม 2 กล่อง", "AJWA-500"),
    ("椰枣1公斤的要一盒", "AJWA-1KG"),
    ("as tâmaras têm caroço?", None),                 # twins by weight, none said: unnamed
    ("rumpai laut ni pedas tak", "NORI-T"),
    ("rong biển ăn giòn không", "NORI-T"),
    ("สาหร่ายทอดหมดอายุเมื่อไหร่", "NORI-T"),
    ("الاعشاب البحرية حلال؟", "NORI-T"),
    ("海苔是什么口味", "NORI-T"),
    ("kerupuk udangnya 2 ya kak", "KRP-UDG"),
    ("ข้าวเกรียบกุ้งกรอบไหม", "KRP-UDG"),
    ("bánh phồng tôm chiên sẵn chưa", "KRP-UDG"),
    ("los pistachos tienen sal?", "PIST"),
    ("الفستق محمص؟", "PIST"),
    ("开心果是原味的吗", "PIST"),
    ("mì gói cay cấp mấy", "NOOD-5"),
    ("pancit canton ba yan?", "NOOD-5"),
    ("molho de ostra? não, quero o oyster sauce", "OYS"),
    ("dầu hào này chay được không", "OYS"),
    ("madu hutan asli ga kak", "HNY"),
    ("العسل أصلي؟", "HNY"),
    ("ชาไทยชงยังไงคะ", "CHATHAI"),
    ("trà thái pha với sữa đặc hả shop", "CHATHAI"),
    ("泰式奶茶粉一包能冲几杯", "CHATHAI"),
])
def test_the_grocery_aisle_in_the_buyers_words(pantry, text, sku):
    assert pantry.match(text) == sku


@pytest.mark.parametrize("text, sku", [
    ("jepitnya ada warna hitam kak", "CLIP-L"),
    ("nak sepit rambut satu", "CLIP-L"),
    ("pa-mine po ng ipit", "CLIP-L"),
    ("鲨鱼夹是哑光的吗", "CLIP-L"),
    ("البكل تتحمل الشعر الكثيف؟", "CLIP-L"),
    ("a piranha segura cabelo grosso?", "CLIP-L"),
    ("sisir ini buat rambut keriting bisa?", "DET-BR"),     # a buyer's comb is the catalog's brush
    ("suklay po mine", "DET-BR"),
    ("lược này gỡ rối tốt không", "DET-BR"),
    ("หวีใช้ตอนผมเปียกได้ไหม", "DET-BR"),
    ("梳子是竹子的吗", "DET-BR"),
    ("المشط خشب؟", "DET-BR"),
    ("a escova desembaraça bem?", "DET-BR"),
    ("mine po yung blower", "BLW-2000"),
    ("blower tu panas sangat ke", "BLW-2000"),
    ("minyak argan ni untuk rambut kering?", "ARG-50"),
    ("3ayza zet el argan", "ARG-50"),
    ("卷发棒哪个适合新手", None),                          # a choice between two wands names neither
    ("la tenacilla rizadora de 28 sirve pa pelo corto?", "WAND-28"),
])
def test_the_salon_shelf_in_the_buyers_words(salon, text, sku):
    assert salon.match(text) == sku


@pytest.mark.parametrize("text", [
    "مستمر التمرين كل يوم",            # "تمر" (dates) inside "مستمر" (continuous) and "التمرين" (the workout)
    "بكل سهولة وصلني",                  # "بكل" (with all) is no hair clip
    "استمر البث؟",
])
def test_a_kind_word_inside_an_everyday_word_is_not_read(text):
    lexicon, kinds, _ = load_concepts()
    assert not lexicon.find(text) & {"dates", "hair accessory"}


@pytest.mark.parametrize("text, sku", [
    ("卷发棒哪个适合新手", None),                    # which of the twin wands: the buyer chose none
    ("which curling wand is better for short hair?", None),
    ("cái máy uốn nào hợp tóc ngắn vậy shop", None),
    ("อันไหนเหมาะกับผมสั้น เครื่องม้วนผม", None),
    ("which one is the 28mm wand?", "WAND-28"),       # a number the buyer said still names one
    ("la pinza cuál color tiene?", "CLIP-L"),          # one product of its kind: the which asks of it
])
def test_which_one_over_twins_names_none(salon, text, sku):
    assert salon.match(text) == sku


def test_chatter_names_no_product_by_a_chance_spelling(tmp_path_factory):
    snacks = _matcher(tmp_path_factory, "snacks", """# Snacks
markets: TH
language: en
## Products
| sku | name | price |
|---|---|---|
| CRSP | Crispy Pork Skin Snack | 2.90 USD |
| KOPI | Kopi Luwak Beans 250 g | 19.90 USD |
""")
    assert snacks.match("ใครดูจากโคราชบ้าง", words_only=True) is None     # a roll call; "คราช" is no "crispy"
    assert snacks.match("คริสปี้ยังมีไหม") == "CRSP"                       # asked about, spelled by ear, it is


def test_everyday_material_words_are_no_typos_of_kinds(salon):
    # "madeira" is no "mamadeira" (feeding bottle), "plástico" no "elástico" (resistance band)
    assert salon.match("a escova é de madeira mesmo ou plástico pintado?") == "DET-BR"
    lexicon, _, _ = load_concepts()
    assert not lexicon.find("é de madeira ou plástico") & {"feeding bottle", "resistance band"}


@pytest.mark.parametrize("text, kind", [
    ("selai kacangnya creamy ga", "spread"),
    ("xúc xích này ăn liền được không", "sausage"),
    ("饺子是什么馅的", "dumplings"),
    ("ลูกชิ้นปลาต้องแช่แข็งไหม", "meatballs"),
    ("a pipoca é doce ou salgada?", "popcorn"),
    ("cháo ăn liền có mấy vị", "porridge"),
    ("الزبادي يحتاج ثلاجة؟", "yogurt"),
])
def test_more_of_the_aisle_in_the_buyers_words(text, kind):
    assert kind in load_concepts()[0].find(text)


@pytest.mark.parametrize("text", ["انا مريض سكري", "ngày mai có đường nào đi", "saya suka banget"])
def test_everyday_words_are_no_pantry_kinds(text):
    # "سكري" is diabetic, "đường" a road, "suka" to like: no sugar, no vinegar
    assert not load_concepts()[0].find(text) & {"vinegar", "sugar"}
