"""CommentAnalyzer on the real encoder (multilingual-e5-small) and the example show: intents and
products across languages (the issue's examples), FAQ replies in the buyer's language, a reply
withheld by the claim check, grouping, the segment's product, translation never faked."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from studio.comments.understand import CommentAnalyzer
from studio.language.encoder import EncoderUnavailable, shared_encoder
from studio.show import load_show
from studio.show.model import FaqEntry

SHOW = Path(__file__).resolve().parents[2] / "assets" / "shows" / "autumn-lip-launch.show.md"


@pytest.fixture(scope="module")
def show():
    return load_show(SHOW)


@pytest.fixture(scope="module")
def analyzer(show):
    try:
        shared_encoder()
    except EncoderUnavailable as exc:
        pytest.fail(f"{exc} (run scripts/setup.sh)")
    return CommentAnalyzer(show, host_language="zh", translator=False)


@pytest.mark.parametrize("text,intent,sku", [
    ("CF 2", "buy", None), ("keep 1 kak", "buy", None), ("chốt", "buy", None), ("+1", "buy", None),
    ("the red one please, I want it", "buy", "LIP-RUBY"), ("quiero el labial rojo", "buy", "LIP-RUBY"),
    ("ada kacamata warna lain?", "question", "EYE-AVI"), ("bông tai ngọc trai còn không shop?", "question", "EAR-HOOP"),
    ("how long does shipping take to Chile?", "question", None), ("لقد وصلني الروج مكسورا", "complaint", "LIP-RUBY"),
    ("唇彩好好看", "praise", "LIP-NUDE"), ("สวัสดีค่ะ ดูจากภูเก็ต", "other", None), ("óculos lindo demais", "praise", "EYE-AVI"),
    ("my lipstik arrived broken, very bad", "complaint", "LIP-RUBY"),
])
def test_intent_and_product_across_languages(analyzer, text, intent, sku):
    u = analyzer.analyze(text)
    assert (u.intent, u.sku) == (intent, sku), u


def test_a_buy_states_its_quantity_and_names_no_product_unless_on_air(analyzer):
    assert (analyzer.analyze("أريد ٢").quantity, analyzer.analyze("أريد ٢").sku) == (2, None)
    on_air = analyzer.analyze("CF 2", current_sku="LIP-NUDE")
    assert (on_air.sku, on_air.sku_from_segment, on_air.quantity) == ("LIP-NUDE", True, 2)
    named = analyzer.analyze("quero 1 batom vermelho", current_sku="LIP-NUDE")
    assert (named.sku, named.sku_from_segment) == ("LIP-RUBY", False)
    assert analyzer.analyze("love this live!!", current_sku="LIP-NUDE").sku is None   # praise: no product


def test_faq_reply_in_the_buyers_language_or_none(analyzer):
    es = analyzer.analyze("¿cuánto tarda el envío a Chile?")
    assert es.lang == "es" and es.faq_topic == "shipping"
    assert es.reply == "Los pedidos salen en 2 días; la entrega tarda de 5 a 10 días."
    th = analyzer.analyze("ส่งกี่วันคะ")
    assert th.reply and th.reply.startswith("จัดส่งภายใน 2 วัน")
    ko = analyzer.analyze("배송 며칠 걸려요?")              # no approved Korean answer: no reply, never a guess
    assert ko.reply is None
    assert analyzer.analyze("is the gloss sticky?").reply is None   # no FAQ for it
    # the shipping entry's "¿Cuánto tarda el envío?" says "cuánto": a price question is still no shipping question
    for text in ("¿cuánto cuesta el labial rojo?", "quanto custa o batom vermelho?", "how much is the red one?"):
        assert analyzer.analyze(text).reply is None, text
    # a topic verb with its endings still names the topic ("تشحنون" of "شحن"), unlike a kind of product
    assert analyzer.analyze("السلام عليكم، هل تشحنون إلى السعودية؟").reply is not None


def test_a_shop_wide_question_takes_no_product_from_the_segment(analyzer):
    u = analyzer.analyze("do you do gift wrap?", current_sku="EYE-AVI")
    assert u.sku is None and u.faq_topic == "gift wrap"


def test_a_non_compliant_approved_answer_is_withheld_with_the_reason(show):
    risky = copy.deepcopy(show)
    risky.faq = [FaqEntry(title="Acne", topic="acne", questions=["Does it help with acne?", "¿Sirve para el acné?"],
                          answer="Yes, it cures acne in 3 days, guaranteed.", answer_language="en",
                          translations={"es": "Sí, cura el acné en 3 días, garantizado."})]
    analyzer = CommentAnalyzer(risky, host_language="zh", translator=False)
    u = analyzer.analyze("¿sirve para el acné?")
    assert u.faq_topic == "acne" and u.reply is None
    assert "withheld" in u.reply_withheld and "US" in u.reply_withheld


def test_repeated_questions_group_under_a_stable_key(show):
    analyzer = CommentAnalyzer(show, host_language="zh", translator=False)
    keys = [analyzer.analyze(t).group for t in ["do you ship to Chile?", "envían a Chile?", "vocês enviam pro Chile?",
                                                 "ส่งไปชิลีได้ไหม", "is the gloss sticky?", "is the gloss sticky??"]]
    assert keys[:4] == ["faq:shipping"] * 4
    assert keys[4] == keys[5] and keys[4].startswith("q:LIP-NUDE:")
    groups = analyzer.groups()
    assert (groups[0].key, groups[0].count) == ("faq:shipping", 4)
    assert groups[0].summary == "4 people ask about shipping"
    assert sum(groups[0].languages.values()) == 4 and len(groups[0].examples) == 3
    assert groups[0].replies["es"].startswith("Los pedidos") and groups[0].replies["th"].startswith("จัดส่ง")
    assert analyzer.analyze("hi from texas").group == "other"


def test_translation_comes_from_the_translator_and_is_never_faked(show):
    calls = []

    def translator(text, source, target):
        calls.append((source, target))
        return f"<{target}>{text}"

    analyzer = CommentAnalyzer(show, host_language="zh", translator=translator)
    assert analyzer.analyze("quero o batom vermelho").translation == "<zh>quero o batom vermelho"
    assert analyzer.analyze("红色还有货吗").translation is None           # already the host's language
    assert analyzer.analyze("+1").translation is None                      # no language to translate from
    assert calls == [("pt", "zh")]
    declined = CommentAnalyzer(show, host_language="zh", translator=lambda *a: None)
    assert declined.analyze("quero o batom vermelho").translation is None


def test_untrusted_text_is_cleaned_and_capped(analyzer):
    u = analyzer.analyze("CF\x00 2\x1b[31m" + "x" * 5000)
    assert "\x00" not in u.text and "\x1b" not in u.text and len(u.text) <= 500
    assert analyzer.analyze(" \x00 \n").intent == "other"


def test_the_default_translator_uses_an_installed_caption_model_and_none_without(show, tmp_path, monkeypatch):
    """Through the real caption hub and CTranslate2 on a tiny OPUS-MT-layout model (random weights:
    the words are nonsense, the loading and decoding are the product's)."""
    from tests.captions.tiny_mt import opus_mt_folder

    monkeypatch.setenv("STUDIO_MODELS_DIR", str(tmp_path / "models"))
    analyzer = CommentAnalyzer(show, host_language="en")
    assert analyzer.analyze("quero o batom vermelho").translation is None      # no pt->en model: None
    opus_mt_folder(tmp_path / "models" / "opus-mt-es-en", "es", "en")
    fresh = CommentAnalyzer(show, host_language="en")
    translated = fresh.analyze("quiero el labial rojo")
    assert translated.lang == "es" and isinstance(translated.translation, str) and translated.translation.strip()


def test_any_catalog_shade_numbers_and_typos(tmp_path):
    """A catalog without aliases or looks: names, numbers and kinds do the work."""
    from studio.show import parse_show

    show = parse_show("# Base\nmarkets: ID\nlanguage: id\n\n## Products\n| sku | name | price |\n|---|---|---|\n"
                      "| CU-21 | Glow Cushion 21 Light | 10 USD |\n| CU-23 | Glow Cushion 23 Natural | 10 USD |\n"
                      "| NK-PRL | Pearl Necklace | 30 USD |\n\n## Segment: Cushions\nproduct: CU-21\nHello\n")
    analyzer = CommentAnalyzer(show, host_language="zh", translator=False)
    assert analyzer.analyze("cushion no 21 ready kak?").sku == "CU-21"
    assert analyzer.analyze("mau cushion 23 satu").sku == "CU-23"
    assert analyzer.analyze("kalung mutiara masih ada?").sku == "NK-PRL"
    assert analyzer.analyze("pearl neckalce pls").sku == "NK-PRL"
    assert analyzer.analyze("cushion 21").quantity is None


def test_analyze_from_several_threads_gives_what_one_thread_gives(show):
    from concurrent.futures import ThreadPoolExecutor

    texts = ["CF 2", "¿cuánto tarda el envío?", "ลิปแดง ๒ แท่ง", "耳环是真金吗", "do you ship to Chile?", "gloss x1"] * 3
    alone = CommentAnalyzer(show, host_language="zh", translator=False)
    expected = [(u.lang, u.intent, u.sku, u.quantity, u.reply) for u in map(alone.analyze, texts)]
    shared = CommentAnalyzer(show, host_language="zh", translator=False)
    with ThreadPoolExecutor(4) as pool:
        got = [(u.lang, u.intent, u.sku, u.quantity, u.reply) for u in pool.map(shared.analyze, texts)]
    assert got == expected
    assert sum(g.count for g in shared.groups()) == sum(g.count for g in alone.groups()) == 9


def test_the_buyers_market_is_inferred_only_where_the_comment_says_it(analyzer, show):
    from studio.comments.understand.market import infer_market

    assert infer_market("envían a Chile??", "es", ["MX", "BR"]) == "CL"            # named, outside the show's
    assert infer_market("frete pra mim?", "pt", ["MX", "BR"]) == "BR"             # the one market speaking pt
    assert infer_market("هل يوجد شحن؟", "ar", ["SA", "AE"]) is None                # two markets speak ar: unknown
    assert infer_market("from Mexico, ship to Chile?", "en", ["MX"]) is None       # two countries: not said which
    u = analyzer.analyze("¿cuánto tarda el envío a Chile?")
    assert u.market == "CL" and u.reply is not None
    assert "CL" in u.reply_checked_for and set(show.markets) <= set(u.reply_checked_for)
