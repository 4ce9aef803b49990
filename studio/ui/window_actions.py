"""The window's commands: the toolbar (Record, run of show, Open show, Settings), the menus and
their actions, and the key bindings they own (kept unique across the window and its panels).

A mixin of StudioWindow: it builds into the window and reads the window's docks.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QSizePolicy, QToolBar

from studio.ui.console_dialog import build_console_action
from studio.ui.localise_dialog import build_localise_action
from studio.ui.segment_bar import SegmentBar

log = logging.getLogger(__name__)

NEXT_SEGMENT_KEYS = ("PgDown", "F9")
PREVIOUS_SEGMENT_KEYS = ("PgUp", "Shift+F9")


class WindowActions:
    """Toolbar, menus, actions and shortcuts of the StudioWindow. GUI thread only."""

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"), self)
        bar.setObjectName("toolbar-main")
        bar.setMovable(False)
        bar.setIconSize(QSize(18, 18))
        self.record_button = QPushButton(self.tr("● Record"), bar)
        self.record_button.setObjectName("recordButton")
        self.record_button.setCheckable(True)
        self.record_button.setToolTip(self.tr("Record the canvas and sound to a file (Ctrl+R)"))
        self.record_button.setMinimumHeight(34)
        self.record_time = QLabel("", bar)
        self.record_time.setObjectName("recordTime")
        self.open_show_button = QPushButton(self.tr("Open show…"), bar)
        self.settings_button = QPushButton(self.tr("Settings"), bar)
        self.segment_bar = SegmentBar(bar)
        self.segment_bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(self.record_button)
        bar.addWidget(self.record_time)
        bar.addWidget(self.segment_bar)
        bar.addWidget(self.open_show_button)
        bar.addWidget(self.settings_button)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _build_actions_and_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.open_show_action = QAction(self.tr("Open show…"), self)
        self.open_show_action.setShortcut(QKeySequence.StandardKey.Open)
        self.reload_show_action = QAction(self.tr("Reload show"), self)
        self.reload_show_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.record_action = QAction(self.tr("Start or stop recording"), self)
        self.record_action.setShortcut(QKeySequence("Ctrl+R"))
        self.recordings_action = QAction(self.tr("Open recordings folder"), self)
        self.settings_action = QAction(self.tr("Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        for action in (self.open_show_action, self.reload_show_action, None, self.record_action,
                       self.recordings_action, None, self.settings_action, None, self.quit_action):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)

        show_menu = menu.addMenu(self.tr("&Show"))
        self.next_segment_action = QAction(self.tr("Next segment"), self)
        self.next_segment_action.setShortcuts([QKeySequence(k) for k in NEXT_SEGMENT_KEYS])
        self.previous_segment_action = QAction(self.tr("Previous segment"), self)
        self.previous_segment_action.setShortcuts([QKeySequence(k) for k in PREVIOUS_SEGMENT_KEYS])
        for action in (self.next_segment_action, self.previous_segment_action):
            # Works wherever focus is (a panel, a dock): the host's clicker sends PageDown.
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            show_menu.addAction(action)
            self.addAction(action)
        self._build_rehearsal_action(show_menu)
        build_localise_action(self, show_menu)
        build_console_action(self, show_menu)

        self.view_menu = menu.addMenu(self.tr("&View"))
        self.view_menu.addAction(self.sources_dock.toggleViewAction())
        self.view_menu.addAction(self.canvas_dock.toggleViewAction())
        self._panels_separator = self.view_menu.addSeparator()
        self.reset_layout_action = QAction(self.tr("Reset layout"), self)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.reset_layout_action)

        help_menu = menu.addMenu(self.tr("&Help"))
        self.shortcuts_action = QAction(self.tr("Keyboard shortcuts"), self)
        self.about_action = QAction(self.tr("About Live Host Studio"), self)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    def window_keys(self) -> set[str]:
        """The keys the window's own commands use (segment moves, record, open ...): panels may not take them."""
        keys = set()
        for action in self.findChildren(QAction):
            if action.parent() is self:
                keys.update(seq.toString() for seq in action.shortcuts())
        return keys

    def _release_window_keys(self) -> None:
        """Switch off panel shortcuts on window keys. The window's command reaches every panel anyway
        (PageDown moves the segment in the session; panels hear SegmentChanged), and two owners of
        one key would make Qt fire neither."""
        reserved = self.window_keys()
        for dock in self.panel_docks.values():
            for shortcut in dock.findChildren(QShortcut):
                if shortcut.key().toString() in reserved and shortcut.isEnabled():
                    shortcut.setEnabled(False)
                    log.warning("panel %s: shortcut %s is a window key; the panel's binding is switched off",
                                dock.objectName(), shortcut.key().toString())
            for action in dock.findChildren(QAction):
                kept = [seq for seq in action.shortcuts() if seq.toString() not in reserved]
                if len(kept) != len(action.shortcuts()):
                    action.setShortcuts(kept)
                    log.warning("panel %s: action %r lost a window key", dock.objectName(), action.text())

    def shortcut_conflicts(self) -> dict[str, list[str]]:
        """Key sequences claimed by more than one enabled action or shortcut (window and panels)."""
        owners: dict[str, list[str]] = {}
        for action in self.findChildren(QAction):
            for sequence in action.shortcuts():
                owners.setdefault(sequence.toString(), []).append(action.text().replace("&", ""))
        for shortcut in self.findChildren(QShortcut):
            if not shortcut.key().isEmpty() and shortcut.isEnabled():
                owners.setdefault(shortcut.key().toString(), []).append(
                    shortcut.parent().objectName() or type(shortcut.parent()).__name__)
        return {key: names for key, names in owners.items() if len(names) > 1}

    def _show_shortcuts(self) -> None:
        """Every key the window and its panels bind, read from the bindings (studio.ui.shortcut_help)."""
        from studio.ui.shortcut_help import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        self.shortcuts_dialog = dialog
        dialog.show()

    def _show_about(self) -> None:
        from studio import __version__

        QMessageBox.about(self, self.tr("About Live Host Studio"),
                          self.tr("Live Host Studio %1").replace("%1", __version__))
