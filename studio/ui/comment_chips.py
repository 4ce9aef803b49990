"""Inbox comments drawn as a host reads them: small coloured chips (language, intent, product) over the comment.

A row used to start with "[ar] [question] [LIP-RUBY]" in the comment's own colour: brackets a host has to read
past, and an intent colour on the buyer's words. The chips sit on a line of their own, each intent in its colour,
and the comment (with its translation) wraps below in the normal text colour. The item's display text stays the
whole plain line (tests, copy, screen readers); the chips ride in CHIPS_ROLE as (text, colour) pairs.
Text goes through Qt's layout like any label: Arabic, Thai and emoji shape as elsewhere."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from studio.ui import theme
from studio.ui.wrapping_list import WrappedTextDelegate

CHIPS_ROLE = int(Qt.ItemDataRole.UserRole) + 1      # [(text, QColor or None), ...]
BODY_ROLE = int(Qt.ItemDataRole.UserRole) + 2       # the comment and its translation, without the chips

_PAD_X, _PAD_Y, _GAP, _RADIUS = 6, 1, 5, 7
_RTL = {"R", "AL"}
_LTR = {"L"}
_TALL = 1_000_000


def _right_to_left(text: str) -> bool:
    """An Arabic or Hebrew comment reads from the right edge, whatever the window's language."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL:
            return True
        if kind in _LTR:
            return False
    return False


def _chip_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
    font.setWeight(QFont.Weight.DemiBold)
    return font


class CommentChipsDelegate(WrappedTextDelegate):
    """Chips on the first line, the comment wrapped under them; items without chips paint as plain wrapped text."""

    def _text_width(self, inset: int = 8) -> int:
        return super()._text_width(inset)      # the chips' and the comment's 4 px left and right

    def _chip_height(self, option) -> int:
        return QFontMetrics(_chip_font(option.font)).height() + 2 * _PAD_Y

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt's name)
        chips = index.data(CHIPS_ROLE)
        if not chips:
            return super().sizeHint(option, index)
        body = index.data(BODY_ROLE) or ""
        needed = QFontMetrics(option.font).boundingRect(QRect(0, 0, self._text_width(), _TALL),
                                                        int(Qt.TextFlag.TextWordWrap), body)
        return QSize(self._text_width(), self._chip_height(option) + 3 + needed.height() + 8)

    def paint(self, painter: QPainter, option, index) -> None:
        chips = index.data(CHIPS_ROLE)
        if not chips:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)   # background, selection
        painter.save()
        painter.setClipRect(option.rect)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = _chip_font(option.font)
        metrics = QFontMetrics(font)
        height = self._chip_height(option)
        x, y = option.rect.left() + 4, option.rect.top() + 3
        painter.setFont(font)
        for text, color in chips:
            width = metrics.horizontalAdvance(text) + 2 * _PAD_X
            if x + width > option.rect.right() - 4 and x > option.rect.left() + 4:
                break      # a narrow dock: the chips that fit; the comment below is what matters
            tint = QColor(color) if color is not None else QColor(theme.TEXT_DIM)
            fill = QColor(tint)
            fill.setAlpha(45)
            painter.setPen(tint)
            painter.setBrush(fill)
            box = QRectF(x, y, width, height)
            painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), _RADIUS, _RADIUS)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
            x += width + _GAP
        painter.setFont(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(option.palette.highlightedText().color() if selected else option.palette.text().color())
        body_rect = QRect(option.rect.left() + 4, y + height + 3, self._text_width(), _TALL)
        body = index.data(BODY_ROLE) or ""
        side = Qt.AlignmentFlag.AlignRight if _right_to_left(body) else Qt.AlignmentFlag.AlignLeft
        painter.drawText(body_rect, int(Qt.TextFlag.TextWordWrap) | int(side | Qt.AlignmentFlag.AlignAbsolute), body)
        painter.restore()
