"""Comments round 26: a viewer's greeting or arrival that then asks the host something is a question, in every language,
with or without a question mark; the question marks of every script count (studio/comments/understand/questions.py)."""

import pytest

from studio.comments.understand.intent_rules import apply_rules
from studio.comments.understand.questions import QUESTION_MARK, after_greeting, question_particle


@pytest.mark.parametrize("text, lang", [
    ("hiii just joined, what are we looking at tonight?", "en"),
    ("hi just joined what are we looking at tonight", "en"),
    ("heyyy im new here, what's the deal today?", "en"),
    ("holaaa recién llegué, ¿qué están mostrando hoy?", "es"),
    ("oiii cheguei agora, o que vocês estão mostrando hoje?", "pt"),
    ("haii kak baru gabung, lagi bahas apa nih?", "id"),
    ("chào shop, em mới vào, đang bán gì vậy ạ?", "vi"),
    ("สวัสดีค่ะ เพิ่งเข้ามา วันนี้ขายอะไรคะ", "th"),
    ("مرحبا توني دخلت، وش تعرضون اليوم؟", "ar"),
    ("大家好，刚进来，今天卖什么？", "zh"),
    ("kumusta po, kakapasok lang, ano binebenta nyo ngayon?", "tl"),
])
def test_a_greeting_or_an_arrival_that_asks_is_a_question(text, lang):
    """However sure the head is that an arrival is chatter."""
    assert apply_rules(text, lang, "other", 0.98)[0] == "question"


@pytest.mark.parametrize("text, lang", [
    ("hiii just joined 👋", "en"), ("hola a todos!", "es"), ("cheguei gente!!", "pt"), ("baru gabung kak", "id"),
    ("just got here, what did I miss?", "en"),      # what was missed is asked of nobody (round 19)
    ("hi everyone, anyone from Cebu?", "en"),       # a roll call
])
def test_an_arrival_that_asks_nothing_of_the_host_stays_chatter(text, lang):
    assert apply_rules(text, lang, "other", 0.98)[0] == "other"


def test_an_arrival_is_no_parcel_that_arrived():
    """"baru sampai", "刚到", "وصلت" tell of an order as often as of a viewer: no greeting."""
    assert after_greeting("baru sampai paketnya, kok penyok?") == ""
    assert after_greeting("刚到货就坏了吗？") == ""
    assert after_greeting("hiii, what's the price?") == "what's the price?"


@pytest.mark.parametrize("text", ["¿precio del rojo", "price ❓", "مقاسات؟", "多少钱？", "ada warna lain ❔"])
def test_question_marks_of_every_script(text):
    assert QUESTION_MARK.search(text)


def test_a_question_word_after_the_greeting_counts_where_the_language_puts_it():
    assert question_particle("hi just joined what are we selling", "en")
    assert not question_particle("hi just joined, love this", "en")
