"""The encoder fallback for products no word names (round 10, after blind set 9): cosines centred on the
labeled comments' mean, a floor and a margin, and near twins told apart only by a word of the comment.
Vector arithmetic on made-up vectors first (no model), then the real encoder on catalogs of product
areas the kinds taxonomy lacked (oral care, gaming gear), in several languages."""

from __future__ import annotations

import numpy as np
import pytest

from studio.comments.understand.product_fallback import EncoderFallback, name_skeleton


def unit(*xs):
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


COMMON = np.array([0.95, 0, 0, 0, 0], dtype=np.float32)     # the direction every comment shares


def fallback(names, rows):
    vecs = np.stack([unit(*r) for r in rows])
    return EncoderFallback(names, vecs, np.arange(len(rows)), COMMON)


def test_centring_finds_the_product_raw_cosines_cannot_tell():
    fb = fallback(["Tongue Scraper", "Water Flosser"], [(3, 1, 0, 0, 0), (3, 0, 1, 0, 0)])
    comment = unit(3, 0.6, 0.1, 0, 0)
    assert min(unit(3, 1, 0, 0, 0) @ comment, unit(3, 0, 1, 0, 0) @ comment) > 0.9     # raw: both near
    assert fb.pick(comment, "raspador de língua é de inox?") == 0


def test_a_comment_about_nothing_on_sale_stays_null():
    fb = fallback(["Tongue Scraper", "Water Flosser"], [(3, 1, 0, 0, 0), (3, 0, 1, 0, 0)])
    assert fb.pick(unit(3, 0, 0, 1, 0), "包邮吗") is None


def test_no_clear_lead_no_product():
    fb = fallback(["Tongue Scraper", "Water Flosser"], [(3, 1, 0, 0, 0), (3, 0, 1, 0, 0)])
    assert fb.pick(unit(3, 0.5, 0.5, 0, 0), "the two of them?") is None


def test_without_a_centre_the_fallback_names_nothing():
    vecs = np.stack([unit(3, 1, 0, 0, 0), unit(3, 0, 1, 0, 0)])
    fb = EncoderFallback(["A", "B"], vecs, np.arange(2), None)
    assert fb.pick(unit(3, 1, 0, 0, 0), "a") is None


@pytest.mark.parametrize("a,b", [
    ("Replacement Brush Heads, 4-pack", "Replacement Brush Heads, 8-pack"),
    ("Wireless Game Controller, Black", "Wireless Game Controller, White"),
    ("白茶沐浴露 500ml", "白茶沐浴露 1L 家庭装"),
])
def test_twins_are_found_across_scripts(a, b):
    fb = fallback([a, b], [(3, 1, 0, 0, 0), (3, 0, 1, 0, 0)])
    assert fb.twins == [[1], [0]]


def test_unlike_names_are_no_twins():
    fb = fallback(["Sonic Electric Toothbrush", "Replacement Brush Heads, 4-pack"], [(3, 1, 0, 0, 0), (3, 0, 1, 0, 0)])
    assert fb.twins == [[], []]
    assert name_skeleton("Desk Mouse Pad XL 90x40 cm") == "desk mouse pad xl"


@pytest.mark.parametrize("names,text,expected", [
    (["Baby Wipes 80 sheets", "Baby Wipes 20 sheets"], "wipes got fragrance or no?", None),    # either pack
    (["Wireless Game Controller, White", "Wireless Game Controller, Black"],
     "el control blanco tiene vibración?", None),      # "blanco" is no word of the name: still either
    (["Wireless Game Controller, White", "Wireless Game Controller, Black"], "the white controller vibrates?", 0),
    (["白茶沐浴露 1L 家庭装", "白茶沐浴露 500ml"], "白茶沐浴露家庭装多少钱", 0),
    (["白茶沐浴露 1L 家庭装", "白茶沐浴露 500ml"], "沐浴露什么味道的？", None),
])
def test_a_twin_needs_its_telling_word(names, text, expected):
    fb = fallback(names, [(3, 1, 0, 0, 0), (3, 0, 1, 0, 0)])
    assert fb.pick(unit(3, 1, 0, 0, 0), text) == expected


# --- the real encoder -------------------------------------------------------------------------------

ORAL_GAMING = """# Oral Care and Gaming Live
markets: TH, VN, ID, MY, BR, MX, US
language: zh
currency: USD
## Products
| sku | name | price |
|---|---|---|
| OC-BRUSH | Sonic Electric Toothbrush | 24.90 USD |
| OC-FLOSS | Cordless Water Flosser | 32.90 USD |
| OC-SCRAPER | Stainless Steel Tongue Scraper | 2.90 USD |
| GM-MAT-XL | Desk Mouse Pad XL 90x40 cm | 14.90 USD |
| GM-HS | 7.1 Surround Gaming Headset with Mic | 34.90 USD |
## Segment: 刮舌器
product: OC-SCRAPER
不锈钢刮舌器，早上刮一下，口气清新一整天。
## Segment: 大号鼠标垫
product: GM-MAT-XL
九十乘四十的大桌垫，键盘鼠标一起放得下。
"""


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    from studio.comments.understand import CommentAnalyzer
    from studio.language.encoder import EncoderUnavailable, shared_encoder
    from studio.show import load_show

    try:
        shared_encoder()
    except EncoderUnavailable:
        pytest.skip("multilingual-e5-small is not installed")
    path = tmp_path_factory.mktemp("show") / "oral.show.md"
    path.write_text(ORAL_GAMING, encoding="utf-8")
    return CommentAnalyzer(load_show(path), host_language="zh", translator=False)


@pytest.mark.parametrize("text,sku", [
    ("raspador de língua é de inox?", "OC-SCRAPER"),                 # pt
    ("mousepad xl cabe teclado e mouse junto?", "GM-MAT-XL"),        # pt, "xl" is too short a word
])
def test_the_encoder_names_a_product_no_word_list_knows(analyzer, text, sku):
    assert analyzer.analyze(text).sku == sku


@pytest.mark.parametrize("text", ["包邮吗", "已拍 🙏", "hello everyone!", "ship to Monterrey?",
                                  "kak kapan dikirim?", "ส่งของวันไหนคะ"])
def test_comments_naming_no_product_stay_null(analyzer, text):
    assert analyzer.analyze(text).sku is None


def test_the_taxonomy_without_a_kind_drops_its_narrower_kinds_too():
    """What the benchmark's --without-catalog-kinds measures with: a product area the taxonomy never saw."""
    from studio.comments.understand.products import load_concepts

    lexicon, kinds, parents = load_concepts(frozenset({"vacuum"}))
    assert not {"vacuum", "robot vacuum", "handheld vacuum"} & kinds
    assert not (lexicon.find("robot vacuum nya bagus") | lexicon.find("máy hút bụi cầm tay")) & kinds   # "cầm tay": portable, a trait
    assert {"lipstick", "red"} <= lexicon.find("lipstik merah")     # other kinds and colours stay
    assert "robot vacuum" in load_concepts()[1]                     # the full taxonomy is untouched


def test_a_sign_off_line_describes_no_product():
    from studio.comments.understand.product_fallback import names_the_product

    names = ["ear-hoop", "gold hoop earrings", "gold hoops"]
    assert names_the_product("Last one: classic gold hoops that go with everything.", names)
    assert names_the_product("不锈钢刮舌器，早上刮一下，口气清新一整天。", ["oc-scraper", "刮舌器"])
    assert not names_the_product("Thank you so much for watching, see you next week!", names)
    assert not names_the_product("谢谢大家，下周见！", ["oc-scraper", "刮舌器"])


PADS = """# Desk Live
markets: US, BR, PH, ID
language: zh
## Products
| sku | name | price |
|---|---|---|
| MAT-XL | Desk Mouse Pad XL 90x40 cm | 14.90 USD |
| MAT-M | Mouse Pad M 36x30 cm | 6.90 USD |
| SHIRT-XXL | Oversized Tee XXL | 9.90 USD |
"""


@pytest.mark.parametrize("text,sku", [
    ("+1 xl mousepad", "MAT-XL"), ("keep 2 xl mousepad po", "MAT-XL"), ("mousepad xl cabe teclado?", "MAT-XL"),
    ("mau mousepad yg XL kak", "MAT-XL"), ("mouse pad M còn không", "MAT-M"),
    ("the mousepad looks nice", None),      # either pad
    ("excel file pls", None),               # "xl" inside a word is no size
])
def test_an_x_size_written_bare_tells_twins_apart(tmp_path, text, sku):
    from studio.comments.understand.measures import measures_in
    from studio.comments.understand.products import ProductMatcher
    from studio.show import load_show

    path = tmp_path / "pads.show.md"
    path.write_text(PADS, encoding="utf-8")
    assert ProductMatcher(load_show(path), encoder=None).match(text) == sku
    assert "size:xl" not in measures_in("xlarge excel exl")


def test_content_phrases_leave_out_everyday_words():
    from studio.comments.understand.product_fallback import MAX_PHRASES, content_phrases

    phrases = content_phrases("@ana_22 los guantes son unisex?")
    assert "guantes" in phrases and "los guantes" in phrases and not any("ana" in p for p in phrases)
    assert not any(p.isdigit() for p in content_phrases("quero 3 raspador de língua"))
    assert len(content_phrases("one two three four five six seven eight nine ten eleven twelve")) <= MAX_PHRASES
    assert content_phrases("🔥🔥🔥") == []


MOUTH_AND_DESK = ["Sonic Electric Toothbrush", "Cordless Water Flosser", "Alcohol-Free Mint Mouthwash 500 ml",
                  "Stainless Steel Tongue Scraper", "Desk Mouse Pad XL 90x40 cm", "7.1 Surround Gaming Headset with Mic"]


@pytest.fixture(scope="module")
def by_names():
    from studio.comments.understand.product_fallback import comment_centre
    from studio.language.encoder import EncoderUnavailable, shared_encoder

    try:
        encoder = shared_encoder()
    except EncoderUnavailable:
        pytest.skip("multilingual-e5-small is not installed")
    vecs = encoder.embed(MOUTH_AND_DESK)
    return EncoderFallback(MOUTH_AND_DESK, vecs, np.arange(len(MOUTH_AND_DESK)), comment_centre(), encoder)


# "quero 3 raspador de língua" was a case here: its best phrase scores 0.326 against the tongue scraper on one CPU and
# just over the 0.33 floor on another (the 4-bit engine's sums differ by machine), so it failed a fresh set-up. A case
# at the floor tests the CPU, not the behaviour; these clear it or miss it by a wide margin.
@pytest.mark.parametrize("text,index", [
    ("tongue scraper nya ada?", 3), ("water flosser nya bisa dicas?", 1),
    ("mouthwash nya ada rasa lain?", 2), ("the headset mic detachable?", 5),
    ("الله يوفقك", None), ("tabi po ako host", None), ("first time here!", None), ("包邮吗", None),
    ("kak kapan dikirim?", None), ("ส่งของวันไหนคะ", None),
])
def test_a_phrase_of_the_comment_finds_the_product_name(by_names, text, index):
    assert by_names._by_phrase(text) == index


def test_a_product_no_kind_covers_is_named_on_less_than_one_the_taxonomy_knows():
    # centred cosines 0.32 and 0.00: under the floor for a product with a kind, over the no-kind floor (round 17)
    rows = np.stack([unit(3, 1, 0, 0, 0), unit(3, 0, 1, 0, 0)])
    comment = unit(3, 0.2, 0, 0.5, 0.3)
    with_kinds = EncoderFallback(["Tongue Scraper", "Water Flosser"], rows, np.arange(2), COMMON)
    kindless = EncoderFallback(["Tongue Scraper", "Water Flosser"], rows, np.arange(2), COMMON, kindless=[True, True])
    assert with_kinds.pick(comment, "raspador de língua") is None
    assert kindless.pick(comment, "raspador de língua") == 0
    # the lead must still be the no-kind product's: a kind-covered one keeps the full floor
    half = EncoderFallback(["Tongue Scraper", "Water Flosser"], rows, np.arange(2), COMMON, kindless=[False, True])
    assert half.pick(comment, "raspador de língua") is None


def test_the_no_kind_floor_is_read_by_the_comments_script():
    from studio.comments.understand.product_fallback import script_of

    assert [script_of(t) for t in ("ลิปสีนี้", "كم سعره", "这个多少钱", "raspador de língua", "giá bao nhiêu")] == [
        "thai", "arabic", "han", "latin", "latin"]


def test_the_no_kind_floor_needs_a_word_no_everyday_comment_says():
    rows = np.stack([unit(3, 1, 0, 0, 0), unit(3, 0, 1, 0, 0)])
    kindless = EncoderFallback(["Tongue Scraper", "Water Flosser"], rows, np.arange(2), COMMON, kindless=[True, True])
    assert kindless.pick(unit(3, 0.2, 0, 0.5, 0.3), "mine mine mine") is None
