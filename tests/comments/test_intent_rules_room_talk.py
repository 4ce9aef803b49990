"""Intent rules added after blind set 5 (each checked alone: the head's (intent, score) is given, no
encoder): a defect asked as "is this normal?", laughing at the host, "keep ..." and "apartado ..." as
takes, weather small talk, follow-for-follow spam, an unsure "buy" put to the other viewers, and a
Vietnamese "k" that is only the end of a capacity ("4k")."""

from __future__ import annotations

import pytest

from studio.comments.understand.intent_rules import apply_rules


@pytest.mark.parametrize("text,lang", [
    ("my blender smells like burning after 5 minutes, is that normal?", "en"),
    ("la licuadora se calienta mucho, es normal?", "es"),
    ("a chapinha faz um barulho estranho, isso é normal?", "pt"),
    ("sạc xong máy nóng ran, vậy có bình thường không shop", "vi"),
    ("充电的时候一直响，正常吗", "zh"),
    ("เปิดแล้วมีกลิ่นไหม้ ปกติไหมคะ", "th"),
    ("السماعة تطلع صوت تشويش، طبيعي؟", "ar"),
    ("umaamoy ng sunog yung fan, normal ba yan?", "tl"),
])
def test_is_this_normal_after_a_defect_is_a_complaint(text, lang):
    assert apply_rules(text, lang, "question", 0.9)[0] == "complaint"


@pytest.mark.parametrize("text,lang", [
    ("hahaha the host dropped the lid again", "en"), ("jajaja la presentadora se confundió de color", "es"),
    ("kkkkk o apresentador errou o preço", "pt"), ("wkwkwk kakaknya salah sebut harga", "id"),
    ("哈哈哈主播又拿错了", "zh"), ("55555 แม่ค้าตลกมาก", "th"),
])
def test_laughing_at_the_host_is_room_talk(text, lang):
    assert apply_rules(text, lang, "praise", 0.7)[0] == "other"
    assert apply_rules(text, lang, "complaint", 0.7)[0] == "other"


def test_laughing_with_a_complaint_or_an_eye_roll_stays_a_complaint():
    assert apply_rules("hahaha host, my order is broken", "en", "complaint", 0.7)[0] == "complaint"
    assert apply_rules("jajaja el presentador 🙄", "es", "complaint", 0.7)[0] == "complaint"


@pytest.mark.parametrize("text,lang", [
    ("keep powerbank putih kak", "id"), ("keep the grey one sis", "en"), ("mine po yung black", "tl"),
    ("apartada la rosa", "es"), ("付好款了，记得发货", "zh"),
])
def test_a_take_without_a_number_is_a_buy(text, lang):
    assert apply_rules(text, lang, "question", 0.7)[0] == "buy"
    assert apply_rules(text, lang, "other", 0.7)[0] == "buy"


def test_a_take_asked_as_a_question_is_not_a_buy():
    assert apply_rules("keep sampai kapan kak?", "id", "question", 0.9)[0] == "question"


@pytest.mark.parametrize("text,lang", [
    ("qué calor hace hoy en Monterrey", "es"), ("tá um frio aqui em Curitiba", "pt"),
    ("trời mưa quá cả nhà ơi", "vi"), ("الجو عندكم بارد؟", "ar"), ("ฝนตกหนักมากเลยวันนี้", "th"),
])
def test_weather_is_small_talk(text, lang):
    assert apply_rules(text, lang, "question", 0.7)[0] == "other"


def test_follow_for_follow_is_room_talk():
    assert apply_rules("sub4sub anyone 🙏", "en", "buy", 0.7)[0] == "other"
    assert apply_rules("تابعوني وأتابعكم", "ar", "buy", 0.7)[0] == "other"


def test_an_unsure_buy_put_to_the_other_viewers_is_room_talk():
    assert apply_rules("anyone here a nurse? which one do u use", "en", "buy", 0.55)[0] == "other"
    assert apply_rules("anyone here a nurse? which one do u use", "en", "buy", 0.9)[0] == "buy"


def test_a_capacity_ending_in_k_is_no_vietnamese_particle():
    assert apply_rules("chốt cái 20k nha", "vi", "buy", 0.9)[0] == "buy"
    assert apply_rules("cái 20k còn ko", "vi", "buy", 0.9)[0] == "question"
