"""The one place untrusted text from viewers is cleaned: every source and the store go through it.

Comment text comes from strangers. It is shown as plain text (never HTML, never a format string)
and stored; before that, characters that could change how other text is shown or read are
removed: C0/C1 controls, bidi overrides and isolates (U+202A-202E, U+2066-2069: "Trojan Source",
CVE-2021-42574), unassigned and private-use code points; zero-width characters used to dodge filters
are kept out of names. Line breaks become spaces (a comment is one line). Length is capped in
characters. Markup such as <script> stays literal text: every view shows it as text.
"""

from __future__ import annotations

import re
import unicodedata

MAX_TEXT_CHARS = 500       # TikTok caps a comment at 150; 500 leaves room for other platforms
MAX_NAME_CHARS = 64

_BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
# Zero-width characters: harmless inside Indic/Arabic words (ZWJ/ZWNJ shape them), so they stay in
# text; names lose them so "admin" and "ad\u200bmin" do not look alike.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f" + _BIDI_CONTROLS + "]")
_BREAKS = re.compile(r"[\t\n\r\u2028\u2029\x0b\x0c\x85]+")
_SPACES = re.compile(r"\s{2,}")


def clean_text(value: object, max_chars: int = MAX_TEXT_CHARS) -> str:
    """Plain one-line text: NFC, controls and bidi overrides removed, whitespace collapsed,
    at most max_chars characters (an ellipsis marks a cut). Anything not a string becomes ""."""
    if not isinstance(value, str):
        return ""
    if len(value) > max_chars * 4:          # never normalise a 100k-character flood in full
        value = value[: max_chars * 4]
    text = unicodedata.normalize("NFC", value)
    text = _BREAKS.sub(" ", text)
    text = _CONTROLS.sub("", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cs", "Co", "Cn"))
    text = _SPACES.sub(" ", text).strip()
    if len(text) > max_chars:
        text = text[: max_chars - 1].rstrip() + "…"
    return text


def clean_name(value: object) -> str | None:
    """A viewer's display name, cleaned like text, without zero-width characters; None when empty."""
    text = clean_text(value, MAX_NAME_CHARS)
    text = "".join(ch for ch in text if ch not in _ZERO_WIDTH).strip()
    return text or None


def clean_id(value: object, max_chars: int = 128) -> str | None:
    """An identifier from outside (event id, source id): printable ASCII-ish, capped; None when empty."""
    if isinstance(value, (int,)) and not isinstance(value, bool):
        value = str(value)
    text = clean_text(value, max_chars).replace(" ", "_")
    return text or None
