"""Arabic buyers in a product area no folded set has (round 18, the DEV probe tests/comments/data/probe18/): the
burner, the bakhoor and the oud oil by their Gulf, Egyptian, Levantine and Maghrebi words and in Arabizi, with the
article and an attached plural, dual or size; black in Egyptian and Maghrebi spelling; Maghrebi "two"; an Arabizi
"I want ..." told is an order, asked or "I want to ask" is not; Arabizi and dialect complaint words. Words and
rules only (no encoder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.comments.understand.intent_rules import apply_rules
from studio.comments.understand.products import ProductMatcher
from studio.comments.understand.quantity import quantity
from studio.show import load_show

PROBE_SHOW = Path(__file__).parent / "data" / "probe18" / "oud-bakhoor-night.show.md"


@pytest.fixture(scope="module")
def oud():
    return ProductMatcher(load_show(PROBE_SHOW), encoder=None)


@pytest.mark.parametrize("text, sku", [
    ("المبخرة السودة بتاعتكم بتسخن بسرعة؟", "MB-BLK"),       # Egyptian spelling of black, the article on both words
    ("bghit l mbakhra l k7la wa7da", "MB-BLK"),              # Maghrebi Arabizi: kahla is black
    ("l mbakhra l ka7la fiha cable?", "MB-BLK"),
    ("مبخرتين ذهبي لو سمحتي", "MB-GLD"),                      # the dual
    ("bde 3 3elab bakhoor sghar", "BK-50"),                  # a plural of small
    ("ابغى علبتين بخور الكبيرة", "BK-100"),
    ("عايز ٣ ازايز دهن عود", "OUD-12"),
    ("دهن العود أصلي ولا مخلوط؟", "OUD-12"),                 # the article on the second word of the pair
    ("شو حجم قنينة العود؟", "OUD-12"),
    ("dehn el 3ood da asli wala ma5loot?", "OUD-12"),
    ("بكم المبخرة؟", None),                                   # the twins, no telling detail
    ("بكم المباخر؟", None),                                   # nor in the plural
])
def test_the_burner_bakhoor_and_oud_in_the_buyers_words(oud, text, sku):
    assert oud.match(text) == sku


def test_maghrebi_two_is_a_count():
    assert quantity("بغيت جوج ديال دهن العود") == 2


@pytest.mark.parametrize("text, intent", [
    ("bghit l mbakhra dahabiya please", "buy"),             # told: an order
    ("abi el sikeen", "buy"),
    ("3ayza as2al 3an el mabkhara", "other"),               # I want to ask: not an order
    ("abi el mabkhara el dahabi, fi?", "question"),         # asked
])
def test_an_arabizi_i_want_told_is_an_order(text, intent):
    assert apply_rules(text, "ar", "other", 0.5)[0] == intent


@pytest.mark.parametrize("text", [
    "el bakhoor el sghir ri7to mesh 7elwa khales",
    "order mewsolsh lel 2an, 2 weeks!",
    "البخور الصغير ريحته راحت بسرعة ما يثبت",
    "دهن العود اللي جالي ريحته زي الكحول",
])
def test_dialect_and_arabizi_complaints(text):
    assert apply_rules(text, "ar", "praise", 0.5)[0] == "complaint"
