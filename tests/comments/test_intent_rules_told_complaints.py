"""Complaints told as a story or a price asked back, plugs by link, "míos!", unsure chatter with praise words, and
"how often" asked in Spanish and Portuguese (comments round 15; rules only, no model)."""

import pytest

from studio.comments.understand.intent_rules import apply_rules


@pytest.mark.parametrize("text,lang,head", [
    ("pesen yg bening yg dateng hitam", "id", ("buy", 0.7)),
    ("pedí la funda negra y me llegó la roja", "es", ("buy", 0.7)),
    ("pedi o tênis 37 e veio 39", "pt", ("other", 0.7)),
    ("đặt màu đen mà giao màu trắng", "vi", ("buy", 0.7)),
    ("订的黑色发来白色", "zh", ("buy", 0.7)),
    ("สั่งสีดำแต่ได้สีขาวค่ะ", "th", ("buy", 0.7)),
    ("طلبت الأسود ووصلني الأبيض", "ar", ("buy", 0.7)),
    ("ordered the small bottle and got the big one instead, can i swap?", "en", ("question", 0.8)),
    ("R$ 190 num arranhador? tá puxado hein", "pt", ("question", 0.7)),
    ("95 bucks for the big watch? seen the exact same on amazon for 20", "en", ("question", 0.7)),
    ("1299 por un cuchillo de 20? en Costco está a la mitad", "es", ("question", 0.7)),
])
def test_the_wrong_item_and_a_price_asked_back_are_complaints(text, lang, head):
    assert apply_rules(text, lang, *head)[0] == "complaint"


@pytest.mark.parametrize("text,lang,head,want", [
    ("is it expensive?", "en", ("question", 0.7), "question"),          # asked, not told
    ("ordered it yesterday, when does it ship?", "en", ("question", 0.8), "question"),
    ("www.bit.ly/free-giftcard-2026 claim now", "en", ("question", 0.7), "other"),
    ("ฝากร้านด้วยนะคะ ขายเคสน่ารักๆ", "th", ("praise", 0.7), "other"),
    ("sigan mi página de ropa para perritos", "es", ("praise", 0.7), "other"),
    ("los aretes de perla de botón, míos!", "es", ("complaint", 0.7), "buy"),
    ("mine yung pearl na nakalawit po", "tl", ("complaint", 0.8), "buy"),
    ("mine arrived broken", "en", ("complaint", 0.8), "complaint"),
    ("a fonte é mt boa, meu gato agora bebe água direto", "pt", ("other", 0.5), "praise"),
    ("qué chimba de live, saludos", "es", ("other", 0.5), "praise"),
    ("alguém já comprou o kit de 5? vale a pena?", "pt", ("other", 0.5), "other"),
    ("la fuente cada cuanto se cambia el filtro", "es", ("complaint", 0.5), "question"),
    ("củ sạc nhanh thiệt, 30p được 50%", "vi", ("question", 0.7), "praise"),
])
def test_plugs_takes_praise_and_how_often(text, lang, head, want):
    assert apply_rules(text, lang, *head)[0] == want


@pytest.mark.parametrize("text,lang,head,want", [
    ("omg my sister literally has the 36mm one lol", "en", ("buy", 0.7), "other"),    # one of their own
    ("เคสดำเหมือนของแฟนเลย", "th", ("praise", 0.7), "other"),
    ("ốp đen giống cái của bạn em", "vi", ("praise", 0.7), "other"),
    ("my sister has the 36mm one, is it waterproof?", "en", ("question", 0.8), "question"),   # still asked
])
def test_like_the_one_a_friend_or_partner_has_is_chatter(text, lang, head, want):
    assert apply_rules(text, lang, *head)[0] == want


@pytest.mark.parametrize("text,lang,head,want", [
    ("el ra2da3a weslet maksoura", "ar", ("buy", 0.69), "complaint"),             # Arabizi complaint words
    ("el bib 7elw awi ma sha2 allah", "ar", ("buy", 0.45), "praise"),             # Arabizi praise, an unsure buy
    ("لبست الحلق في عرس اختي وكل البنات سألوني عنه", "ar", ("buy", 0.5), "praise"),
    ("mine po, ang ganda!", "tl", ("buy", 0.5), "buy"),                           # taken: a buy however praised
    ("ang ganda, 2 po", "tl", ("buy", 0.5), "buy"),                               # a count: an order
    ("dat 3 cai yem ma giao co 2 cai", "vi", ("buy", 0.96), "complaint"),         # the wrong item, typed without accents
    ("grinder tu boleh adjust kasar halus ke boss", "ms", ("buy", 0.5), "question"),   # "kasar" is no Arabizi "mkasar"
])
def test_arabizi_words_and_praise_a_head_reads_as_an_unsure_buy(text, lang, head, want):
    assert apply_rules(text, lang, *head)[0] == want


@pytest.mark.parametrize("text,lang", [
    ("pedí el lunes y me llegó hoy, gracias", "es"), ("pedi na segunda e chegou na quarta", "pt"),
    ("đặt hôm qua mà giao nhanh quá", "vi"), ("สั่งเมื่อวานแล้วได้ของวันนี้", "th"), ("买的奶瓶收到了，很好用", "zh"),
    ("طلبت يوم الاحد ووصلني الثلاثاء", "ar"), ("order kemarin yg dateng rapi, mantap", "id"),
])
def test_an_order_that_came_when_or_as_it_should_is_no_complaint(text, lang):
    assert apply_rules(text, lang, "other", 0.7)[0] != "complaint"


@pytest.mark.parametrize("text,head,want", [
    ("mine never came", ("complaint", 0.8), "complaint"), ("mine is still not here", ("complaint", 0.8), "complaint"),
    ("mine looks great", ("praise", 0.8), "praise"), ("keep it up host", ("praise", 0.8), "praise"),
    ("mine po the blue one", ("other", 0.8), "buy"), ("keep 2 kak", ("other", 0.8), "buy"),
])
def test_mine_told_of_and_keep_it_up_are_no_takes(text, head, want):
    assert apply_rules(text, "en", *head)[0] == want
