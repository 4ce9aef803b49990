"""Help → Keyboard shortcuts lists every key the window binds, read from the bindings themselves."""

from __future__ import annotations

from PySide6.QtGui import QAction, QShortcut

from studio.ui.shortcut_help import shortcut_rows
from tests.ui.conftest import spin


def test_every_bound_key_is_in_the_help(make_window, language):
    window = make_window()
    spin(0.3)
    rows = shortcut_rows(window)
    listed = {key for _, keys in rows for key in keys.split(" / ")}
    bound = {seq.toString() for action in window.findChildren(QAction) for seq in action.shortcuts()}
    bound |= {s.key().toString() for s in window.findChildren(QShortcut) if s.isEnabled() and not s.key().isEmpty()}
    assert bound - listed <= {"Enter"}          # the keypad's Return: listed as Return
    assert {"F4", "Shift+F4", "F6", "Shift+F6", "F7", "F8", "Shift+F8", "Ctrl+Shift+R", "PgDown", "F9"} <= listed
    assert all(what and keys for what, keys in rows)
    assert len({what for what, _ in rows}) == len(rows)
    window.shortcuts_action.trigger()
    spin(0.2)
    assert window.shortcuts_dialog.table.rowCount() == len(rows)
    window.shortcuts_dialog.close()


def test_the_help_reads_in_chinese(make_window, language):
    language("zh_CN")
    window = make_window()
    spin(0.3)
    rows = dict(shortcut_rows(window))
    assert not any(what.isascii() for what in rows), [w for w in rows if w.isascii()]
