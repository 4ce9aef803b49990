"""Comments round 26: a product noun in the buyer's language meets a catalog named in another through the cross-language
noun lexicon (assets/comments/nouns/: the project's glossary, CLDR's emoji names, CC-CEDICT; product_nouns.py), with
the kinds taxonomy whole and without the catalog's kinds (a product area the taxonomy never saw). Catalogs written for
these tests (none is a folded set's)."""

import importlib.util
import re
from pathlib import Path

import pytest
import yaml

from studio.comments.understand import products as products_module
from studio.comments.understand.catalog_concepts import concepts_of_names
from studio.comments.understand.intent_head import comments_assets_dir
from studio.comments.understand.product_nouns import load_nouns, noun_spans, nouns_of_names
from studio.comments.understand.wordmatch import fold
from studio.comments.understand.products import ProductMatcher
from studio.show import load_show

ROOT = Path(__file__).resolve().parents[2]

# a Brazilian host's garden tools, asked for in Thai, Vietnamese, Arabic, Indonesian, Chinese
GARDEN_PT = """# Jardim em casa
markets: BR, TH, VN, SA, ID, CN
language: pt
## Products
| sku | name | price |
|---|---|---|
| MANG-20 | Mangueira de jardim 20 m com esguicho | 89.90 BRL |
| TES-PODA | Tesoura de poda de aço | 39.90 BRL |
| ADUBO-1 | Adubo orgânico 1 kg | 24.90 BRL |
| VASO-G | Vaso de planta grande, terracota | 59.90 BRL |
"""

# a Thai host's music shop, asked for in Spanish, Malay, Arabic, English
MUSIC_TH = """# ร้านดนตรี
markets: TH, MX, MY, SA, US
language: th
## Products
| sku | name | price |
|---|---|---|
| GT-AC | กีตาร์โปร่ง 41 นิ้ว | 2590 THB |
| UKE-23 | อูคูเลเล่ 23 นิ้ว | 990 THB |
| VIO-44 | ไวโอลิน 4/4 พร้อมกล่อง | 3290 THB |
"""

# an English host's lash bar: the lashes themselves and the glue for them
LASHES_EN = """# Lash bar
markets: US, SA, ID, MY
language: en
## Products
| sku | name | price |
|---|---|---|
| LASH-BOX | Lash Extension Clusters, 100 pcs | 15.00 USD |
| GLUE-5 | Lash Extension Glue, 5 ml | 11.00 USD |
| CURL-1 | Eyelash Curler | 9.00 USD |
"""


def _matcher(tmp_path, text, without_catalog_kinds=False, monkeypatch=None):
    path = tmp_path / "shop.show.md"
    path.write_text(text, encoding="utf-8")
    show = load_show(path)
    if without_catalog_kinds:
        full = products_module.load_concepts
        removed = frozenset(concepts_of_names([p.name for p in show.products]) & full()[1])
        monkeypatch.setattr(products_module, "load_concepts", lambda: full(removed))
    return ProductMatcher(show)


GARDEN_CASES = [
    ("สายยางยาวกี่เมตรคะ", "MANG-20"), ("ống nước dài bao nhiêu mét vậy shop", "MANG-20"),
    ("مقص تقليم كم سعره؟", "TES-PODA"), ("kéo cắt cành có bén không", "TES-PODA"),
    ("pupuk ini buat tanaman hias bisa?", "ADUBO-1"), ("这个肥料怎么用", "ADUBO-1"),
    ("chậu cây to có lỗ thoát nước không", "VASO-G"),
    ("boa noite, chegando agora", None), ("ส่งฟรีไหมคะ", None),
]


@pytest.mark.parametrize("without", [False, True])
@pytest.mark.parametrize("text,sku", GARDEN_CASES)
def test_a_buyers_noun_names_a_catalog_written_in_another_language(tmp_path, monkeypatch, text, sku, without):
    assert _matcher(tmp_path, GARDEN_PT, without, monkeypatch).match(text) == sku


@pytest.mark.parametrize("text,sku", [
    ("la guitarra trae funda?", "GT-AC"), ("gitar ni ada warranty ke", "GT-AC"),
    ("كم سعر الجيتار", "GT-AC"), ("is the violin for beginners?", "VIO-44"), ("el violín viene con arco?", "VIO-44"),
    ("how many strings does the ukulele have", "UKE-23"),
])
def test_a_thai_catalog_asked_for_in_latin_and_arabic_script(tmp_path, monkeypatch, text, sku):
    assert _matcher(tmp_path, MUSIC_TH, True, monkeypatch).match(text) == sku


@pytest.mark.parametrize("text,sku", [
    ("بغيت علبتين رموش", "LASH-BOX"), ("bulu mata 2 kotak ya kak", "LASH-BOX"),
    ("lem bulu mata nya tahan air?", "GLUE-5"), ("الغراء يناسب الرموش الطويلة؟", "GLUE-5"),
])
def test_of_two_products_a_noun_names_the_one_that_is_only_that(tmp_path, monkeypatch, text, sku):
    """The glue is for lashes too ("Lash Extension Glue"): "the lashes" are the clusters, "the glue" the glue."""
    assert _matcher(tmp_path, LASHES_EN, True, monkeypatch).match(text) == sku


def nouns_of_comment(text: str) -> set[str]:
    return set(noun_spans(fold(text)))


def test_a_noun_inside_a_longer_noun_is_not_read():
    assert nouns_of_comment("รถเข็นเด็กพับได้ไหม") == {"noun:stroller"}          # not the cart, รถเข็น
    assert nouns_of_comment("quiero el casco negro") == {"noun:bike helmet"}
    assert "noun:frying pan" not in nouns_of_comment("I baked bread in the oven")


def test_what_comes_with_a_product_is_not_what_it_is():
    assert nouns_of_names(["Ventilador de pie con control remoto"]) == {"noun:electric fan"}
    assert nouns_of_names(["Kit de seguridad: candado en U y luces LED"]) >= {"noun:bike lock"}


def _noun_files():
    base = comments_assets_dir() / "nouns"
    out = {}
    for name in ("glossary.yaml", "cldr.yaml", "cedict.yaml"):
        data = yaml.safe_load((base / name).read_text(encoding="utf-8"))
        group = data.get("glossary") or data.get("nouns")
        out[name] = {c: ([w for ws in v.values() for w in ws] if isinstance(v, dict) else v) for c, v in group.items()}
    return out


def test_every_noun_file_ships_with_its_licence_and_reads():
    base = comments_assets_dir() / "nouns"
    attribution = (base / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "Unicode-3.0" in attribution and "CC BY-SA 4.0" in attribution and "glossary.yaml" in attribution
    files = _noun_files()
    assert len(files["glossary.yaml"]) >= 140 and len(files["cldr.yaml"]) >= 200 and len(files["cedict.yaml"]) >= 100
    assert len(load_nouns().concepts) >= len(files["glossary.yaml"])


def _builder():
    spec = importlib.util.spec_from_file_location("build_product_nouns", ROOT / "scripts" / "build_product_nouns.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_noun_matches_inside_everyday_words():
    """No single Chinese character and no Thai word under 3 letters (they sit inside longer words), and none of the
    words that are mostly something else in one of the languages ("son" is Spanish, "fan" and "watch" English)."""
    for name, concepts in _noun_files().items():
        for concept, words in concepts.items():
            for w in map(str, words):
                assert not (re.search(r"[\u3400-\u9fff]", w) and len(w) < 2), (name, concept, w)
                assert not (re.search(r"[\u0e00-\u0e7f]", w) and len(w) < 3), (name, concept, w)
                assert w not in {"son", "fan", "watch", "pan", "cola", "baja", "collar", "mi", "pie", "ساعة", "كمان"}, (name, w)


# loans that mean the same thing in the other language, where the glossary's list for it does not repeat them
SAME_THING = {"walker", "tv", "camera", "smartphone", "phone", "bola", "cup"}


def test_no_glossary_word_is_an_everyday_word_of_another_language():
    homograph = _builder().homograph
    glossary = yaml.safe_load((comments_assets_dir() / "nouns" / "glossary.yaml").read_text(encoding="utf-8"))["glossary"]
    for concept, langs in glossary.items():
        same = {k: [str(x).lower() for x in v] for k, v in langs.items()}
        for lang, words in same.items():
            found = [(w, homograph(w, lang, same)) for w in words if w not in SAME_THING and lang in ("en", "es", "pt",
                     "id", "ms", "tl", "vi")]
            assert not [x for x in found if x[1]], (concept, lang, found)
    assert homograph("pie", "en", {}) == "es" and homograph("alis", "id", {}) == "tl"
    assert homograph("bola", "pt", {"id": ["bola"], "ms": ["bola"], "tl": ["bola"]}) is None
