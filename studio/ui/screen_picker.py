"""The display pickers (full-screen prompter, program window) read '1: 1920×1080', the monitor's maker, model
and name in the item's tooltip: 'screen (1366×768)' or 'DELL U2720Q (3840×2160)' was cut in a narrow dock."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QComboBox


def screen_label(number: int, screen: QScreen) -> str:
    size = screen.size()
    return f"{number}: {size.width()}×{size.height()}"


def fill_screen_combo(combo: QComboBox, data: Callable[[int, QScreen], Any]) -> None:
    """One item per display, numbered from 1; data(index, screen) is what the item carries."""
    combo.clear()
    for i, screen in enumerate(QGuiApplication.screens()):
        combo.addItem(screen_label(i + 1, screen), data(i, screen))
        combo.setItemData(i, " ".join(x for x in (screen.manufacturer(), screen.model(), screen.name()) if x),
                          Qt.ItemDataRole.ToolTipRole)
