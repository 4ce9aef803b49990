"""A layout that wraps its widgets onto more rows when the room gets narrow (Qt's flow layout example).

A dock squeezed to a third of a laptop screen must never grow wider than it is shown (a
horizontal scrollbar that hides the right of the panel): controls go onto a second row instead,
and a word-wrapped label gets at most the row's width and grows in height.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Left to right, then the next row. GUI thread only."""

    def __init__(self, parent: QWidget | None = None, spacing_px: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing_px = spacing_px
        self.setContentsMargins(0, 0, 0, 0)

    # --- QLayout API ---------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt API)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt API)
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt API)
        """The widest single item's minimum: everything else can go onto another row."""
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # --- arrangement ----------------------------------------------------------------------

    def _arrange(self, rect: QRect, place: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, row_h = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():      # a hidden widget takes no room
                continue
            width = max(item.minimumSize().width(), min(item.sizeHint().width(), area.width()))
            width = min(width, max(1, area.width()))
            height = item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
            if x > area.x() and x + width > area.x() + area.width():
                x, y, row_h = area.x(), y + row_h + self._spacing_px, 0
            if place:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
            x += width + self._spacing_px
            row_h = max(row_h, height)
        return y + row_h - rect.y() + m.bottom()
