"""The microphone level meter: a bar in dBFS with a peak hold, read on a timer.

The audio callback never talks to Qt: the session keeps the latest level
(`session.audio_level_dbfs`) and this widget reads it ~30 times a second.
"""

from __future__ import annotations

import math
import time
from typing import Callable

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QLinearGradient, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from studio.ui import theme

METER_REFRESH_MS = 33
FLOOR_DBFS = -60.0
PEAK_HOLD_S = 1.5
FALL_DB_PER_S = 24.0   # the bar falls smoothly instead of flickering with every chunk
# Speech for streaming sits around -18 dBFS; above -6 it risks clipping.
GREEN_UNTIL_DBFS = -18.0
AMBER_UNTIL_DBFS = -6.0


class AudioLevelMeter(QWidget):
    """Called on the GUI thread only. `set_reader(fn)`: fn() -> dBFS, None when there is no audio."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(14)
        self._reader: Callable[[], float | None] | None = None
        self._shown_dbfs = FLOOR_DBFS
        self._peak_dbfs = FLOOR_DBFS
        self._peak_at_s = 0.0
        self._last_s = time.monotonic()
        self._active = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(METER_REFRESH_MS)

    def set_reader(self, reader: Callable[[], float | None] | None) -> None:
        self._reader = reader

    @property
    def level_dbfs(self) -> float:
        return self._shown_dbfs

    @property
    def active(self) -> bool:
        return self._active

    def _tick(self) -> None:
        now = time.monotonic()
        dt = now - self._last_s
        self._last_s = now
        level = None
        if self._reader is not None:
            try:
                level = self._reader()
            except Exception:   # the session is being torn down
                level = None
        self._active = level is not None
        if level is None or not math.isfinite(level):
            level = FLOOR_DBFS
        level = max(FLOOR_DBFS, min(0.0, float(level)))
        self._shown_dbfs = level if level > self._shown_dbfs else max(level, self._shown_dbfs - FALL_DB_PER_S * dt)
        if level >= self._peak_dbfs or now - self._peak_at_s > PEAK_HOLD_S:
            self._peak_dbfs, self._peak_at_s = level, now
        self.update()

    @staticmethod
    def _fraction(dbfs: float) -> float:
        return (dbfs - FLOOR_DBFS) / -FLOOR_DBFS

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.SURFACE_RAISED))
        painter.drawRoundedRect(rect, 4, 4)
        gradient = QLinearGradient(rect.left(), 0, rect.right(), 0)
        gradient.setColorAt(0.0, QColor(theme.OK_GREEN))
        gradient.setColorAt(self._fraction(GREEN_UNTIL_DBFS), QColor(theme.OK_GREEN))
        gradient.setColorAt(self._fraction(AMBER_UNTIL_DBFS), QColor(theme.WARNING_AMBER))
        gradient.setColorAt(1.0, QColor(theme.RECORD_RED))
        fill = QRectF(rect)
        fill.setWidth(rect.width() * self._fraction(self._shown_dbfs))
        if fill.width() > 1:
            painter.setBrush(gradient)
            painter.drawRoundedRect(fill, 4, 4)
        if self._peak_dbfs > FLOOR_DBFS:
            x = rect.left() + rect.width() * self._fraction(self._peak_dbfs)
            painter.fillRect(QRectF(x - 1, rect.top(), 2, rect.height()), QColor(theme.TEXT))
        painter.setPen(QColor(0, 0, 0, 90))   # tick marks every 12 dB
        for db in range(-48, 0, 12):
            x = rect.left() + rect.width() * self._fraction(db)
            painter.drawLine(int(x), int(rect.top() + 3), int(x), int(rect.bottom() - 3))
        painter.end()
