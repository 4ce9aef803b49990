"""The pinned question card draws the viewer's words on the program with Qt shaping: Thai and Arabic
(right to left) glyphs land inside the card's rectangle; taken down, the frame is untouched."""

from __future__ import annotations

import numpy as np
import pytest

from studio.core.filters import FilterContext
from studio.core.frames import VideoFrame
from studio.overlays.question_card import QuestionCardOverlay

BACKGROUND = (40, 90, 30)      # BGR, a colour the card never uses


def _frame(w=1080, h=1920):
    image = np.empty((h, w, 3), np.uint8)
    image[:] = BACKGROUND
    return VideoFrame(image, 0, 0, 0)


def _drawn(frame):
    return np.any(frame.image != np.array(BACKGROUND, np.uint8), axis=2)


@pytest.mark.parametrize("text", ["ลิปสีแดงส่งไปภูเก็ตกี่วันคะ 💄", "هل يوجد شحن إلى الرياض؟ 🙏"])
def test_a_pinned_question_is_drawn_inside_its_card(text):
    card = QuestionCardOverlay()
    card.show(text, "Q ×12")
    frame = card.process(_frame(), FilterContext(None, None, 0))
    x, y, w, h = card.rect(1080, 1920)
    drawn = _drawn(frame)
    assert drawn[y:y + h, x:x + w].mean() > 0.9          # the card's background covers its rectangle
    outside = drawn.copy()
    outside[y:y + h, x:x + w] = False
    assert not outside.any()                             # nothing drawn elsewhere
    # the text itself: bright glyph pixels on the dark card, in the body under the header
    body = frame.image[y + h // 3: y + h, x: x + w]
    bright = (body.min(axis=2) > 200)
    assert bright.sum() > 400
    cols = np.nonzero(bright.any(axis=0))[0]
    if text.startswith("هل"):
        assert cols.max() > w * 0.8                      # right to left: the line starts at the right edge
    else:
        assert cols.min() < w * 0.2


def test_markup_is_drawn_as_characters_and_unpin_clears():
    card = QuestionCardOverlay()
    card.show("<b>x</b><img src=http://x/y.png>", "Q")
    assert card.text == "<b>x</b><img src=http://x/y.png>"
    plain = QuestionCardOverlay()
    plain.show("x", "Q")
    wide = card.process(_frame(), FilterContext(None, None, 0))
    narrow = plain.process(_frame(), FilterContext(None, None, 0))
    assert _drawn(wide).sum() > _drawn(narrow).sum()     # the tags are glyphs, not formatting
    card.clear()
    assert not _drawn(card.process(_frame(), FilterContext(None, None, 0))).any()
