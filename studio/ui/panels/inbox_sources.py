"""The inbox panel's feed picker: where the live room's comments come from.

Replay a recorded file (rehearsal, demo), a pasted text file, the local relay (its address and
token shown for the extension or script that posts), or TikTok LIVE (opt-in: the terms-of-service
and signing-service warning of docs/comments.md must be ticked first). Picks are saved in the
panel's settings (studio/ui/live_choices.py reads them when the session is built); Connect asks
the panel to switch the running session's feed. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from studio.ui.i18n import ui_language
from studio.ui.panels import PanelSettings

SOURCES = ("replay", "paste", "relay", "tiktok")


def comments_options(settings: PanelSettings):
    """CommentsOptions from the saved picks, or None when the host has not connected a feed."""
    from studio.comments.events import SourceKind
    from studio.comments.options import CommentsOptions

    if str(settings.value("connected", "false")).lower() != "true":
        return None
    kind = settings.value("source", "replay", str)
    if kind not in SOURCES:
        return None
    if kind == "tiktok" and str(settings.value("tiktok_ok", "false")).lower() != "true":
        return None
    # comments are translated into the language the host reads: the window's (zh_CN -> zh), not the show's
    return CommentsOptions(SourceKind(kind), path=settings.value("path", "", str) or None,
                           unique_id=settings.value("tiktok_id", "", str) or None,
                           host_language=ui_language())


def _plain(text: str = "", wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class FeedPicker(QWidget):
    connect_requested = Signal(object)     # CommentsOptions
    disconnect_requested = Signal()

    def __init__(self, settings: PanelSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.kind = QComboBox()
        for kind, label in zip(SOURCES, (self.tr("Replay a file"), self.tr("Paste (text file)"),
                                         self.tr("Local relay"), self.tr("TikTok LIVE"))):
            self.kind.addItem(label, kind)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Recording (.jsonl, .csv) or text file"))
        self.browse = QPushButton(self.tr("Browse…"))
        self.tiktok_id = QLineEdit()
        self.tiktok_id.setPlaceholderText(self.tr("@name of the live"))
        self.tiktok_ok = QCheckBox(self.tr("I understand the risks"))
        self.warning = _plain(self.tr(
            "TikTok LIVE is read through TikTokLive, an unofficial client: TikTok's terms of service do not "
            "allow this kind of access and may block the account or network. It asks a third-party signing "
            "service (Euler Stream) to sign the connection: the live's @name and your IP address are sent "
            "there. Use it on your own live, knowingly."), wrap=True)
        self.warning.setStyleSheet("color: #e0a030;")
        self.relay_info = _plain(wrap=True)
        self.relay_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.connect_button = QPushButton(self.tr("Connect"))
        self.disconnect_button = QPushButton(self.tr("Disconnect"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        layout.addLayout(path_row)
        layout.addWidget(self.tiktok_id)
        layout.addWidget(self.warning)
        layout.addWidget(self.tiktok_ok)
        layout.addWidget(self.relay_info)
        buttons = QHBoxLayout()
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.disconnect_button)
        layout.addLayout(buttons)

        self.kind.setCurrentIndex(max(0, self.kind.findData(settings.value("source", "replay", str))))
        self.path.setText(settings.value("path", "", str))
        self.tiktok_id.setText(settings.value("tiktok_id", "", str))
        self.kind.currentIndexChanged.connect(self._update)
        self.tiktok_ok.toggled.connect(self._update)
        self.browse.clicked.connect(self._browse)
        self.connect_button.clicked.connect(self._connect)
        self.disconnect_button.clicked.connect(self._disconnect)
        self._update()

    def _update(self) -> None:
        kind = self.kind.currentData()
        for widget in (self.path, self.browse):
            widget.setVisible(kind in ("replay", "paste"))
        for widget in (self.tiktok_id, self.warning, self.tiktok_ok):
            widget.setVisible(kind == "tiktok")
        self.relay_info.setVisible(kind == "relay")
        if kind == "relay":
            self.relay_info.setText(self._relay_text())
        self.connect_button.setEnabled(kind != "tiktok" or self.tiktok_ok.isChecked())

    def _relay_text(self) -> str:
        from studio.comments.settings import DEFAULT_RELAY_PORT, relay_token

        try:
            token = relay_token().token
        except OSError as exc:
            return self.tr("The relay token cannot be read: %1").replace("%1", str(exc))
        return self.tr("POST http://127.0.0.1:%1/events\nToken: %2").replace(
            "%1", str(DEFAULT_RELAY_PORT)).replace("%2", token)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Comments file"), self.path.text(),
                                              self.tr("Comments (*.jsonl *.csv *.txt);;All files (*)"))
        if path:
            self.path.setText(path)

    def options(self):
        """The picked feed as CommentsOptions (saved as the panel's choice)."""
        s = self._settings
        s.set_value("source", self.kind.currentData())
        s.set_value("path", self.path.text().strip())
        s.set_value("tiktok_id", self.tiktok_id.text().strip())
        s.set_value("tiktok_ok", "true" if self.tiktok_ok.isChecked() else "false")
        s.set_value("connected", "true")
        return comments_options(s)

    def _connect(self) -> None:
        options = self.options()
        if options is not None:
            self.connect_requested.emit(options)

    def _disconnect(self) -> None:
        self._settings.set_value("connected", "false")
        self.disconnect_requested.emit()
