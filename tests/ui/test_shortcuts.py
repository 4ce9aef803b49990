"""Every key the shipped window binds has one owner, and the segment keys work wherever the host is.

Qt fires neither of two shortcuts that match one key press (it logs "Ambiguous shortcut
overload"): a host's clicker would then do nothing in the middle of a live.
"""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QtMsgType, Qt, qInstallMessageHandler
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import activate, spin, wait_for_frames, wait_until


def bindings(windows: list[QWidget]) -> list[tuple[str, QWidget, Qt.ShortcutContext, str]]:
    """(key, top-level window, context, owner) of every action and shortcut in these windows,
    switched off or not: a binding the window had to switch off is a clash too."""
    found = []
    for window in windows:
        for action in window.findChildren(QAction):
            for sequence in action.shortcuts():
                found.append((sequence.toString(), window, action.shortcutContext(),
                              action.text().replace("&", "")))
        for shortcut in window.findChildren(QShortcut):
            if not shortcut.key().isEmpty():
                owner = shortcut.parent()
                found.append((shortcut.key().toString(), window, shortcut.context(),
                              owner.objectName() or type(owner).__name__))
    return found


def clashes(found) -> list[str]:
    """Two bindings of one key clash when both can be live at once: in the same top-level window,
    or when either is an application shortcut (live in every window of the studio)."""
    problems = []
    for i, (key, window, context, owner) in enumerate(found):
        for other_key, other_window, other_context, other_owner in found[i + 1:]:
            if key != other_key:
                continue
            app_wide = Qt.ShortcutContext.ApplicationShortcut in (context, other_context)
            if app_wide or window is other_window:
                problems.append(f"{key}: {owner} and {other_owner}")
    return problems


@pytest.fixture
def qt_messages():
    """Qt's own warnings while the test runs (e.g. QAction::event: Ambiguous shortcut overload)."""
    messages: list[str] = []

    def handler(mode, context, text):
        if mode != QtMsgType.QtDebugMsg:
            messages.append(text)

    previous = qInstallMessageHandler(handler)
    yield messages
    qInstallMessageHandler(previous)


def open_every_panel(window, qapp) -> None:
    for dock in window.panel_docks.values():
        dock.show()
        dock.raise_()
    qapp.processEvents()


def full_screen_prompter(window, qapp):
    prompter = window.panel_widgets["prompter"]
    prompter.full_button.setChecked(True)
    wait_until(lambda: prompter._full is not None and prompter._full.isVisible(), 3.0,
               "the full-screen prompter did not open")
    return prompter._full


def test_the_clash_check_sees_two_owners_of_one_key(qapp):
    root = QWidget()
    QShortcut("PgDown", root).setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action = QAction("Next", root)
    action.setShortcut("PgDown")
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    root.addAction(action)
    other = QWidget()
    QShortcut("Esc", root)
    QShortcut("Esc", other)   # two windows, each its own Escape: no clash
    assert len(clashes(bindings([root, other]))) == 1


def test_every_shipped_key_has_one_owner(make_window, qapp, example_show_path, caplog):
    """All panels open, the prompter full screen too: no key bound twice, none switched off at start."""
    with caplog.at_level(logging.WARNING, logger="studio.ui"):
        window = make_window()
    window.load_show(str(example_show_path))
    wait_for_frames(window)
    open_every_panel(window, qapp)
    full = full_screen_prompter(window, qapp)
    found = bindings([window, full])
    keys = {key for key, *_ in found}
    assert {"PgDown", "PgUp", "F9", "Shift+F9", "Ctrl+R", "F8"} <= keys, keys
    assert clashes(found) == []
    assert window.shortcut_conflicts() == {}
    switched_off = [r.getMessage() for r in caplog.records if "window key" in r.getMessage()
                    or "will do nothing" in r.getMessage()]
    assert switched_off == []


def test_segment_keys_work_from_every_panel_and_the_full_screen_prompter(make_window, qapp, example_show_path,
                                                                         qt_messages):
    window = make_window()
    window.load_show(str(example_show_path))
    wait_for_frames(window)
    open_every_panel(window, qapp)
    activate(window)
    session = window.controller.session

    def press_and_expect(target: QWidget, key: Qt.Key, expected: int, where: str) -> None:
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        QTest.keyClick(QApplication.focusWidget() or target, key)
        wait_until(lambda: session.segment_index == expected, 3.0,
                   f"{key.name} in {where} did not move the segment to {expected} "
                   f"(it is {session.segment_index}); Qt said {qt_messages}")

    for panel_id, widget in window.panel_widgets.items():
        window.panel_docks[panel_id].raise_()
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        start = session.segment_index
        press_and_expect(widget, Qt.Key.Key_PageDown, start + 1, panel_id)
        press_and_expect(widget, Qt.Key.Key_PageUp, start, panel_id)

    full = full_screen_prompter(window, qapp)
    full.activateWindow()
    if not QTest.qWaitForWindowActive(full, 2000):
        QApplication.setActiveWindow(full)
    full.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)   # the host clicked into the prompter
    start = session.segment_index
    press_and_expect(full.view, Qt.Key.Key_PageDown, start + 1, "the full-screen prompter")
    press_and_expect(full.view, Qt.Key.Key_PageUp, start, "the full-screen prompter")
    full.close()
    spin(0.1)
    assert [m for m in qt_messages if "mbiguous" in m] == []
