"""Arabizi digits are letters (no count, and the line is Arabic); a defect clapped at or said with no praise word is
a complaint in every language; one pack is a count even when "3-in-1" or "1 kg"
put a 1 in the catalog. Rules only (no encoder)."""

from __future__ import annotations

import pytest

from studio.comments.understand.arabizi import is_arabizi
from studio.comments.understand.intent_rules import apply_rules
from studio.comments.understand.language_id import LanguageIdentifier
from studio.comments.understand.measures import measures_in
from studio.comments.understand.quantity import quantity


@pytest.mark.parametrize("text, qty", [
    ("3ayez 7abl el nat", None),                 # 3 = ع, 7 = ح: letters, no count
    ("ana 3ayza el mango el mogafaf", None),
    ("hhhh el mozee3 ray2", None),
    ("ana 3ayez 2 men el 7abl", 2),              # a spaced digit is still a count
    ("abi el harness el a7mar x2", 2),
    ("kue2 nya 3 pcs", 3),                        # Malay/Indonesian doubling is no Arabizi
    ("keep2", 2),
    ("2pcs please", 2),
])
def test_arabizi_digits_are_letters_not_counts(text, qty):
    assert quantity(text) == qty


@pytest.mark.parametrize("text, arabizi", [
    ("3ayez 7abl el nat", True),
    ("abi el fostan el a7mar", True),
    ("hhhh el mozee3 ray2", True),
    ("iphone7 case pls", False),                 # a model number ending a word
    ("anak2 suka banget", False),
    ("3in1 coffee 2 packs", False),
    ("8oz cup", False),
])
def test_arabizi_is_told_from_codes_units_and_models(text, arabizi):
    assert is_arabizi(text) is arabizi


def test_an_arabizi_line_is_arabic():
    ids = LanguageIdentifier(markets=["EG", "MX"])
    assert ids.identify("3ayez 7abl el nat") == "ar"
    assert ids.identify("ana 3ayza zet el argan") == "ar"
    assert ids.identify("quiero 2 de la cuerda") == "es"


@pytest.mark.parametrize("text, lang", [
    ("wow love how my curler died on day 2 👏👏", "en"),
    ("qué maravilla, la plancha ya no calienta 👏", "es"),
    ("nossa que maravilha, o secador já não esquenta 👏", "pt"),
    ("mantap, baru sehari udah ga nyala 👏", "id"),
    ("ما شاء الله الخلاط خربت من ثاني يوم 👏", "ar"),
    ("电热杯用了两天就不热了，真棒👏", "zh"),
    ("ดีมาก ใช้วันเดียวเปิดไม่ติด 👏", "th"),
    ("trà sữa ngọt gắt, uống ko nổi luôn", "vi"),        # a plain bad taste, no praise word
    ("面膜味道好冲，跟直播说的不一样", "zh"),
])
def test_a_defect_clapped_at_or_a_bad_taste_is_a_complaint_however_sure_the_head(text, lang):
    assert apply_rules(text, lang, "praise", 0.95)[0] == "complaint"


@pytest.mark.parametrize("text, lang", [
    ("el secador es buenísimo 👏👏", "es"),
    ("梳子很好用👏", "zh"),
    ("ชาไทยหอมมาก ไม่หวานเกินไป", "th"),                   # "not too sweet" is praise
])
def test_plain_praise_stays_praise(text, lang):
    assert apply_rules(text, lang, "praise", 0.95)[0] == "praise"


def test_one_pack_stays_a_count_when_the_catalog_has_a_1():
    catalog = measures_in("3-in-1 Instant Coffee, 50 Sachets", names=True) | measures_in("Dates 1 kg Box", names=True)
    assert "1" in catalog
    assert quantity("รับกาแฟ 50 ซอง ๑ ห่อค่ะ", catalog) == 1          # Thai digit one, one pack
    assert quantity("quero o 3 em 1 de 50, 2 pacotes", catalog) == 2


@pytest.mark.parametrize("text, lang, head, want", [
    ("椰枣要", "zh", "praise", "buy"),                   # the product, then "want"
    ("黑色的要两个", "zh", "question", "buy"),
    ("这个不要", "zh", "other", "other"),                 # don't want
    ("这个很重要", "zh", "other", "other"),               # important
    ("eu! o pente de madeira 🙋🏻‍♀️", "pt", "other", "buy"),  # a hand raised for it
    ("yo! la pinza negra", "es", "other", "buy"),
    ("eu! alguém de SP?", "pt", "other", "other"),
    ("co sisir kayu kak", "id", "question", "buy"),       # checkout
    ("co size L khong", "vi", "question", "question"),   # Vietnamese "co" is "có", a question
])
def test_live_room_claims_are_buys(text, lang, head, want):
    assert apply_rules(text, lang, head, 0.8)[0] == want


@pytest.mark.parametrize("text, want", [
    ("catoknya panasnya brp derajat kak", "question"),     # "how many degrees" mid-sentence asks
    ("blendernya berapa watt kak", "question"),
    ("udah 3 kali beli selalu bagus", "praise"),
])
def test_indonesian_how_many_asks_wherever_it_stands(text, want):
    assert apply_rules(text, "id", "praise", 0.8)[0] == want
