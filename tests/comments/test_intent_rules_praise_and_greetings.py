"""Intent rules of round 7 (after blind set 6), in every language: praise that holds a negation ("ไม่ผิดหวัง",
"no me arrepiento", "不后悔") or that the head misreads is praise; praise with a but, a slow clap or "they said"
stays what the head says; a greeting then a question is a question; "I want it" alone is a buy, and so is
"paid already" where the head leans complaint. The head's (intent, score) is given: each rule alone, no encoder."""

from __future__ import annotations

import pytest

from studio.comments.understand.intent_rules import apply_rules, complains, praises


@pytest.mark.parametrize("text,lang", [
    ("ไม่ผิดหวังเลยค่ะ ซื้อรอบที่สามแล้ว", "th"), ("no me arrepiento de la compra, llegó todo bien", "es"),
    ("não me arrependo, já é a segunda", "pt"), ("tidak menyesal beli di sini kak", "id"),
    ("không thất vọng luôn shop ơi", "vi"), ("ما ندمت والله، ثاني مرة أطلب", "ar"), ("买了不后悔 已经回购两次", "zh"),
    ("no regrets at all, second order", "en"),
])
def test_praise_said_with_a_negation_is_praise(text, lang):
    assert complains(text) is False           # "ผิดหวัง", "thất vọng", "失望" alone are complaint words
    assert apply_rules(text, lang, "complaint", 0.7)[0] == "praise"
    assert apply_rules(text, lang, "complaint", 0.95)[0] == "praise"


@pytest.mark.parametrize("text,lang", [
    ("ขวดนมดีมาก ลูกไม่แหวะนมเลย", "th"),             # the negation is about the baby, not the bottle
    ("pisaunya tajem bgt kak, mantul", "id"), ("nồi chiên xịn lắm, giòn rụm", "vi"),
    ("that brush is magic, my dog loves it", "en"), ("a escova é maravilhosa, amei", "pt"),
])
def test_praise_words_overrule_a_head_that_reads_complaint(text, lang):
    assert apply_rules(text, lang, "complaint", 0.7)[0] == "praise"


@pytest.mark.parametrize("text,lang", [
    ("bonito pero llegó roto", "es"),                   # a but
    ("ดีมากเลย ส่งผิดไซส์ 👏👏", "th"),                  # a slow clap
    ("katanya anti karat, seminggu udah item, mantap", "id"),   # "they said"
    ("no es muy bueno, se despega", "es"),              # praise words under a negation
    ("ไม่ดีมาก ใช้แล้วเป็นผื่น", "th"), ("不喜欢 不好用", "zh"),
])
def test_praise_with_reservations_is_left_to_the_head(text, lang):
    assert apply_rules(text, lang, "complaint", 0.7)[0] == "complaint"


def test_a_negated_praise_word_is_no_praise():
    assert praises("no es muy bueno") is False
    assert praises("không đẹp lắm") is False
    assert praises("不好用") is False
    assert praises("muy bueno") is True


@pytest.mark.parametrize("text,lang", [
    ("主播晚上好，今天有什么优惠？", "zh"), ("hola! cuánto cuesta?", "es"), ("boa noite! tem frete grátis?", "pt"),
    ("halo kak, ready stok?", "id"), ("สวัสดีค่ะ มีเก็บเงินปลายทางไหมคะ", "th"), ("chào shop, ship về Huế bao lâu", "vi"),
    ("مساء الخير، كم سعر الشحن؟", "ar"), ("hi everyone! how much is shipping?", "en"),
])
def test_a_greeting_then_a_question_is_a_question(text, lang):
    assert apply_rules(text, lang, "other", 0.9)[0] == "question"


@pytest.mark.parametrize("text,lang", [
    ("hola a todos! alguien de Chile?", "es"), ("boa noite pessoal, alguém de Recife?", "pt"),
    ("大家好 有人从广州来的吗", "zh"), ("hello! 👋", "en"),
])
def test_a_greeting_then_a_question_to_the_room_stays_chatter(text, lang):
    assert apply_rules(text, lang, "other", 0.9)[0] == "other"


@pytest.mark.parametrize("text,lang", [
    ("mau kak 🙋‍♀️", "id"), ("quiero!", "es"), ("lo quiero", "es"), ("eu quero 🙋", "pt"), ("我要", "zh"),
    ("ยางกัดยีราฟ เอาค่ะ", "th"), ("pa-mine po 🙋‍♀️", "tl"), ("ابي", "ar"),
])
def test_saying_i_want_it_is_a_buy(text, lang):
    assert apply_rules(text, lang, "other", 0.6)[0] == "buy"
    assert apply_rules(text, lang, "complaint", 0.6)[0] == "buy"


@pytest.mark.parametrize("text,lang", [("mau tanya kak, ini bpa free?", "id"), ("ไม่เอาค่ะ", "th"),
                                       ("quiero saber el precio", "es")])
def test_wanting_something_else_is_no_buy(text, lang):
    assert apply_rules(text, lang, "question", 0.6)[0] != "buy"


def test_an_order_placed_is_a_buy_even_where_the_head_leans_complaint():
    assert apply_rules("已付款 麻烦尽快发货", "zh", "complaint", 0.6)[0] == "buy"
    assert apply_rules("paid already, sent receipt to dm", "en", "complaint", 0.6)[0] == "buy"
    assert apply_rules("CO dah kak", "ms", "complaint", 0.6)[0] == "buy"
    # ... not when it complains: paid, and nothing shipped
    assert apply_rules("已付款三天了还没发货", "zh", "complaint", 0.6)[0] == "complaint"
    assert apply_rules("kak udah transfer dari kemarin blm dikirim2", "id", "complaint", 0.6)[0] == "complaint"


@pytest.mark.parametrize("text,lang", [
    ("mantap, baru dipake sehari udah mati", "id"), ("ótimo, veio faltando peça", "pt"), ("روعة، وصلني ما يشتغل", "ar"),
    ("perfecto, me llegó sin la boquilla", "es"), ("perfect, it arrived with a crack", "en"),
    ("ดีมากเลย ใช้สองวันพัง", "th"), ("xịn lắm, dùng 2 ngày không lên nguồn", "vi"), ("很好用 用了两天就开不了机", "zh"),
])
def test_praise_then_a_defect_is_a_complaint(text, lang):
    # the sarcasm of live rooms: a praise word, then what broke
    assert complains(text)
    assert apply_rules(text, lang, "complaint", 0.7)[0] == "complaint"
    assert apply_rules(text, lang, "praise", 0.6)[0] == "complaint"


def test_plain_praise_gives_way_to_a_head_sure_of_a_complaint():
    assert apply_rules("excelente atención, gracias", "es", "complaint", 0.7)[0] == "praise"
    assert apply_rules("excelente atención, gracias", "es", "complaint", 0.9)[0] == "complaint"
    assert apply_rules("no me arrepiento para nada", "es", "complaint", 0.9)[0] == "praise"


@pytest.mark.parametrize("text,lang", [
    ("kak, ada promo apa malam ini?", "id"),        # the example stream's comment, read as room chatter (other 0.81)
    ("kak, ada live malam ini?", "id"),
    ("chị ơi có khuyến mãi gì tối nay không?", "vi"),
    ("主播，今晚有什么活动？", "zh"),
])
def test_a_question_that_names_the_host_first_is_for_the_shop(text, lang):
    """The head is sure it is chatter; the host addressed first makes it a question to answer."""
    assert apply_rules(text, lang, "other", 0.85)[0] == "question"


@pytest.mark.parametrize("text,lang", [("kak, ada yang dari Medan?", "id"), ("kak, cantik banget", "id")])
def test_naming_the_host_does_not_make_a_roll_call_or_praise_a_question(text, lang):
    assert apply_rules(text, lang, "other", 0.85)[0] != "question"
