"""Untrusted viewer text: cleaned once on entry (controls, bidi overrides, length), never markup."""

from __future__ import annotations

import json

import pytest

from studio.comments.events import EventKind, LiveEvent
from studio.comments.sanitize import MAX_NAME_CHARS, MAX_TEXT_CHARS, clean_name, clean_text
from studio.comments.schema import EventFormatError, parse_body, parse_event


def test_control_characters_and_line_breaks_are_removed():
    assert clean_text("price?\x00\x07\x1b[31m red\x7f\x9b") == "price?[31m red"
    assert clean_text("line one\r\nline two\u2028three") == "line one line two three"


def test_bidi_overrides_and_isolates_are_stripped():
    # "Trojan Source": U+202E would show "gpj.exe" as "exe.jpg"
    assert clean_text("invoice\u202egpj.exe") == "invoicegpj.exe"
    assert clean_text("\u2066hidden\u2069 \u200fmark") == "hidden mark"


def test_scripts_stay_literal_text_and_real_scripts_survive():
    assert clean_text("<script>alert(1)</script>") == "<script>alert(1)</script>"
    for text in ("ลิปสีแดงติดทนไหมคะ", "كم سعر أحمر الشفاه الأحمر؟", "红色口红多少钱？", "son đỏ giá bao nhiêu"):
        assert clean_text(text) == text


def test_a_100k_character_comment_is_capped():
    text = clean_text("a" * 100_000)
    assert len(text) == MAX_TEXT_CHARS and text.endswith("…")


def test_names_lose_zero_width_characters_and_are_capped():
    assert clean_name("ad\u200bmin") == "admin"
    assert clean_name("\u200b \u200d") is None
    assert len(clean_name("x" * 1000)) == MAX_NAME_CHARS
    assert clean_name(12) is None and clean_text(None) == ""


def test_every_string_of_an_event_goes_through_the_sanitiser():
    event = LiveEvent.create(EventKind.COMMENT, source="relay\n", platform="shop\u202eee", event_id="id 1\x00",
                             text="hi\u202e there", user="bob\x07", count="3", amount=float("nan"))
    assert (event.text, event.user, event.platform, event.event_id) == ("hi there", "bob", "shopee", "id_1")
    assert event.count == 3 and event.amount is None


def test_schema_names_the_bad_field():
    with pytest.raises(EventFormatError, match="'text'"):
        parse_event({"kind": "comment", "text": ["x"]}, source="relay", default_platform="relay")
    with pytest.raises(EventFormatError, match="unknown kind"):
        parse_event({"kind": "hack", "text": "x"}, source="relay", default_platform="relay")
    with pytest.raises(EventFormatError, match="'count' must be a number"):
        parse_event({"kind": "like", "count": "many"}, source="relay", default_platform="relay")
    with pytest.raises(EventFormatError, match="non-empty"):
        parse_event({"text": "  "}, source="relay", default_platform="relay")
    with pytest.raises(EventFormatError, match="not valid JSON"):
        parse_body(b"{oops", source="relay", default_platform="relay")
    with pytest.raises(EventFormatError, match="event 1:"):
        parse_body(json.dumps([{"text": "ok"}, {"kind": 5}]), source="relay", default_platform="relay")


def test_schema_round_trip():
    event = parse_event({"text": "¿tienen el rojo?", "user": "ana", "id": "c-1", "lang": "es",
                         "platform": "shopee", "wall_ms": 1764943200000}, source="relay", default_platform="relay")
    again = parse_event(event.to_json(), source="x", default_platform="y")
    assert (again.text, again.user, again.event_id, again.platform, again.wall_ms, again.source) == \
        ("¿tienen el rojo?", "ana", "c-1", "shopee", 1764943200000, "relay")
