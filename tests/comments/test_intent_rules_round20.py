"""Comment rules round 20: the round 17-19 rules kept from misfiring on ordinary comments (a question after "first time
here", Indonesian "Abi", "count me in" for a later day, a price question, "cheaper than", ordering more)."""

import pytest

from studio.comments.understand.intent_rules import apply_rules


@pytest.mark.parametrize("text,lang", [
    ("first time here, how much is the blue one?", "en"), ("primera vez aquí, cuánto cuesta el termo?", "es"),
    ("刚下班，还有黑色的吗？", "zh"), ("what did i miss? is the 2L kettle still available?", "en"),
])
def test_a_question_after_late_or_first_time_words_is_a_question(text, lang):
    assert apply_rules(text, lang, "question", 0.7)[0] == "question"


@pytest.mark.parametrize("text,lang", [
    ("刚下班 错过了什么", "zh"), ("ya llegué!! me perdí de algo?", "es"), ("what did i miss?", "en"),
    ("hola desde Monterrey", "es"), ("your cat is so cute", "en"),
])
def test_late_first_time_or_pet_alone_is_still_room_talk(text, lang):
    assert apply_rules(text, lang, "question", 0.7)[0] == "other"


@pytest.mark.parametrize("text", ["abi udah beli kemarin, bagus banget kak", "Abi suka banget sama yang hitam"])
def test_indonesian_abi_is_a_name_not_arabizi_i_want(text):
    assert apply_rules(text, "id", "praise", 0.7)[0] == "praise"


@pytest.mark.parametrize("text", ["abi el sikeen", "3ayza el shayala di", "bghit l mbakhra dahabiya please"])
def test_arabizi_i_want_is_still_a_buy(text):
    assert apply_rules(text, "ar", "other", 0.7)[0] == "buy"


@pytest.mark.parametrize("text,lang", [("me apunto el viernes que cobro", "es"), ("count me in for the next live!", "en")])
def test_count_me_in_for_a_later_day_is_no_buy(text, lang):
    assert apply_rules(text, lang, "other", 0.7)[0] == "other"


@pytest.mark.parametrize("text", ["me apunto con el juego de cuchillos", "count me in for the sage kettle"])
def test_count_me_in_for_a_product_is_still_a_buy(text):
    assert apply_rules(text, "es", "other", 0.7)[0] == "buy"


def test_a_lower_price_asked_is_a_question():
    assert apply_rules("kemarin lebih murah ya kak?", "id", "question", 0.7)[0] == "question"


def test_cheaper_than_the_shops_is_praise():
    assert apply_rules("اشتريته امس كان ارخص من المحلات بكثير", "ar", "praise", 0.7)[0] == "praise"


@pytest.mark.parametrize("text,lang", [("semana passada era mais barato", "pt"), ("kemarin lebih murah kak", "id"),
                                       ("tuần trước rẻ hơn mà", "vi")])
def test_a_lower_price_told_is_still_a_complaint(text, lang):
    assert apply_rules(text, lang, "praise", 0.7)[0] == "complaint"


@pytest.mark.parametrize("text,lang", [("got my order today, but i ordered two more for my mom", "en"),
                                       ("recebi hoje! mas eu pedi pelo site antes, tudo certo", "pt")])
def test_an_order_told_after_it_came_is_no_wrong_item(text, lang):
    assert apply_rules(text, lang, "praise", 0.7)[0] == "praise"
