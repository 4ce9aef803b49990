"""Men's grooming and the other areas round 9 added (assets/comments/kinds/grooming_and_more.yaml) in the buyers'
words, on catalogs made up here (not the dev sets' items), one in English and one with Chinese product names that
must map to the same kinds: shavers, beard oil, pomade, face wash, shaving foam, tote bags, camp lanterns; twins by
size stay unnamed unless a number picks one; a kind word inside an everyday word is not read. Words only."""

from __future__ import annotations

import pytest

from studio.comments.understand.intent_rules import apply_rules
from studio.comments.understand.measures import measures_in
from studio.comments.understand.products import concepts_of_names, load_concepts
from tests.comments.test_understand_kinds_taxonomy import _matcher

GROOMING = """# Barber Night
markets: MX, BR, ID, MY, TH, VN, SA, EG, PH, TW
language: en
## Products
| sku | name | price |
|---|---|---|
| SHV-R | Rotary Electric Shaver | 34.90 USD |
| BOIL | Sandalwood Beard Oil 30 ml | 12.90 USD |
| POM-S | Matte Clay Pomade 75 g | 8.90 USD |
| POM-L | Matte Clay Pomade 150 g | 13.90 USD |
| WASH | Charcoal Face Wash 120 ml | 6.90 USD |
| FOAM | Menthol Shaving Foam 200 ml | 5.90 USD |
| LANT | Rechargeable Camp Lantern | 15.90 USD |
| TOTE | Canvas Shopper Tote, Natural | 9.90 USD |
"""

GROOMING_ZH = """# 男士理容之夜
markets: TW, MY, SA, VN, TH
language: zh
## Products
| sku | name | price |
|---|---|---|
| SHV-R | 旋转式电动剃须刀 | 34.90 USD |
| BOIL | 檀香胡须护理油 30ml | 12.90 USD |
| POM-S | 哑光强力发蜡 75g | 8.90 USD |
| POM-L | 哑光强力发蜡 150g | 13.90 USD |
| WASH | 男士竹炭控油洗面奶 120ml | 6.90 USD |
| FOAM | 薄荷剃须泡沫 200ml | 5.90 USD |
| LANT | 充电式露营灯 | 15.90 USD |
| TOTE | 本色帆布托特包 | 9.90 USD |
"""

COMMENTS = [
    ("la afeitadora se puede usar en la ducha?", "SHV-R"),
    ("o barbeador elétrico corta barba grande?", "SHV-R"),
    ("pencukur ni tahan air ke", "SHV-R"),
    ("ที่โกนหนวดชาร์จกี่ชั่วโมงครับ", "SHV-R"),
    ("máy cạo này pin dùng được bao lâu", "SHV-R"),
    ("المكينة تحلق ناعم؟", "SHV-R"),
    ("2 aceites para barba porfa", "BOIL"),
    ("minyak jenggot bikin jenggot cepat tumbuh?", "BOIL"),
    ("น้ำมันหนวดกลิ่นอะไรครับ", "BOIL"),
    ("dầu dưỡng râu dùng mỗi ngày được không", "BOIL"),
    ("زيت اللحية ريحته قوية؟", "BOIL"),
    ("胡子油一瓶用多久", "BOIL"),
    ("mine po yung beard oil", "BOIL"),
    ("la cera de 150 g cuánto dura", "POM-L"),
    ("pomade 75g 1 ya kak", "POM-S"),
    ("发蜡150克的要两罐", "POM-L"),
    ("sáp vuốt tóc có mùi không shop", None),     # twins by size, none said: unnamed
    ("a pomada segura o dia todo?", None),
    ("facewash ni sesuai kulit berminyak?", "WASH"),
    ("sabun cuci muka buat kulit berminyak ada?", "WASH"),
    ("洗面乳会不会太干", "WASH"),
    ("la espuma de afeitar irrita?", "FOAM"),
    ("kem cạo râu có mùi bạc hà không", "FOAM"),
    ("剃须泡沫能用几次", "FOAM"),
    ("ang ecobag ba pwede labhan?", "TOTE"),
    ("una bolsa de tela para mí", "TOTE"),
    ("túi vải có ngăn kéo khóa không", "TOTE"),
    ("الشنطة القماش تتحمل وزن؟", "TOTE"),
    ("lampu kemah bisa buat powerbank?", "LANT"),
    ("đèn sạc bằng cổng gì shop", "LANT"),
    ("la lámpara aguanta toda la noche?", "LANT"),
    ("露营灯能挂在帐篷里吗", "LANT"),
]


@pytest.fixture(scope="module")
def grooming(tmp_path_factory):
    return _matcher(tmp_path_factory, "grooming", GROOMING)


@pytest.fixture(scope="module")
def grooming_zh(tmp_path_factory):
    return _matcher(tmp_path_factory, "grooming-zh", GROOMING_ZH)


@pytest.mark.parametrize("text, sku", COMMENTS)
def test_mens_grooming_and_more_in_the_buyers_words(grooming, text, sku):
    assert grooming.match(text) == sku


@pytest.mark.parametrize("text, sku", COMMENTS)
def test_a_catalog_in_chinese_names_the_same_products(grooming_zh, text, sku):
    assert grooming_zh.match(text) == sku


def test_chinese_and_english_names_map_to_the_same_kinds():
    _, kinds, _ = load_concepts()
    en = [line.split("|")[2].strip() for line in GROOMING.splitlines() if line.startswith("| ") and "sku" not in line]
    zh = [line.split("|")[2].strip() for line in GROOMING_ZH.splitlines() if line.startswith("| ") and "sku" not in line]
    for en_name, zh_name in zip(en, zh):
        en_kinds = concepts_of_names([en_name]) & kinds
        assert en_kinds, en_name
        assert concepts_of_names([zh_name]) & kinds == en_kinds, (en_name, zh_name)


@pytest.mark.parametrize("text, kind", [
    ("ví dụ như cái này", "wallet"),             # "ví" (wallet) inside "ví dụ" (for example)
    ("la cerámica es bonita", "hair wax"),       # "cera" inside "cerámica"
    ("مكينة قهوة", "razor"),                      # a coffee machine is no shaver
    ("cera depilatoria para piernas", "hair wax"),   # wax strips are hair removal, not pomade
    ("gôm tẩy bút chì", "hair spray"),
])
def test_a_kind_word_inside_an_everyday_word_is_not_read(text, kind):
    lexicon, _, _ = load_concepts()
    assert kind not in lexicon.find(text)


SWEEP = """# Everyday Finds
markets: MX, BR, ID, MY, TH, VN, SA, PH
language: en
## Products
| sku | name | price |
|---|---|---|
| MW-500 | Mint Mouthwash 500 ml | 4.90 USD |
| FLOSS | Water Flosser Cordless | 29.90 USD |
| APR | Waterproof Kitchen Apron | 3.90 USD |
| FILT | Faucet Water Filter | 12.90 USD |
| BEAR | Plush Teddy Bear 40 cm | 9.90 USD |
| WALK | Foldable Baby Walker | 35.00 USD |
| INS | Memory Foam Insoles | 5.90 USD |
| CURL | Eyelash Curler | 2.90 USD |
"""


@pytest.fixture(scope="module")
def sweep(tmp_path_factory):
    return _matcher(tmp_path_factory, "sweep", SWEEP)


@pytest.mark.parametrize("text, sku", [
    ("el enjuague bucal arde?", "MW-500"),
    ("obat kumur 2 botol ya", "MW-500"),
    ("漱口水是什么味道", "MW-500"),
    ("chỉ nha khoa bằng nước này pin lâu không", "FLOSS"),
    ("o avental é impermeável mesmo?", "APR"),
    ("ผ้ากันเปื้อนมีสีอื่นไหม", "APR"),
    ("فلتر مياه يركب على أي حنفية؟", "FILT"),
    ("máy lọc nước này lắp vòi nào cũng được?", "FILT"),
    ("gấu bông 40cm còn không shop", "BEAR"),
    ("دبدوب واحد لو سمحت", "BEAR"),
    ("la andadera se dobla?", "WALK"),
    ("xe tập đi cho bé mấy tháng", "WALK"),
    ("palmilha tem tamanho 42?", "INS"),
    ("鞋垫可以剪吗", "INS"),
    ("curvex 1 kak", "CURL"),
    ("睫毛夹夹得翘吗", "CURL"),
])
def test_leaves_the_category_sweep_added(sweep, text, sku):
    assert sweep.match(text) == sku


CAMP = """# Weekend Camp
markets: MX, BR, SA, PH, VN
language: en
## Products
| sku | name | price |
|---|---|---|
| DOME-2 | Instant Dome Tent, 2-Person | 49.00 USD |
| DOME-4 | Instant Dome Tent, 4-Person | 79.00 USD |
| FLASK-05 | Steel Vacuum Flask 0.5 L | 11.00 USD |
| FLASK-1 | Steel Vacuum Flask 1 L | 16.00 USD |
"""


@pytest.mark.parametrize("text, sku", [
    ("el termo de un litro mantiene frío?", "FLASK-1"),      # one litre written as a word
    ("a garrafa de um litro vaza?", "FLASK-1"),
    ("الخيمة حق شخصين سهلة التركيب؟", "DOME-2"),             # an Arabic dual: a tent for two
    ("a barraca de 4 lugares é pesada?", "DOME-4"),         # seats
    ("mine 1 tent pang 4 tao", "DOME-4"),                    # Tagalog "for 4 people"
    ("lều 2 chỗ còn không shop", "DOME-2"),
    ("la carpa aguanta lluvia?", None),                      # twins, no size said: unnamed
])
def test_how_many_people_and_one_litre_pick_a_twin(tmp_path_factory, text, sku):
    assert _matcher(tmp_path_factory, "camp", CAMP).match(text) == sku


@pytest.mark.parametrize("text, tokens", [
    ("el termo de un litro", {"1", "1l"}),
    ("ترمس لترين", {"2", "2l"}),
    ("una semana nada más", set()),                          # "una" before no unit is no measure
])
def test_number_words_before_a_unit(text, tokens):
    assert measures_in(text) == tokens


@pytest.mark.parametrize("text, sku", [
    ("小罐发蜡能带上飞机吗", "POM-S"),                        # the small jar of two
    ("abi el wax el sgheer", "POM-S"),
    ("apartado cera grande", "POM-L"),
])
def test_small_and_big_jars_pick_a_twin(grooming_zh, text, sku):
    assert grooming_zh.match(text) == sku


@pytest.mark.parametrize("text", ["me apartas el termo de un litro?", "me separa a bolsa de tela?", "apártame la cera grande"])
def test_put_one_aside_for_me_is_an_order(text):
    assert apply_rules(text, "es", "question", 0.8)[0] == "buy"


@pytest.mark.parametrize("en_name, zh_name", [
    ("Lightweight Puffer Jacket", "轻薄羽绒服"),
    ("Drawstring Trash Bags 100 pcs", "抽绳垃圾袋 100只"),
    ("Bamboo Cooling Mat 1.8 m", "竹子凉席 1.8米"),
    ("Ultrasonic Aroma Diffuser", "超声波香薰机"),
    ("Reusable Gel Ice Pack", "可重复使用冰袋"),
    ("6-Outlet Power Strip", "六位插线板"),
    ("Smart Body Fat Scale", "智能体脂秤"),
    ("Leather Chelsea Boots", "真皮马丁靴"),
    ("Cotton Boxer Briefs 3 pcs", "纯棉男士平角裤 3条"),
    ("Travel Prayer Mat", "便携祷告毯"),
])
def test_chinese_catalog_names_read_as_the_english_ones(en_name, zh_name):
    _, kinds, _ = load_concepts()
    en_kinds = concepts_of_names([en_name]) & kinds
    assert en_kinds and concepts_of_names([zh_name]) & kinds == en_kinds
