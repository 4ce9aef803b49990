"""Comments round 23: products named in the buyer's own language by the buyers' lexicon (assets/comments/lexicon):
generic heads ("المكينة", "الطقم", "زيت") and descriptors (scents, materials, shapes, what it is for) that meet a product
through the catalog's own words, in whatever language the catalog is written; the encoder decides with them."""

import numpy as np
import pytest

from studio.comments.understand.buyer_words import lexicon_pick
from studio.comments.understand.catalog_concepts import concepts_of_names, load_concepts
from studio.comments.understand.products import ProductMatcher
from studio.show import load_show

# an English grooming catalog, two beard oils told apart by their scent only
GROOMING_EN = """# Beard Night
markets: SA, AE, EG, BR, MX, ID, VN, TH, TW
language: en
## Products
| sku | name | price |
|---|---|---|
| OIL-SAN | Sandalwood Beard Oil 30 ml | 12.00 USD |
| OIL-CED | Cedar & Mint Beard Oil 30 ml | 12.00 USD |
| TRIM | Electric Beard Trimmer | 29.00 USD |
| KIT | Beard Grooming Kit, 6 pieces | 19.00 USD |
"""

# the same shop written in Chinese for a Chinese host
GROOMING_ZH = """# 胡子专场
markets: SA, AE, MY, TH, VN
language: zh
## Products
| sku | name | price |
|---|---|---|
| OIL-SAN | 檀香胡须护理油 30ml | 12.00 USD |
| OIL-CED | 雪松薄荷胡须护理油 30ml | 12.00 USD |
| TRIM | 三刀头电动剃须刀 | 29.00 USD |
| KIT | 六件套装 | 19.00 USD |
"""

# a home catalog: descriptors of shape and material name one product each
HOME = """# Cosy Home
markets: MX, BR, ID, VN, TH, SA
language: en
## Products
| sku | name | price |
|---|---|---|
| PIL-CLD | Memory Foam Cloud Pillow | 25.00 USD |
| BLK-SLK | Ice Silk Summer Blanket | 39.00 USD |
| NCK-HRT | 925 Silver Heart Pendant | 29.00 USD |
| MUG-CER | Ceramic Coffee Mug 350 ml | 9.00 USD |
"""


def matcher(tmp_path_factory, text, name="show"):
    path = tmp_path_factory.mktemp("show") / f"{name}.show.md"
    path.write_text(text, encoding="utf-8")
    return ProductMatcher(load_show(path))


@pytest.mark.parametrize("catalog", [GROOMING_EN, GROOMING_ZH])
@pytest.mark.parametrize("text", ["الجهاز ينفع للدقن الطويلة؟", "el makana b kam?", "el aparato es bueno?", "a máquina é boa?",
                                  "máy này chống nước không", "เครื่องนี้กันน้ำไหมครับ", "这台能水洗吗", "mesin ni boleh basuh ke?"])
def test_the_machine_names_the_one_electric_product(tmp_path_factory, catalog, text):
    assert matcher(tmp_path_factory, catalog).match(text) == "TRIM"


@pytest.mark.parametrize("catalog", [GROOMING_EN, GROOMING_ZH])
@pytest.mark.parametrize("text, sku", [
    ("زيت الصندل ريحته خيال", "OIL-SAN"), ("أبي زيت النعناع", "OIL-CED"), ("aceite de sándalo 1 porfa", "OIL-SAN"),
    ("óleo de cedro tem cheiro forte?", "OIL-CED"), ("minyak cendana 1 kak", "OIL-SAN"), ("dầu bạc hà còn không shop", "OIL-CED"),
    ("檀香那瓶油还有吗", "OIL-SAN"), ("zeit el na3na3 wa7ed", "OIL-CED")])
def test_a_scent_tells_the_twin_oils_apart_in_the_buyers_language(tmp_path_factory, catalog, text, sku):
    assert matcher(tmp_path_factory, catalog).match(text) == sku


@pytest.mark.parametrize("catalog", [GROOMING_EN, GROOMING_ZH])
@pytest.mark.parametrize("text", ["الطقم كم سعره؟", "quero o kit", "ambil 1 set kak", "套装还有吗", "cả bộ giá bao nhiêu"])
def test_the_set_names_the_kit(tmp_path_factory, catalog, text):
    assert matcher(tmp_path_factory, catalog).match(text) == "KIT"


@pytest.mark.parametrize("catalog", [GROOMING_EN, GROOMING_ZH])
@pytest.mark.parametrize("text", ["زيت واحد لو سمحت",          # two oils: the oil names neither
                                  "加油加油", "เครื่องประดับสวยมาก", "all set, thanks!", "machine washable?",
                                  "الله كريم", "hati-hati di jalan kak"])
def test_a_head_that_fits_two_or_an_everyday_word_names_none(tmp_path_factory, catalog, text):
    assert matcher(tmp_path_factory, catalog).match(text) is None


@pytest.mark.parametrize("text, sku", [
    ("أبي مخدتين من السحابة", "PIL-CLD"), ("travesseiro nuvem é bom?", "PIL-CLD"), ("lấy gối đám mây nha", "PIL-CLD"),
    ("la cobija de seda está fresca?", "BLK-SLK"), ("selimut sutra 1 kak", "BLK-SLK"), ("سلسال القلب يجنن", "NCK-HRT"),
    ("el collar de corazón 1", "NCK-HRT"), ("dây chuyền trái tim", "NCK-HRT"), ("สร้อยจี้หัวใจ", "NCK-HRT"),
    ("caneca de cerâmica 2", "MUG-CER"), ("كوب سيراميك", "MUG-CER")])
def test_a_shape_or_material_names_the_one_product_that_has_it(tmp_path_factory, text, sku):
    assert matcher(tmp_path_factory, HOME).match(text) == sku


@pytest.mark.parametrize("text", ["gracias de corazón por el live", "من كل قلبي شكرا", "5 stars seller"])
def test_thanks_from_the_heart_names_no_heart_pendant(tmp_path_factory, text):
    assert matcher(tmp_path_factory, HOME).match(text) is None


def test_heads_are_no_kinds_and_a_colour_word_is_no_head():
    lexicon, kinds, _ = load_concepts()
    assert not lexicon.heads & kinds
    assert "head:machine" in concepts_of_names(["三刀头电动剃须刀"])      # inside the shaver's kind word too
    assert "head:cream" not in concepts_of_names(["Canvas Tote Bag, Cream"])
    assert "head:set" in concepts_of_names(["Matte Claw Clips, Set of 6"])
    assert "head:machine" not in concepts_of_names(["Precision Screwdriver Set with battery case"])


def test_the_encoder_decides_with_the_lexicon():
    scores = np.array([0.0, 0.5, 0.0])
    near_one = np.array([0.1, 0.4, 0.2])
    near_two = np.array([0.1, 0.2, 0.4])
    assert lexicon_pick(scores, None, near_one) == 1        # the lexicon's one best, the encoder nearest it too
    assert lexicon_pick(scores, None, near_two) is None     # the encoder is nearer another product: none
    assert lexicon_pick(scores, 1, near_one) == 1           # both agree
    assert lexicon_pick(scores, 2, near_two) == 2           # the encoder's own pick stands, as without the lexicon
    slightly = np.array([0.1, 0.30, 0.33])
    assert lexicon_pick(scores, None, slightly) == 1        # nearer another by less than the margin: no veto
    tied = np.array([0.5, 0.5, 0.0])
    assert lexicon_pick(tied, 2, near_two) == 2             # the lexicon ties: the encoder's own pick stands
    assert lexicon_pick(tied, None, near_one) is None
