"""Intent rules of comments round 13 (each checked alone: the head's (intent, score) is given, no encoder): another
seller's plug, being in the room without buying yet, a question about the viewers themselves, "I want the ..." in Gulf
and Egyptian Arabic and Arabizi, a count and a please, a thing and a count alone, "+1 here"."""

from __future__ import annotations

import pytest

from studio.comments.understand.intent_rules import apply_rules


@pytest.mark.parametrize("text, lang", [
    ("ghé shop mình bán mỹ phẩm nha", "vi"), ("mampir ya ke toko aku, jual hijab murah", "id"),
    ("singgah kedai saya jual kuih raya", "ms"), ("visit my shop for cheap phone cases", "en"),
    ("来我店看看，便宜", "zh"), ("แวะร้านเราได้นะคะ", "th"), ("زوروا متجري فيه عروض", "ar"),
])
def test_another_sellers_plug_is_spam(text, lang):
    for intent in ("buy", "complaint", "praise", "question"):
        assert apply_rules(text, lang, intent, 0.7)[0] == "other"


@pytest.mark.parametrize("text, lang", [
    ("baru gabung kak", "id"), ("nanonood lang po", "tl"), ("pa-shoutout naman po", "tl"),
    ("wala 7aga bas bat-farag", "ar"), ("lagi nunggu gajian dulu nih wkwk", "id"), ("chờ lương rồi mua nha", "vi"),
    ("等发工资再买", "zh"), ("waiting for payday lol", "en"), ("what's everyone's due date? I'm 32 weeks", "en"),
    ("ya llegué!! 🙌", "es"), ("ahorita vengo voy por las tortillas", "es"), ("cheguei gente", "pt"), ("bentar ya kak", "id"),
])
def test_being_in_the_room_without_buying_is_other(text, lang):
    assert apply_rules(text, lang, "buy", 0.7)[0] == "other"
    assert apply_rules(text, lang, "question", 0.7)[0] == "other"


@pytest.mark.parametrize("text, lang", [
    ("ابغى العضاضة حقت الموز", "ar"), ("ana 3ayza el shayala di", "ar"), ("الأخضر لي الله يعافيك", "ar"),
    ("اتنين بيج مقاس ٠-٦ من فضلك", "ar"), ("2 black please", "en"), ("钱包两个", "zh"), ("薄荷绿两个", "zh"),
])
def test_an_order_said_without_a_buy_code_is_a_buy(text, lang):
    assert apply_rules(text, lang, "praise", 0.6)[0] == "buy"
    assert apply_rules(text, lang, "question", 0.6)[0] == "buy"


@pytest.mark.parametrize("text, lang, intent", [
    ("ابغى اعرف متى يوصل", "ar", "question"),          # "I want to know": asked
    ("الشنطة لي شريتها وصلت مكسورة", "ar", "complaint"),  # Gulf "لي" is also "which": the bag I bought came broken
    ("钱包两个多少钱", "zh", "question"),                 # a count, asked
    ("2 black ones, do you have them?", "en", "question"),
    ("mua 2 có freeship ko c", "vi", "question"), ("R1跑鞋偏大还是偏小", "zh", "question"),
    ("a faca de 20 vem com capa", "pt", "question"),
    ("la host es un amor ❤️", "es", "praise"), ("ya llegó mi pedido, súper bien", "es", "praise"),
    ("chegou rápido, amei", "pt", "praise"), ("got my parcel in 2 days thank u shop ❤️", "en", "praise"),
])
def test_asked_or_complained_stays(text, lang, intent):
    assert apply_rules(text, lang, intent, 0.9)[0] == intent


@pytest.mark.parametrize("text", ["+1 هنا", "+1 here", "+2 aqui"])
def test_plus_one_here_is_a_buy_code(text):
    assert apply_rules(text, "ar", "other", 0.9)[0] == "buy"
