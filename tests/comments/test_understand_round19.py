"""Comments round 19 (issue 11, the kinds the folded set blind15 showed; DEV): product words buyers use that no kind
had, in every language where they apply (the controller as Egyptian "الدراع", "máy duỗi" for a straightener, a bare
"dryer" in a Malay or Indonesian line, chestnut brown and Malay "perang", Mexican "plumas" for pens, in-ear buds told
apart from an over-ear headset), and intents: the price said to have been lower (a complaint with no complaint
word), coming late or new, a hello from a place and the host's pet (other), "ahla live" (praise); nobody answering
the chat names a product only by its words. Words and rules only (no encoder)."""

from __future__ import annotations

import pytest

from studio.comments.understand.intent_rules import apply_rules, praises
from studio.comments.understand.products import load_concepts
from studio.comments.understand.told_complaints import NO_REPLY
from tests.comments.test_understand_kinds_taxonomy import _matcher

GEAR = """# Gear night
markets: US, EG, MX
language: en
currency: USD

## Products
| sku | name | price | stock | notes |
|---|---|---|---|---|
| HS-BLK | Nova Wireless Gaming Headset, Black | 89.99 USD | 10 | |
| BUDS | Pulse ANC Wireless Earbuds | 49.99 USD | 10 | |
| PAD | Vector Wireless Controller | 39.99 USD | 10 | |
| PEN | Gel Pens 12 Colours | 9.99 USD | 10 | |
"""

HAIR = """# Hair night
markets: MY, ID, VN
language: en
currency: USD

## Products
| sku | name | price | stock | notes |
|---|---|---|---|---|
| DYE-BRN | Bubble Hair Dye, Brown | 16.90 USD | 10 | |
| DYE-BLK | Bubble Hair Dye, Natural Black | 16.90 USD | 10 | |
| DRY | Ionic Hair Dryer | 69.00 USD | 10 | |
| STR | Ceramic Hair Straightener | 39.90 USD | 10 | |
| CURL-28 | Auto Curler 28mm | 45.90 USD | 10 | |
| CURL-32 | Auto Curler 32mm | 45.90 USD | 10 | |
"""


@pytest.fixture(scope="module")
def gear(tmp_path_factory):
    return _matcher(tmp_path_factory, "gear", GEAR)


@pytest.fixture(scope="module")
def hair(tmp_path_factory):
    return _matcher(tmp_path_factory, "hair", HAIR)


@pytest.mark.parametrize("text, sku", [
    ("الدراع بيفصل كل شوية", "PAD"), ("عايز الدراع", "PAD"), ("ضمان الدراع كم سنة", "PAD"),   # Egyptian: the arm
    ("earbuds three pls", "BUDS"), ("isa pong earbuds", "BUDS"), ("tws nya ada anc?", "BUDS"),
    ("the headset works on ps5?", "HS-BLK"), ("headphones black one pls", "HS-BLK"),
    ("tai nghe chụp tai có mic không", "HS-BLK"),
    ("tai nghe bao nhiêu tiền", None), ("السماعات فيها ضمان؟", None),     # either of the two: named by neither
    ("+1 plumas", "PEN"), ("una pluma de gel porfa", "PEN"),                # Mexican "pluma" is a pen
])
def test_gear_in_the_buyers_words(gear, text, sku):
    assert gear.match(text) == sku


@pytest.mark.parametrize("text, sku", [
    ("máy duỗi lấy hai cái shop ơi", "STR"), ("may duoi co ship cod ko ad", "STR"), ("máy là tóc bị nóng quá", "STR"),
    ("dah checkout dryer kak", "DRY"), ("dryer nya bunyi kretek2", "DRY"), ("dryer baru guna seminggu dah tak panas", "DRY"),
    ("keep perang kak", "DYE-BRN"), ("nâu hạt dẻ tóc dài cần mấy hộp ạ", "DYE-BRN"), ("el tinte castaño trae guantes?", "DYE-BRN"),
    ("o castanho cobre branco?", "DYE-BRN"), ("chestnut one pls", "DYE-BRN"),
    ("ที่หนีบมาถึงแผ่นเซรามิกบิ่นค่ะ", "STR"), ("เครื่องหนีบร้อนกี่องศา", "STR"),       # Thai "the clip": a straightener
    ("ลอนใหญ่เอาค่ะ", "CURL-32"), ("ลอนเล็กเอาค่ะ", "CURL-28"), ("ikal kecil satu", "CURL-28"),   # big curls: the wider barrel
    ("rizos grandes, cuál me llevo", None),                                  # asked to choose: neither
])
def test_hair_tools_and_dye_in_the_buyers_words(hair, text, sku):
    assert hair.match(text) == sku


@pytest.mark.parametrize("text, kind", [
    ("catok curly yg mana buat rambut pendek", "curling iron"),    # a "curly" straightener is the curler
    ("ที่หนีบกระดาษ 1 กล่อง", "paper clip"), ("ไม้หนีบผ้า 20 ตัว", "clothes peg"),   # the "clip" of paper or laundry
])
def test_a_longer_name_holding_another_kind_is_its_own_kind(kind, text):
    assert load_concepts()[0].find(text, typos=False) & load_concepts()[1] == {kind}


def test_chestnut_brown_is_no_nut_and_a_clear_case_stays_a_case():
    lexicon = load_concepts()[0]
    assert lexicon.find("màu nâu hạt dẻ", typos=False) == {"brown"}
    assert "nuts" in lexicon.find("hạt dẻ rang bao nhiêu 1kg", typos=False)       # chestnuts to eat are still nuts
    assert "phone case" in lexicon.find("เคสใสใส่ได้เดือนเดียวเหลือง", typos=False)


@pytest.mark.parametrize("text, lang", [
    ("89.99 for a headset that was 59 last month? nice try", "en"),
    ("السعر ده كتير اوي، كان ارخص الشهر اللي فات", "ar"), ("antes costaba menos, ahora 40?", "es"),
    ("semana passada era mais barato", "pt"), ("kemarin lebih murah kak", "id"), ("tuần trước rẻ hơn mà", "vi"),
    ("上次才39块", "zh"), ("เมื่อวานถูกกว่านี้", "th"),
])
def test_a_price_said_to_have_been_lower_is_a_complaint(text, lang):
    assert apply_rules(text, lang, "question", 0.7)[0] == "complaint"
    assert apply_rules(text, lang, "praise", 0.7)[0] == "complaint"


@pytest.mark.parametrize("text, lang", [
    ("was it cheaper last live?", "en"), ("kemarin harganya berapa kak?", "id"),
])
def test_a_price_asked_about_is_no_complaint(text, lang):
    assert apply_rules(text, lang, "question", 0.7)[0] == "question"


@pytest.mark.parametrize("text, lang", [
    ("刚下班 错过了什么", "zh"), ("ya llegué!! me perdí de algo?", "es"), ("what did i miss?", "en"),
    ("tadi mati lampu, ketinggalan deh", "id"), ("اول مرة احضر البث", "ar"), ("lần đầu xem live shop", "vi"),
    ("whats up from Dubai", "en"), ("hola desde Monterrey", "es"), ("ana men Alex", "ar"), ("انا من جدة", "ar"),
    ("con mèo dễ thương quá", "vi"), ("主播的猫好可爱", "zh"), ("your cat is so cute", "en"), ("kucingnya lucu banget", "id"),
])
def test_late_new_from_a_place_or_the_hosts_pet_is_room_talk(text, lang):
    for intent in ("question", "buy", "praise", "complaint"):
        assert apply_rules(text, lang, intent, 0.7)[0] == "other", intent


@pytest.mark.parametrize("text, lang", [
    ("hi from Dubai, do you ship to Abu Dhabi?", "en"), ("ana men Alex, el shipping kam?", "ar"),
    ("kucingnya lucu, tapi tempat makannya bocor", "id"),
])
def test_a_question_or_complaint_after_the_hello_still_counts(text, lang):
    assert apply_rules(text, lang, "question", 0.7)[0] != "other"


def test_ahla_live_is_praise():
    assert praises("ahla live wallahi") and praises("احلى لايف")
    assert apply_rules("ahla live", "ar", "other", 0.5)[0] == "praise"


@pytest.mark.parametrize("text", [
    "vcs são demais, chegou tudo certinho", "entrega super rápida, chegou bem embalado", "vcs são ótimos, entrega super rápida",
])
def test_portuguese_praise_of_them_or_the_delivery_is_not_asked(text):
    assert apply_rules(text, "pt", "question", 0.7)[0] == "praise"


@pytest.mark.parametrize("text", ["vcs entregam no RJ", "entrega em quantos dias", "vocês fazem troca"])
def test_portuguese_asking_them_or_about_the_delivery_still_asks(text):
    assert apply_rules(text, "pt", "question", 0.7)[0] == "question"


@pytest.mark.parametrize("text", [
    "nadie contesta los mensajes, pésimo servicio", "ninguém responde no direct", "chat ga dibales2 min",
    "nhắn tin shop ko ai rep", "客服一直不回信息", "私信都不回", "ทักแชทไปไม่มีใครตอบเลยค่ะ", "محد يرد على الواتساب",
    "nobody answers my emails", "walang sumasagot sa chat",
])
def test_nobody_answering_the_chat_is_told_in_every_language(text):
    assert NO_REPLY.search(text)


@pytest.mark.parametrize("text", ["does the shop answer fast?", "dryer nya bunyi kretek2", "客服几点上班"])
def test_other_lines_are_no_unanswered_chat(text):
    assert not NO_REPLY.search(text)


def test_an_unanswered_chat_names_a_product_by_its_words_only(gear):
    # the analyzer reads these with words_only: the product's own words still name it, nothing else does
    assert gear.match("my controller stopped working and nobody answers my messages", words_only=True) == "PAD"
    assert gear.match("nobody answers my messages", words_only=True) is None
