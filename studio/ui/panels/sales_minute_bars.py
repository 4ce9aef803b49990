"""The sales dock's GMV-per-minute bars."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from studio.sales import Dashboard


class MinuteBars(QWidget):
    """GMV per minute of the live as bars, newest on the right (the last 60 minutes). GUI thread."""

    MINUTES = 60

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[int] = []
        self.setMinimumHeight(48)
        self.setToolTip(self.tr("GMV per minute"))

    def set_dashboard(self, d: Dashboard | None) -> None:
        values: list[int] = []
        if d is not None:
            minutes = int(d.elapsed_s // 60) + 1
            values = [0] * minutes
            for m in d.per_minute:
                if 0 <= m.minute < minutes:
                    values[m.minute] = m.gmv.amount_minor
        self.values = values[-self.MINUTES:]
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if not self.values or not any(self.values):
            return
        painter = QPainter(self)
        peak = max(self.values)
        step = self.width() / self.MINUTES
        x0 = self.width() - step * len(self.values)
        for i, v in enumerate(self.values):
            h = (self.height() - 2) * v / peak
            painter.fillRect(int(x0 + i * step), int(self.height() - h), max(1, int(step * 0.8)), int(h),
                             QColor("#f0a202"))
        painter.end()
