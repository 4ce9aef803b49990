"""Comments round 28 (issue 11; DEV): a kind named in brackets is what a product is used on, not what it is (a topper
"for use on a mattress" is no mattress); bed twins told apart by the bed size in the buyer's words (queen, king,
casal, feet, 尺) against the widths the names give (150×190 cm, 6尺, 1m8); lengths glued Vietnamese-style ("2m7") read
as metres; "short" and "long" pick the shorter and longer of length twins; product nouns of sleep, fitness and
fishing gear in every language, also beside a broad kind the catalog's products share ("joran" is a fishing kind and a
rod). Catalogs written for these tests (none is a folded set's); words and rules only."""

from __future__ import annotations

import pytest

from studio.comments.understand.bed_sizes import BedSizes, widths_of_name
from studio.comments.understand.catalog_concepts import concepts_of_names
from studio.comments.understand.measures import measures_in
from studio.comments.understand.quantity import quantity
from tests.comments.test_understand_kinds_taxonomy import _matcher

# a Malaysian host's bedding, in English: mattress twins by width, a topper, a sleep set of two parts
BEDDING_EN = """# Sleep well
markets: MY, SG, ID
language: en
currency: MYR

## Products
| sku | name | price | stock | notes |
|---|---|---|---|---|
| MAT-5 | Pocket Spring Mattress 150x190cm | 899 MYR | 10 | |
| MAT-6 | Pocket Spring Mattress 180x190cm | 1099 MYR | 10 | |
| TOP | Memory Foam Topper (for any mattress) 5cm | 299 MYR | 10 | |
| SLEEP | Sleep Set: Contour Pillow + Silk Eye Mask | 129 MYR | 10 | |
"""

# a Brazilian host's bedding, by feet in the names
COLCHAO_PT = """# Noite boa
markets: BR
language: pt
currency: BRL

## Products
| sku | name | price | stock | notes |
|---|---|---|---|---|
| COL-CASAL | Colchão de molas 138x188 | 999 BRL | 10 | |
| COL-KING | Colchão de molas 193x203 | 1899 BRL | 10 | |
"""

# a Vietnamese host's fishing gear: two rod lengths, a reel, a kit of parts
FISHING_VI = """# Đồ câu
markets: VN, MY, TH
language: vi
currency: VND

## Products
| sku | name | price | stock | notes |
|---|---|---|---|---|
| ROD-18 | Cần câu tay carbon 1m8 | 300000 VND | 10 | |
| ROD-30 | Cần câu tay carbon 3m0 | 500000 VND | 10 | |
| REEL | Máy câu cá kim loại 2000 | 450000 VND | 10 | |
| KIT | Bộ đồ câu: hộp đựng, cước câu và lưỡi câu | 150000 VND | 10 | |
"""

# a Mexican host's home gym: a kit of parts named alone
GYM_ES = """# Gimnasio en casa
markets: MX, US
language: es
currency: MXN

## Products
| sku | name | price | stock | notes |
|---|---|---|---|---|
| PESA-8 | Pesa rusa de hierro 8 kg | 499 MXN | 10 | |
| KIT | Kit de entrenamiento: bandas elásticas, cuerda para saltar y rueda abdominal | 399 MXN | 10 | |
| MAT | Tapete de yoga 6 mm | 299 MXN | 10 | |
"""


@pytest.fixture(scope="module")
def bedding(tmp_path_factory):
    return _matcher(tmp_path_factory, "bedding-en", BEDDING_EN)


@pytest.fixture(scope="module")
def colchao(tmp_path_factory):
    return _matcher(tmp_path_factory, "colchao-pt", COLCHAO_PT)


@pytest.fixture(scope="module")
def fishing(tmp_path_factory):
    return _matcher(tmp_path_factory, "fishing-vi", FISHING_VI)


@pytest.fixture(scope="module")
def gym(tmp_path_factory):
    return _matcher(tmp_path_factory, "gym-es", GYM_ES)


def test_a_kind_in_brackets_is_what_the_product_is_used_on():
    assert "mattress" not in concepts_of_names(["记忆棉薄床垫（铺在床垫上用）7公分"])
    assert "mattress topper" in concepts_of_names(["记忆棉薄床垫（铺在床垫上用）7公分"])
    assert "mattress" in concepts_of_names(["独立袋装弹簧床垫 5尺（150×190cm）"])
    assert "women" in concepts_of_names(["Mesh Watch 36 mm (women's size)"])       # a trait in brackets stays


@pytest.mark.parametrize("text,sku", [
    ("how thick is the queen mattress", "MAT-5"), ("kasur king satu", "MAT-6"), ("un colchón king para mí", "MAT-6"),
    ("keep the 6ft one for me", "MAT-6"), ("5尺的床垫多厚？", "MAT-5"), ("ที่นอนคิงไซส์ส่งฟรีไหม", "MAT-6"),
    ("is the mattress firm or soft", None),             # either mattress: no size said (the topper is none)
    ("the topper is it washable", "TOP"), ("eye mask adjustable?", "SLEEP"), ("penutup mata bisa dicuci?", "SLEEP"),
])
def test_bed_twins_by_the_buyers_bed_size(bedding, text, sku):
    assert bedding.match(text) == sku


@pytest.mark.parametrize("text,sku", [
    ("quero o colchão casal", "COL-CASAL"), ("o king é de molas ensacadas?", "COL-KING"), ("colchão de molas?", None),
])
def test_bed_twins_by_a_size_word_against_dimensions(colchao, text, sku):
    assert colchao.match(text) == sku


def test_bed_widths_of_names_and_a_show_without_beds():
    assert widths_of_name("nệm 1m8") == {180.0}
    assert widths_of_name("colchão 138x188") == {138.0}
    assert round(min(widths_of_name("床垫 6尺"))) == 183
    assert not BedSizes([["Lipstick Queen Red"], ["Lipstick King Nude"]]).scores("the queen one").any()


def test_a_length_glued_with_its_unit_and_feet_are_no_count():
    assert measures_in("Cần câu máy carbon 2m7") >= {"2.7m"}
    assert measures_in("คันยาว 2.7 เมตร") >= {"2.7m"}
    assert quantity("keep the 6ft one for me") is None and quantity("6尺的已付款") is None


@pytest.mark.parametrize("text,sku", [
    ("cần 3m có nặng không", "ROD-30"), ("คันยาว 3 เมตร หนักไหม", "ROD-30"), ("ambil dua joran pendek", "ROD-18"),
    ("จองคันสั้นครับ", "ROD-18"), ("joran ni boleh pakai kat laut?", None),      # either rod
    ("เอารอก 1 ตัวครับ", "REEL"), ("kekili tu berapa bearing", "REEL"), ("carrete de metal?", "REEL"),
    ("lưỡi câu size mấy", "KIT"), ("mata kail dalam set tu saiz berapa", "KIT"), ("สาย PE ยาวกี่เมตร", None),
])
def test_fishing_gear_named_in_the_buyers_words(fishing, text, sku):
    assert fishing.match(text) == sku


@pytest.mark.parametrize("text,sku", [
    ("las ligas aguantan un montón", None),               # "ligas" alone is no listed word for bands
    ("las bandas de resistencia son de látex?", "KIT"), ("the jump rope is adjustable?", "KIT"),
    ("حبل النط طوله يتعدل؟", "KIT"), ("ang ganda ng resistance bands", "KIT"), ("kettlebell risca o piso?", "PESA-8"),
])
def test_a_kit_part_named_alone(gym, text, sku):
    assert gym.match(text) == sku
