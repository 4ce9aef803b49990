"""Intent rules of comments round 17: the wrong item told the other way round, leaks, "count me in", "what's up"."""

import pytest

from studio.comments.understand.intent_rules import apply_rules


@pytest.mark.parametrize("text,lang", [
    ("me llegó un plato verde y yo pedí el rosa", "es"), ("veio o verde mas eu pedi o rosa", "pt"),
    ("got the green one but i ordered pink", "en"), ("yg dateng hijau padahal pesen pink", "id"),
    ("giao màu xanh mà em đặt màu hồng", "vi"), ("ได้สีเขียวแต่สั่งสีชมพู", "th"), ("发来的是绿色我订的是粉色", "zh"),
    ("وصلني الأخضر وانا طالبة الوردي", "ar"),
])
def test_what_came_then_what_was_ordered_is_a_complaint(text, lang):
    assert apply_rules(text, lang, "praise", 0.7)[0] == "complaint"


@pytest.mark.parametrize("text,lang", [
    ("me llegó rapidísimo y yo pedí otro", "es"), ("got mine and i ordered 2 more", "en"),
])
def test_ordering_more_after_it_came_is_no_complaint(text, lang):
    assert apply_rules(text, lang, "praise", 0.7)[0] == "praise"


@pytest.mark.parametrize("text,lang,want", [
    ("el biberón de 260 gotea por la rosca", "es", "complaint"), ("a garrafa vaza pela tampa", "pt", "complaint"),
    ("botolnya rembes kak", "id", "complaint"), ("bình bị rỉ nước shop ơi", "vi", "complaint"),
    ("no gotea nada, me encanta", "es", "praise"), ("does it leak?", "en", "question"),
])
def test_a_leak_told_is_a_complaint_asked_or_denied_is_not(text, lang, want):
    head = ("question", 0.7) if text.endswith("?") else ("praise", 0.7)
    assert apply_rules(text, lang, *head)[0] == want


@pytest.mark.parametrize("text,want", [
    ("me apunto con el juego de cuchillos", "buy"), ("count me in for the sage kettle", "buy"),
    ("me apunto al sorteo", "other"), ("me apunto?", "question"),
])
def test_count_me_in_for_a_product_is_a_buy(text, want):
    assert apply_rules(text, "es", "other", 0.7)[0] == want


@pytest.mark.parametrize("text,lang,want", [
    ("qué onda raza", "es", "other"), ("e aí galera!", "pt", "other"), ("apa kabar semua?", "id", "other"),
    ("qué onda con el envío?", "es", "question"),
])
def test_whats_up_to_the_room_is_a_greeting(text, lang, want):
    assert apply_rules(text, lang, "question", 0.7)[0] == want
