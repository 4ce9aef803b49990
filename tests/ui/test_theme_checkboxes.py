"""Check boxes read on the dark theme: an unticked box has a light edge, a ticked one a tick."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton


def _indicator_pixels(box: QCheckBox) -> list[QColor]:
    """The pixels of the box itself (not its label), as the style places it."""
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    return [QColor(image.pixel(x, y)) for x in range(rect.left(), rect.right() + 1)
            for y in range(rect.top(), rect.bottom() + 1)]


def test_an_unticked_box_stands_out_and_a_ticked_one_shows_its_tick(qapp):
    box = QCheckBox("Blocking only")
    box.resize(160, 28)
    box.show()
    edge = [c for c in _indicator_pixels(box) if c.lightness() > 120]
    assert len(edge) >= 30, "the unticked box is a dark square on the dark background"
    box.setChecked(True)
    ticked = _indicator_pixels(box)
    assert sum(c.blue() > 200 and c.red() < 120 for c in ticked) >= 30        # the accent fill
    assert sum(c.lightness() > 230 for c in ticked) >= 6                        # the white tick
    box.close()
