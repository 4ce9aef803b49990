"""The strip under the preview: which segment of the show is on, and how long it has run.

The window moves segments through the session (next/previous hotkeys); this bar
only shows what the core announced with SegmentChanged.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


def format_clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when its text is longer than its room (long segment titles)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        painter.end()


class SegmentBar(QWidget):
    """GUI thread only. `previous_requested` / `next_requested` go to the window. It sits in the
    top bar, across the whole window, so it stays readable however the docks squeeze the preview."""

    previous_requested = Signal()
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._show = None
        self._index: int | None = None
        self._segment_started_s = time.monotonic()
        self.previous_button = QPushButton(self.tr("◀ Previous"), self)
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.position = QLabel(self)
        self.position.setProperty("role", "dim")
        self.title = ElidedLabel(self)
        self.title.setProperty("role", "segment-title")
        self.detail = ElidedLabel(self)
        self.detail.setProperty("role", "dim")
        self.timer_label = QLabel(self)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = self.timer_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.timer_label.setFont(font)
        self.timer_label.setMinimumWidth(self.timer_label.fontMetrics().horizontalAdvance("00:00 / 00:00") + 12)
        self.timer_label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)

        text = QWidget(self)
        tcol = QVBoxLayout(text)
        tcol.setContentsMargins(8, 0, 8, 0)
        tcol.setSpacing(0)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.position)
        head.addWidget(self.title, 1)
        tcol.addLayout(head)
        tcol.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 0, 12, 0)
        layout.addWidget(self.previous_button)
        layout.addWidget(text, 1)
        layout.addWidget(self.timer_label)
        layout.addWidget(self.next_button)
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._show_time)
        self._tick.start(500)
        self._refresh()

    @property
    def index(self) -> int | None:
        return self._index

    def set_show(self, show, index: int | None = None) -> None:
        self._show = show
        self._index = index if show is not None and show.segments else None
        self._segment_started_s = time.monotonic()
        self._refresh()

    def set_index(self, index: int | None) -> None:
        if index != self._index:
            self._segment_started_s = time.monotonic()
        self._index = index
        self._refresh()

    def set_navigation_enabled(self, enabled: bool) -> None:
        self._nav_enabled = enabled
        self._refresh()

    def _refresh(self) -> None:
        show, index = self._show, self._index
        nav = getattr(self, "_nav_enabled", True)
        has_show = show is not None and bool(show.segments)
        self.previous_button.setEnabled(nav and has_show and index is not None and index > 0)
        self.next_button.setEnabled(nav and has_show and (index is None or index < len(show.segments) - 1))
        if not has_show:
            self.position.setText("")
            self.title.setText(self.tr("No show loaded"))
            self.detail.setText(self.tr("Open a run of show (.show.md) to step through its segments "
                                        "with PageDown / F9."))
            self.timer_label.setText("")
            return
        if index is None:
            self.position.setText(self.tr("%n segment(s)", "", len(show.segments)))
            self.title.setText(show.title)
            self.detail.setText(self.tr("Press Next (PageDown or F9) to start the first segment."))
            self.timer_label.setText("")
            return
        segment = show.segments[index]
        self.position.setText(self.tr("%1 of %2").replace("%1", str(index + 1)).replace("%2", str(len(show.segments))))
        self.title.setText(segment.title)
        parts = []
        product = show.product(segment.product_sku)
        if product is not None:
            parts.append(f"{product.name} · {product.price}" if product.price is not None else product.name)
        if segment.offer:
            parts.append(segment.offer)
        if index + 1 < len(show.segments):
            parts.append(self.tr("Next: %1").replace("%1", show.segments[index + 1].title))
        self.detail.setText("   ·   ".join(parts))
        self._show_time()

    def _show_time(self) -> None:
        show, index = self._show, self._index
        if show is None or index is None or not (0 <= index < len(show.segments)):
            return
        elapsed = time.monotonic() - self._segment_started_s
        planned = show.segments[index].duration_s
        text = format_clock(elapsed) + (f" / {format_clock(planned)}" if planned else "")
        self.timer_label.setText(text)
        over = planned is not None and elapsed > planned
        self.timer_label.setStyleSheet("color: #f5a524;" if over else "")
