"""Comments round 25: a catalog in the host's language asked for in the buyer's, by concept families that any product
area shares: the animal or motif a toy, a mug or a print shows, a fabric's pattern, a sweet's filling or a drink's
flavour (assets/comments/lexicon/variants.yaml), undyed and off-white shades, Spanish and Portuguese diminutives made by
rule, and half or a quarter of a kilo or a litre. Catalogs written for these tests (none is a folded set's)."""

import pytest

from studio.comments.understand.diminutives import diminutives, with_diminutives
from studio.comments.understand.measures import measures_in, without_measures
from studio.comments.understand.products import ProductMatcher
from studio.show import load_show

# a Brazilian host's mugs and plush toys: twins told apart only by the animal
TOYS_PT = """# Presentes fofos
markets: BR, MX, US, ID, TH, VN, SA
language: pt
## Products
| sku | name | price |
|---|---|---|
| MUG-UNI | Caneca de Cerâmica Unicórnio 350 ml | 49.90 BRL |
| MUG-DINO | Caneca de Cerâmica Dinossauro 350 ml | 49.90 BRL |
| PEL-GIR | Pelúcia Girafa 30 cm | 79.90 BRL |
| PEL-ELE | Pelúcia Elefante 30 cm | 79.90 BRL |
| PEL-COR | Pelúcia Coruja 30 cm | 79.90 BRL |
"""

# a Chinese host's mooncakes: one box per filling
MOONCAKES_ZH = """# 中秋月饼
markets: MY, SG, TH, VN, ID
language: zh
## Products
| sku | name | price |
|---|---|---|
| MC-MATCHA | 抹茶流心月饼 6个装 | 88.00 MYR |
| MC-SESAME | 黑芝麻月饼 6个装 | 78.00 MYR |
| MC-TARO | 香芋月饼 6个装 | 78.00 MYR |
| MC-ALMOND | 杏仁酥 200克 | 35.00 MYR |
"""

# an Arabic host's chocolates and coffee: fillings, spices and a half-kilo twin
SWEETS_AR = """# حلويات وقهوة
markets: SA, AE, EG, ID, MY
language: ar
## Products
| sku | name | price |
|---|---|---|
| CHOC-HZ | شوكولاتة محشوة بالبندق، علبة | 60 SAR |
| CHOC-PS | شوكولاتة محشوة بالفستق، علبة | 70 SAR |
| COF-500 | قهوة عربية بالهيل 500 جرام | 55 SAR |
| COF-1KG | قهوة عربية بالهيل 1 كيلو | 99 SAR |
"""

# a Thai host's cotton fabric: twins told apart by the print and an off-white yarn
FABRIC_TH = """# ผ้าฝ้ายและไหมพรม
markets: TH, VN, MY, PH, US, MX
language: th
## Products
| sku | name | price |
|---|---|---|
| FAB-STR | ผ้าฝ้ายลายทาง 1 เมตร | 120 THB |
| FAB-DOT | ผ้าฝ้ายลายจุด 1 เมตร | 120 THB |
| FAB-CHK | ผ้าฝ้ายลายสก็อต 1 เมตร | 120 THB |
| YARN-OW | ไหมพรมคอตตอน สีออฟไวท์ 100 กรัม | 89 THB |
| YARN-MS | ไหมพรมคอตตอน สีมัสตาร์ด 100 กรัม | 89 THB |
"""


def matcher(tmp_path_factory, text, name="show"):
    path = tmp_path_factory.mktemp("show") / f"{name}.show.md"
    path.write_text(text, encoding="utf-8")
    return ProductMatcher(load_show(path))


@pytest.mark.parametrize("word, forms", [
    ("conejo", {"conejito", "conejitos", "conejinho"}), ("urso", {"ursinho", "ursinhos", "ursito"}),
    ("caja", {"cajita", "cajinha"}), ("saco", {"saquito", "saquinho"}), ("botón", {"botoncito"}),
    ("botão", {"botãozinho"}), ("nube", {"nubecita"})])
def test_spanish_and_portuguese_diminutives_are_made_by_rule(word, forms):
    assert forms <= diminutives(word)


def test_a_diminutive_that_is_an_everyday_word_or_another_concepts_word_is_not_made():
    assert "carrito" not in diminutives("carro") and "cafecito" not in diminutives("café")
    # "bolsita" written for the bag stays the bag's, though "bolso" (a pocket, say) would make it too
    out, made = with_diminutives({"bag": ["bolsa", "bolsita"], "pocket": ["bolso"], "box": ["caja"]})
    assert "bolsita" not in out["pocket"] and "bolsito" in out["pocket"]
    assert "cajita" in out["box"] and "cajita" in made and "bolsa" not in made and not diminutives("red")


@pytest.mark.parametrize("text, sku", [
    ("the unicorn mug pls", "MUG-UNI"), ("la taza de unicornio", "MUG-UNI"), ("ขอแก้วยูนิคอร์น 1 ใบ", "MUG-UNI"),
    ("the dino one for my son", "MUG-DINO"), ("cốc khủng long còn không", "MUG-DINO"), ("恐龙的杯子还有吗", "MUG-DINO"),
    ("mug dinosaurus 2 kak", "MUG-DINO"), ("the giraffe plush is so cute", "PEL-GIR"), ("la jirafita!!", "PEL-GIR"),
    ("ตุ๊กตายีราฟ 30 ซม", "PEL-GIR"), ("boneka gajah ready?", "PEL-ELE"), ("el elefantito", "PEL-ELE"),
    ("gấu bông con voi", "PEL-ELE"), ("大象玩偶要一个", "PEL-ELE"), ("البومة حلوة", "PEL-COR"), ("búho 1 porfa", "PEL-COR"),
    ("a corujinha é linda", "PEL-COR"), ("stuffed owl for my niece", "PEL-COR")])
def test_a_twin_is_named_by_its_animal_in_any_language(tmp_path_factory, text, sku):
    assert matcher(tmp_path_factory, TOYS_PT).match(text) == sku


@pytest.mark.parametrize("text, sku", [
    ("matcha mooncake 2 box", "MC-MATCHA"), ("bánh trung thu trà xanh vị matcha", "MC-MATCHA"), ("ขนมไหว้พระจันทร์มัทฉะ", "MC-MATCHA"),
    ("the black sesame one", "MC-SESAME"), ("bánh nhân mè đen", "MC-SESAME"), ("kuih bulan bijan hitam ada?", "MC-SESAME"),
    ("yang rasa talas 1 kak", "MC-TARO"), ("เผือกหวานไหม", "MC-TARO"), ("bánh khoai môn còn không", "MC-TARO"),
    ("almond cookies 1", "MC-ALMOND"), ("bánh hạnh nhân", "MC-ALMOND")])
def test_a_filling_or_flavour_names_its_box(tmp_path_factory, text, sku):
    assert matcher(tmp_path_factory, MOONCAKES_ZH).match(text) == sku


@pytest.mark.parametrize("text, sku", [
    ("the hazelnut chocolate box", "CHOC-HZ"), ("coklat isi hazelnut 1", "CHOC-HZ"), ("شوكولاتة البندق كم سعرها", "CHOC-HZ"),
    ("pistachio chocolate pls", "CHOC-PS"), ("el de pistache", "CHOC-PS"), ("coklat pistachio ada?", "CHOC-PS"),
    ("abgha el 2ahwa nos kilo", "COF-500"), ("ابي القهوة نص كيلو", "COF-500"), ("kopi arab setengah kilo 2", "COF-500"),
    ("café árabe medio kilo", "COF-500"), ("cà phê nửa ký", "COF-500"), ("كوفي الكيلو", "COF-1KG")])
def test_fillings_and_half_a_kilo_tell_the_twins(tmp_path_factory, text, sku):
    assert matcher(tmp_path_factory, SWEETS_AR).match(text) == sku


@pytest.mark.parametrize("text, sku", [
    ("the striped fabric 2 meters", "FAB-STR"), ("vải sọc còn không", "FAB-STR"), ("la tela a rayas", "FAB-STR"),
    ("polka dot fabric pls", "FAB-DOT"), ("vải chấm bi", "FAB-DOT"), ("la de lunares", "FAB-DOT"), ("the plaid one", "FAB-CHK"),
    ("vải kẻ caro 2m", "FAB-CHK"), ("the ecru yarn, is it soft?", "YARN-OW"), ("el estambre color crudo", "YARN-OW"),
    ("benang putih susu 2", "YARN-OW"), ("mustard yellow yarn pls", "YARN-MS")])
def test_a_print_or_an_undyed_shade_names_the_fabric_or_yarn(tmp_path_factory, text, sku):
    assert matcher(tmp_path_factory, FABRIC_TH).match(text) == sku


@pytest.mark.parametrize("catalog, text", [
    (TOYS_PT, "checked out, thank you!"), (TOYS_PT, "ya está en el carrito"), (TOYS_PT, "muy caro"),
    (MOONCAKES_ZH, "บะหมี่อร่อยไหม"), (FABRIC_TH, "ontem comprei, muito caro o frete"), (FABRIC_TH, "llegó rayado 😡"),
    (FABRIC_TH, "giao chậm như rùa"), (FABRIC_TH, "ส่งช้าเป็นเต่า")])
def test_everyday_words_near_a_variant_name_none(tmp_path_factory, catalog, text):
    assert matcher(tmp_path_factory, catalog).match(text, words_only=True) is None


@pytest.mark.parametrize("text, tokens", [
    ("medio kilo porfa", {"500", "500g"}), ("ابي نص كيلو", {"500", "500g"}), ("السكري النص كيلو", {"500", "500g"}),
    ("setengah kilo 2 kotak", {"500", "500g"}), ("ครึ่งกิโล", {"500", "500g"}), ("半公斤", {"500", "500g"}),
    ("1/2 kg", {"500", "500g"}), ("ربع كيلو", {"250", "250g"}), ("half a litre", {"500", "500ml"})])
def test_half_or_a_quarter_of_a_kilo_or_a_litre_is_that_measure(text, tokens):
    assert measures_in(text) == tokens


def test_a_half_kilo_is_no_count():
    assert "2" in without_measures("setengah kilo 2 kotak") and "1/2" not in without_measures("1/2 kg")
