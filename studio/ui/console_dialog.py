"""Show → Producer console…: start or stop the session's producer console and show its address,
its token and a QR code carrying both, for a phone, tablet or second laptop.

The address and token are shown only here (and printed by `studio run --console`): whoever has
them can push cues and switch segments. The console itself is the session's (studio.console,
session.console); this dialog only starts and stops it and paints what it says.
"""

from __future__ import annotations

import io
import ipaddress
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QPixmap
from PySide6.QtWidgets import (QCheckBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout)

QR_SCALE_PX = 6


def qr_pixmap(text: str) -> QPixmap:
    """A QR code of text (segno, error correction M: readable off a screen at an angle)."""
    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=QR_SCALE_PX, border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def reachable_from_a_phone(url: str | None) -> bool:
    """Whether another device could open url: not this computer's own address (127.0.0.1, localhost)."""
    host = urlsplit(url or "").hostname or ""
    if not host or host == "localhost":
        return False
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return True            # a host name: the network resolves it


class ConsoleDialog(QDialog):
    """GUI thread only. Follows the window's current session (rebuilt when sources switch)."""

    def __init__(self, session_provider, bridge=None, parent=None) -> None:
        super().__init__(parent)
        self._session_provider = session_provider
        self.setWindowTitle(self.tr("Producer console"))
        self.intro = QLabel(self.tr("A page for a phone, tablet or second laptop: push cues to the prompter, "
                                    "switch segments and talk-tracks, flag lines, and follow the prompter. "
                                    "Anyone with this address and token can do so: show it only to your team."))
        self.intro.setWordWrap(True)
        self.lan_check = QCheckBox(self.tr("Open to the local network (Wi-Fi): phones and tablets can reach it"))
        self.start_button = QPushButton(self.tr("Start"))
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.url_edit = QLineEdit()
        self.url_edit.setReadOnly(True)
        self.url_edit.setMinimumWidth(380)
        self.token_edit = QLineEdit()
        self.token_edit.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Copy address"))
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setMinimumSize(220, 220)
        # in place of the code while a phone could not open the address
        self.qr_note = QLabel("")
        self.qr_note.setWordWrap(True)
        self.qr_note.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.lan_check)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        layout.addWidget(self.qr)
        layout.addWidget(self.qr_note)
        layout.addWidget(QLabel(self.tr("Address")))
        url_row = QHBoxLayout()
        url_row.addWidget(self.url_edit, 1)
        url_row.addWidget(self.copy_button)
        layout.addLayout(url_row)
        layout.addWidget(QLabel(self.tr("Token")))
        layout.addWidget(self.token_edit)

        self.start_button.clicked.connect(self._toggle)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.url_edit.text()))
        if bridge is not None:
            bridge.session_created.connect(lambda _s: self.refresh())
            bridge.session_started.connect(lambda _s: self.refresh())
        self.refresh()

    def _console(self):
        session = self._session_provider()
        return getattr(session, "console", None)

    def _toggle(self) -> None:
        console = self._console()
        if console is None:
            return
        if console.running:
            console.stop()
        else:
            from studio.localnet.server import LocalServerError

            try:
                console.start(self.lan_check.isChecked())
            except LocalServerError as exc:
                self.status.setText(self.tr("Could not start: %1").replace("%1", str(exc)))
                return
        self.refresh()

    def refresh(self) -> None:
        console = self._console()
        running = console is not None and console.running
        self.start_button.setEnabled(console is not None)
        self.start_button.setText(self.tr("Stop") if running else self.tr("Start"))
        self.lan_check.setEnabled(not running)
        if console is None:
            self.status.setText(self.tr("Open a show and start the preview first: the console drives the "
                                        "show's prompter."))
        elif not running:
            self.status.setText(self.tr("Off"))
        elif console.open_lan:
            self.status.setText(self.tr("On, open to the local network. Scan the code with the phone's camera."))
        else:
            self.status.setText(self.tr("On, for this computer only."))
        if running:
            self.lan_check.setChecked(console.open_lan)
        url = console.url if running else ""
        self.url_edit.setText(url)
        self.url_edit.setCursorPosition(0)        # the start of the address, not the end of its token
        self.url_edit.setToolTip(url)
        self.token_edit.setText(console.token if running else "")
        self.copy_button.setEnabled(running)
        phone = running and reachable_from_a_phone(url)
        if phone:
            self.qr.setPixmap(qr_pixmap(url))
        else:
            self.qr.clear()
        self.qr.setVisible(phone)
        self.qr_note.setVisible(running and not phone)
        if running and not phone:
            self.qr_note.setText(
                self.tr("No network address was found: a phone cannot reach this computer. Connect to the Wi-Fi, "
                        "then Stop and Start again.") if console.open_lan else
                self.tr("No code to scan: the console is open to this computer only, and a phone cannot reach "
                        "127.0.0.1. To use a phone or tablet, Stop, tick the box above, and Start again."))
        # wrapped labels need the height their width gives them: a top-level dialog does not ask on its own
        layout = self.layout()
        self.setMinimumHeight(layout.totalHeightForWidth(max(self.width(), layout.totalMinimumSize().width())))


def build_console_action(window, menu) -> QAction:
    """Show → Producer console…"""
    action = QAction(QCoreApplication.translate("ConsoleDialog", "Producer console…"), window)
    action.setToolTip(QCoreApplication.translate(
        "ConsoleDialog", "Let a producer push cues and switch segments from a phone or tablet"))
    menu.addAction(action)

    def open_dialog() -> None:
        dialog = getattr(window, "console_dialog", None)
        if dialog is None:
            dialog = ConsoleDialog(lambda: window.controller.session, window.bridge, window)
            window.console_dialog = dialog
        dialog.refresh()
        dialog.show()
        dialog.raise_()

    action.triggered.connect(open_dialog)
    window.console_action = action
    return action
