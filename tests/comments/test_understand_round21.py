"""Comments round 21 (issue 11: review21's ordinary comments through the rules of rounds 17-20; DEV), each kind in
every language where it applies: a defect denied through a little word ("không bị rỉ nước", "no se derrama", "没有
漏水", "لا يسرب"); "count me in" with someone, to watch; the Arabizi/Arabic "I want to say / to thank"; an order or a
complaint told besides room or pet talk; "whats up from X" and "apa kabar" are no question words; the price was lower
but bought anyway, or worth it; the buyer's own curls, a feather, a product turned down and the shop's cart name no
product; a short English line with one word Vietnamese also writes ("them") stays English. Words and rules only."""

from __future__ import annotations

import pytest

from studio.comments.understand.intent_rules import apply_rules, complains
from studio.comments.understand.language_id import LanguageIdentifier
from tests.comments.test_understand_kinds_taxonomy import _matcher
from tests.comments.test_understand_round19 import GEAR, HAIR

# a Mexican and Brazilian toy catalog: "carrito"/"carrinho" is the toy car and the shop's cart alike
TOY_CARS = """# Juguetes
markets: MX, BR
language: es
currency: USD

## Products
| sku | name | price | stock | notes |
|---|---|---|---|---|
| CAR | Carrito montable azul | 60.00 USD | 10 | |
| BALL | Pelota de playa | 8.00 USD | 10 | |
"""

CURLS = """# Rizos
markets: MX
language: es
currency: USD

## Products
| sku | name | price | stock | notes |
|---|---|---|---|---|
| CREMA | Crema para rizos naturales | 12.00 USD | 10 | |
| GEL | Gel fijador fuerte | 8.00 USD | 10 | |
"""


@pytest.fixture(scope="module")
def shows(tmp_path_factory):
    return {name: _matcher(tmp_path_factory, name, text) for name, text in
            (("gear", GEAR), ("hair", HAIR), ("cars", TOY_CARS), ("curls", CURLS))}


@pytest.mark.parametrize("text, lang", [
    ("cái bình này không bị rỉ nước đâu, xài ngon", "vi"), ("bình không bị rỉ nước, tốt lắm", "vi"),
    ("không bị vỡ gì hết, đóng gói kỹ", "vi"), ("no se derrama nada, me encanta", "es"), ("não vazou nada, amei", "pt"),
    ("tidak ada yang rusak, mantap", "id"), ("没有漏水，很好", "zh"), ("不会漏水，好评", "zh"), ("لا يسرب أبدا، ممتاز", "ar"),
    ("hindi tumutulo, ganda", "tl"), ("not even scratched, love it", "en"),
])
def test_a_defect_denied_through_a_little_word_is_praise(text, lang):
    assert not complains(text)
    assert apply_rules(text, lang, "praise", 0.7)[0] == "praise"


@pytest.mark.parametrize("text", ["bình bị rỉ nước", "se derrama por la tapa", "漏水了", "aku di tipu", "it leaks everywhere",
                                  "botolnya rembes"])
def test_a_defect_told_stays_a_complaint(text):
    assert complains(text)


@pytest.mark.parametrize("text, lang, intent", [
    ("me apunto con mi hermana a ver la live", "es", "other"), ("count me in for the live tonight", "en", "other"),
    ("isama mo ako sa live", "tl", "other"), ("me apunto con el juego de cuchillos", "es", "buy"), ("me apunto con 2", "es", "buy"),
    ("count me in for the kettle", "en", "buy"),
])
def test_count_me_in_with_someone_or_to_watch_takes_nothing(text, lang, intent):
    assert apply_rules(text, lang, "other", 0.7)[0] == intent


@pytest.mark.parametrize("text, head, intent", [
    ("3ayza a2ol shokran 3al mabkhara", "praise", "praise"), ("3ayza a2ol en el mabkhara wesleet w 7elwa", "praise", "praise"),
    ("bghit nchkrkom 3la l mbakhra, zwina bzaf", "praise", "praise"), ("bde 2ello shokran", "praise", "praise"),
    ("ابغى اشكركم على التوصيل السريع", "praise", "praise"), ("abi 3ayez a3raf el se3r", "question", "question"),
    # still orders
    ("ابغى العضاضة", "other", "buy"), ("3ayza el shayala di", "other", "buy"), ("bghit l mbakhra dahabiya please", "other", "buy"),
])
def test_arabic_want_to_say_or_thank_orders_nothing(text, head, intent):
    assert apply_rules(text, "ar", head, 0.7)[0] == intent


@pytest.mark.parametrize("text, lang, head, intent", [
    ("your cat is so cute, I'll take the grey blanket", "en", "buy", "buy"),
    ("qué lindo el gato, me llevo la cobija gris", "es", "buy", "buy"),
    ("con mèo dễ thương quá, em lấy 2 cái đen", "vi", "buy", "buy"), ("主播的猫好可爱，我要两个", "zh", "buy", "buy"),
    ("cheguei agora, quero 2 do rosa", "pt", "buy", "buy"), ("ya llegué, quiero 2 del rosa", "es", "buy", "buy"),
    ("baru gabung kak, ambil 1 yang hitam", "id", "buy", "buy"),
    ("just got here, the one I received is scratched", "en", "complaint", "complaint"),
    ("ya llegué, el que me llegó vino rayado", "es", "complaint", "complaint"),
    # room or pet talk alone, or wanting only to ask: still other
    ("baru gabung", "id", "buy", "other"), ("ya llegué!!", "es", "buy", "other"), ("your cat is so cute", "en", "praise", "other"),
    ("cheguei agora", "pt", "buy", "other"), ("baru gabung kak, mau tanya", "id", "buy", "other"),
    ("ya llegué, dame un saludo", "es", "buy", "other"), ("baru gabung, mau nonton aja", "id", "buy", "other"),
])
def test_room_and_pet_talk_leave_an_order_or_a_complaint(text, lang, head, intent):
    assert apply_rules(text, lang, head, 0.7)[0] == intent


@pytest.mark.parametrize("text, lang, intent", [
    ("whats up from Dubai, I want 2 black ones", "en", "buy"), ("what's up everyone, 2 black pls", "en", "buy"),
    ("apa kabar semua, mau 2 yang hitam", "id", "buy"), ("what is the price", "en", "question"),
    ("apa masih ada yang hitam", "id", "question"),
])
def test_a_greeting_is_no_question_word(text, lang, intent):
    assert apply_rules(text, lang, "buy" if intent == "buy" else "other", 0.7)[0] == intent


@pytest.mark.parametrize("text, lang", [
    ("kemarin lebih murah, makanya aku beli 3", "id"), ("kemarin lebih murah, untung aku udah beli", "id"),
    ("semana passada era mais barato, aproveitei e comprei", "pt"), ("السعر ده كتير اوي بس يستاهل", "ar"),
    ("it was 20 last week, glad I bought then", "en"), ("antes costaba menos, menos mal que aproveché", "es"),
    ("hôm qua rẻ hơn nên em mua liền 2 cái", "vi"), ("昨天才50块，幸好我买了", "zh"),
    ("too pricey but worth it", "en"), ("muy caro pero vale la pena", "es"), ("mahal banget tapi worth it", "id"),
    ("đắt quá nhưng đáng tiền", "vi"), ("แพงไปแต่คุ้ม", "th"), ("太贵了但是值得", "zh"), ("غالي جدا بس يستاهل", "ar"),
])
def test_dearer_but_bought_or_worth_it_is_no_complaint(text, lang):
    assert apply_rules(text, lang, "praise", 0.7)[0] == "praise"


@pytest.mark.parametrize("text, lang", [
    ("كان ارخص الشهر اللي فات", "ar"), ("kemarin lebih murah", "id"), ("too expensive, not buying", "en"),
    ("$89 for sheets?? walmart has them for 30", "en"), ("was cheaper last week, not worth it now", "en"),
    ("antes costaba menos, no vale la pena", "es"), ("too pricey, not worth it", "en"), ("แพงไป ไม่คุ้ม", "th"),
])
def test_dearer_alone_stays_a_complaint(text, lang):
    assert apply_rules(text, lang, "praise", 0.7)[0] == "complaint"


@pytest.mark.parametrize("show, text, sku", [
    # the buyer's own curls are no curling iron
    ("hair", "ikal besar natural pakai produk apa kak? rambutku kering", None),
    ("hair", "tengo rizos grandes naturales, el tinte castaño me cubre canas?", "DYE-BRN"),
    ("hair", "my hair has big curls naturally, which dryer is best?", "DRY"),
    ("hair", "tóc em xoăn to tự nhiên, dùng máy sấy được không", "DRY"),
    ("hair", "ikal besar satu", "CURL-32"), ("hair", "rizos grandes porfa", "CURL-32"),
    ("hair", "a secadora de roupas chega quando?", None),     # a clothes dryer is no hair dryer
    # a feather is no Mexican "pluma"; one turned down names none
    ("gear", "jaja se me cayó una pluma del cojín", None), ("gear", "la almohada de plumas sigue disponible?", None),
    ("gear", "la pluma de mi almohada se sale, el headset tiene funda?", "HS-BLK"),
    ("gear", "quiero el control, no la pluma", "PAD"), ("gear", "the controller, not the pen", "PAD"),
    ("gear", "una pluma de gel porfa", "PEN"), ("gear", "+1 plumas", "PEN"),
    # the shop's cart is no toy car
    ("cars", "ya lo agregué al carrito, la pelota", "BALL"), ("cars", "já tá no carrinho a bola de praia", "BALL"),
    ("cars", "el carrito aguanta a un niño de 20 kilos?", "CAR"), ("cars", "apártame el carrito azul", "CAR"),
    ("curls", "la crema para rizos naturales sirve?", "CREMA"),     # curls named with no size: a product's name
])
def test_what_the_buyer_tells_of_themselves_or_turns_down(shows, show, text, sku):
    assert shows[show].match(text) == sku


def test_a_short_english_line_with_one_vietnamese_looking_word_is_english():
    ident = LanguageIdentifier()
    assert ident.identify("$89 for sheets?? walmart has them for 30") == "en"
    assert ident.identify("walmart has them for 30") == "en"
    assert ident.identify("lay 2 cai mau den") == "vi"
    assert ident.identify("but den x3") == "vi"
