"""Intent rules on top of the head that hold in every language (round 5, after blind set 4): the head's
(intent, score) is given, so each rule is checked alone, without the encoder."""

from __future__ import annotations

import pytest

from studio.comments.understand.intent_rules import apply_rules, complains


@pytest.mark.parametrize("text,lang", [
    ("ليش المكنسة اليدوية تفصل بعد ٥ دقايق؟", "ar"), ("¿por qué mi licuadora no prende?", "es"),
    ("kok harganya naik", "id"), ("set khăn 3 cái mà nhận đc có 2 cái là sao shop??", "vi"),
    ("why did the price go up?", "en"), ("为什么还没发货", "zh"), ("ทำไมยังไม่ส่งของคะ", "th"),
])
def test_a_buyer_who_asks_why_is_complaining(text, lang):
    assert apply_rules(text, lang, "question", 0.8)[0] == "complaint"
    assert apply_rules(text, lang, "other", 0.5)[0] == "complaint"


@pytest.mark.parametrize("text,lang", [("đặt hàng sao shop", "vi"), ("how long is shipping?", "en")])
def test_how_is_not_why(text, lang):
    assert apply_rules(text, lang, "question", 0.8)[0] == "question"


def test_a_negated_complaint_word_is_none():
    assert complains("toples isi 3 nya kokoh, udah jatuh sekali ga pecah 👍") is False
    assert complains("toplesnya pecah kak") is True
    assert complains("no me llega el pedido") is True          # the phrase itself is the complaint word
    assert apply_rules("udah jatuh sekali ga pecah 👍", "id", "praise", 0.6)[0] == "praise"


def test_a_question_to_the_room_is_chatter_even_when_the_head_leans_complaint():
    assert apply_rules("احد جرب الغلاية؟", "ar", "complaint", 0.58)[0] == "other"
    # ... but not when it complains: a complaint word, or a head that is sure
    assert apply_rules("احد جرب الغلاية؟ وصلتني مكسورة", "ar", "complaint", 0.58)[0] != "other"
    assert apply_rules("احد جرب الغلاية؟", "ar", "complaint", 0.9)[0] == "complaint"


def test_an_eye_roll_keeps_a_complaint_from_becoming_a_question():
    text = "اسوارة الذهب ١٨ قيراط صار لونها أسود، وين الجودة؟ 🙄"
    assert apply_rules(text, "ar", "complaint", 0.57)[0] == "complaint"
    assert apply_rules("وين الجودة؟", "ar", "complaint", 0.57)[0] == "question"   # unsure, no face: asked


@pytest.mark.parametrize("text,lang", [
    ("kak udah makan belum? 😁", "id"), ("chị ơi ăn tối chưa", "vi"), ("كم الساعة عندكم الحين؟", "ar"),
    ("ตอนนี้ที่นั่นกี่โมงคะ", "th"), ("de onde vcs são?", "pt"), ("qué hora es allá?", "es"), ("主播吃饭了吗", "zh"),
])
def test_small_talk_with_the_host_is_chatter(text, lang):
    assert apply_rules(text, lang, "question", 0.55)[0] == "other"
    assert apply_rules(text, lang, "other", 0.5)[0] == "other"


def test_a_shop_question_about_time_is_still_a_question():
    assert apply_rules("โปรถึงกี่โมงคะ", "th", "question", 0.7)[0] == "question"     # until when is the promo
    assert apply_rules("até que horas vai a promoção?", "pt", "question", 0.7)[0] == "question"


@pytest.mark.parametrize("text,lang", [
    ("promo pinjaman cepat cair tanpa jaminan, cek profil", "id"), ("tuyển ctv bán hàng online lương cao ib ngay", "vi"),
    ("اربح ١٠٠٠ ريال ادخل حسابي", "ar"), ("兼职刷单日结 私我", "zh"), ("GANHE SEGUIDORES GRÁTIS acesse o link na bio", "pt"),
])
def test_spam_is_never_a_buyer(text, lang):
    for intent in ("complaint", "question", "buy", "praise"):
        assert apply_rules(text, lang, intent, 0.6)[0] == "other"


def test_a_complaint_word_with_nothing_asked_is_a_complaint():
    assert apply_rules("giày giao sai size", "vi", "question", 0.6)[0] == "complaint"
    assert apply_rules("giày giao sai size ko shop?", "vi", "question", 0.6)[0] == "question"   # asked


@pytest.mark.parametrize("text,lang", [
    ("اللون مو نفس الصورة", "ar"), ("ما عجبني المنتج أبي أرجع فلوسي", "ar"), ("beda sama foto kak", "id"),
    ("和图片不一样", "zh"), ("ไม่ตรงปกเลย", "th"), ("áo phai màu sau 1 lần giặt", "vi"),
])
def test_not_as_pictured_faded_and_money_back_are_complaints(text, lang):
    assert complains(text)
    assert apply_rules(text, lang, "praise", 0.5)[0] == "complaint"


def test_vietnamese_not_at_all_is_no_question_and_transferred_is_an_order():
    assert apply_rules("chảo xài thích lắm, không dính chút nào", "vi", "praise", 0.5)[0] == "praise"
    assert apply_rules("chuyển khoản rồi shop", "vi", "question", 0.5)[0] == "buy"
    assert apply_rules("ai mua máy tạo ẩm rồi review với", "vi", "question", 0.5)[0] == "other"


def test_an_unsure_complaint_that_asks_why_stays_a_complaint():
    text = "set khăn 3 cái mà nhận đc có 2 cái là sao shop??"
    assert apply_rules(text, "vi", "complaint", 0.45)[0] == "complaint"


@pytest.mark.parametrize("text", ["الشنطة السوداء لي الله يخليك", "العطر لي بليز", "خلاص أخذتها 🥰"])
def test_arabic_the_thing_for_me_and_taken_already_are_orders(text):
    assert apply_rules(text, "ar", "complaint", 0.5)[0] == "buy"
    assert apply_rules(text, "ar", "praise", 0.7)[0] == "buy"


@pytest.mark.parametrize("text,lang", [
    ("el khalat wa2fet ba3d esbo3", "ar"), ("الخلاط تعطلت بعد يومين", "ar"),
    ("powerbank nya panas banget pas dicas", "id"), ("充电头用着用着发烫", "zh"),
])
def test_a_product_that_stopped_or_runs_hot_is_a_complaint(text, lang):
    assert complains(text) is True
    assert apply_rules(text, lang, "praise", 0.6)[0] == "complaint"


@pytest.mark.parametrize("text,lang", [
    ("sepatunya awet banget kak, udah setahun", "id"), ("udah langganan di sini, barang selalu ori", "id"),
    ("اشتريت الخاتم من سنة ولسه زي ما هو", "ar"), ("لبستها في العيد وكلهم سألوني عنها", "ar"),
])
def test_lasting_and_asked_about_are_praise(text, lang):
    assert complains(text) is False
    assert apply_rules(text, lang, "complaint", 0.6)[0] == "praise"
