"""List views whose items wrap, whatever fonts the text falls back to.

QListView's word wrap sizes an item with the primary font's line height. A Chinese UI label ("[提问]") or a Thai or
Arabic comment is drawn with a fallback font whose lines are taller, so two wrapped lines no longer fit the item and
Qt elides the text to one line ("chào shop, hôm nay có son mới ..."): a host never read the end of a comment. The
delegate measures the text with QFontMetrics.boundingRect, which lays it out with the same fallbacks as painting."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QListView, QListWidget, QStyle, QStyledItemDelegate

_TALL = 1_000_000     # no height limit while measuring


class WrappedTextDelegate(QStyledItemDelegate):
    """Item height = the wrapped text's real height at the view's width."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        needed = QFontMetrics(option.font).boundingRect(QRect(0, 0, self._text_width(), _TALL),
                                                        int(Qt.TextFlag.TextWordWrap), text)
        return QSize(hint.width(), max(hint.height(), needed.height() + 4))

    def _text_width(self, inset: int = 0) -> int:
        """The width text wraps at: the viewport less the style's text margins on both sides, the view's
        spacing and `inset`."""
        view = self._view
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        return max(40, view.viewport().width() - 2 * margin - 2 * view.spacing() - inset)


def wrap_items(view: QListView) -> None:
    """Long items wrap inside the view: no sideways scrolling, no text cut to '...'."""
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setItemDelegate(WrappedTextDelegate(view))


class CompactList(QListWidget):
    """A list that asks for no more than its minimum height: the dock's scroll area sizes a panel by its size hint,
    and QListWidget's default (192 px) pushed the answer buttons under the edge of a 1366x768 screen."""

    def sizeHint(self):  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        hint.setHeight(self.minimumHeight())
        return hint
