"""The Qt binding must not leak references to None: PySide6 6.12.0 on Python 3.11 took one from
`None` on every QPainter.setPen/setBrush/drawRoundedRect call, and a window that paints for
about a minute then aborted with "deallocating None". These tests fail on the leak itself, not
on the crash, so they catch it in seconds."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QLinearGradient, QPainter, QPen

CALLS = 200   # few enough that a leaking binding fails the test before None runs out


def _none_refs_taken(fn, calls: int = CALLS) -> float:
    for _ in range(10):   # first calls fill Qt's and Python's caches, which may hold a None or two
        fn()
    before = sys.getrefcount(None)
    for _ in range(calls):
        fn()
    return (before - sys.getrefcount(None)) / calls


def test_painter_calls_the_app_makes_keep_none_alive(qapp):
    image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, 64, 0)
    gradient.setColorAt(0, QColor(0, 200, 0))
    calls = {
        "setPen(QColor)": lambda: painter.setPen(QColor(0, 0, 0)),
        "setPen(QPen)": lambda: painter.setPen(QPen(QColor(1, 2, 3), 2)),
        "setPen(NoPen)": lambda: painter.setPen(Qt.PenStyle.NoPen),
        "setBrush(QColor)": lambda: painter.setBrush(QColor(1, 2, 3)),
        "setBrush(gradient)": lambda: painter.setBrush(QBrush(gradient)),
        "setFont": lambda: painter.setFont(QFont("Sans", 9)),
        "drawRoundedRect": lambda: painter.drawRoundedRect(QRectF(1, 1, 20, 10), 3, 3),
        "drawRect": lambda: painter.drawRect(QRectF(1, 1, 20, 10)),
        "fillRect": lambda: painter.fillRect(QRectF(1, 1, 5, 5), QColor(1, 1, 1)),
        "drawEllipse": lambda: painter.drawEllipse(QPointF(10, 10), 4, 4),
        "drawLine": lambda: painter.drawLine(QPointF(0, 0), QPointF(9, 9)),
        "drawText": lambda: painter.drawText(QRectF(0, 0, 60, 20), Qt.AlignmentFlag.AlignLeft, "hi 你好"),
        "drawImage": lambda: painter.drawImage(QRectF(0, 0, 8, 8), image.copy(0, 0, 8, 8)),
    }
    leaks = {name: _none_refs_taken(fn) for name, fn in calls.items()}
    painter.end()
    leaking = {name: rate for name, rate in leaks.items() if rate > 0.01}
    assert not leaking, f"these painter calls take a reference from None per call: {leaking}"


def test_level_meter_paints_without_taking_from_none(qapp):
    from studio.ui.level_meter import AudioLevelMeter

    meter = AudioLevelMeter()
    meter.resize(200, 14)
    meter.set_reader(lambda: -12.0)
    taken = _none_refs_taken(lambda: meter.grab(), calls=100)
    meter.deleteLater()
    assert taken < 0.01, f"each paint of the level meter takes {taken:.2f} references from None"
