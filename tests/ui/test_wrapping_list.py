"""List items wrap to their full text in every script: a Chinese chip or a Thai comment falls back to a font with
taller lines, and QListView's own word wrap then cut the comment to one elided line."""

from __future__ import annotations

from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QListWidget

from studio.ui.theme import ui_font
from studio.ui.wrapping_list import wrap_items
from tests.ui.conftest import spin

TEXTS = ["[vi] [提问] [LIP-RUBY] chào shop, hôm nay có son mới không ạ, màu đỏ còn không shop",
         "[th] [提问] สวัสดีค่ะ ส่งไทยไหมคะ ลิปสีแดงติดทนไหมคะ ถ้าซื้อสองแท่งลดไหมคะ",
         "[ar] [投诉] وصلني أحمر الشفاه مكسور والتغليف مفتوح، أبغى استرجاع المبلغ لو سمحت",
         "[en] [其他] hiii just joined, what are we looking at tonight? love the colours 😍"]


def _text_height(text: str, font, width: int) -> float:
    """The wrapped text's height laid out as Qt lays out an item's text (QTextLayout, word boundary or anywhere)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        height += line.height()
    layout.endLayout()
    return height


def _tight_items(view: QListWidget) -> list[str]:
    """Items with no room beyond their laid-out text: Qt's own word wrap sizes them so, and then draws them cut
    to one line ending in '...' when a fallback font (CJK, Thai, Arabic) is in the text (seen in the window)."""
    tight = []
    for row in range(view.count()):
        item = view.item(row)
        rect = view.visualItemRect(item)
        if rect.height() < _text_height(item.text(), view.font(), rect.width() - 6) + 4:
            tight.append(item.text())
    return tight


def _list(wrapped: bool) -> QListWidget:
    view = QListWidget()
    view.setFont(ui_font())          # the window's font: its CJK fallback has the taller lines
    if wrapped:
        wrap_items(view)
    else:
        view.setWordWrap(True)
    view.addItems(TEXTS)
    view.resize(300, 400)
    view.show()
    spin(0.2)
    return view


def test_wrapped_items_hold_their_whole_text_in_every_script(qapp):
    view = _list(wrapped=True)
    assert _tight_items(view) == []
    assert all(view.visualItemRect(view.item(r)).height() > view.fontMetrics().height() * 1.5
               for r in range(view.count()))            # each of these needs two lines or more at 300 px


def test_the_check_catches_qt_word_wrap_sizing_items_too_tight(qapp):
    view = _list(wrapped=False)
    assert _tight_items(view), "plain QListView word wrap now leaves room: check the window, the delegate may go"
