"""Help → Keyboard shortcuts: every key the window binds, read from the bindings themselves (its actions and
the panels' QShortcuts), so the list cannot drift from what the keys do.

A panel's QShortcut says what it does in its whatsThis (describe_shortcut); one without is left out of the list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QDockWidget, QHeaderView, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)


def describe_shortcut(shortcut: QShortcut, what: str) -> QShortcut:
    """Name what a panel's key does, for the shortcuts list."""
    shortcut.setWhatsThis(what)
    return shortcut


def _keys(sequences) -> str:
    return " / ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty())


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, keys) for every enabled binding in the window: its commands, then the panels' keys.
    A command bound to several keys is one row ('Next segment', 'PgDown / F9')."""
    docks = {dock.toggleViewAction(): dock for dock in window.findChildren(QDockWidget)}
    commands: dict[str, list] = {}
    for action in window.findChildren(QAction):
        if not action.shortcuts() or not action.text():
            continue
        text = action.text().replace("&", "")
        if action in docks:
            text = QCoreApplication.translate("ShortcutHelp", "Show or hide the %1 panel").replace("%1", text)
        commands.setdefault(text, []).extend(action.shortcuts())
    panel_keys: dict[str, list] = {}
    for shortcut in window.findChildren(QShortcut):
        if shortcut.isEnabled() and shortcut.whatsThis() and not shortcut.key().isEmpty():
            panel_keys.setdefault(shortcut.whatsThis(), []).append(shortcut.key())
    rows = [(text, _keys(seqs)) for text, seqs in commands.items()]
    rows += [(text, _keys(seqs)) for text, seqs in panel_keys.items() if text not in commands]
    return [(text, keys) for text, keys in rows if keys]


class ShortcutsDialog(QDialog):
    """The list as a two-column table (what, keys); it scrolls when the screen is short."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        for r, (what, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(what))
            key_item = QTableWidgetItem(keys)
            font = key_item.font()
            font.setBold(True)
            key_item.setFont(font)
            self.table.setItem(r, 1, key_item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        screen = window.screen().availableGeometry() if window.screen() else None
        height = min(self.table.verticalHeader().length() + 110, int(screen.height() * 0.85) if screen else 640)
        self.resize(560, height)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
