"""The Go live dock's RTMP box: platform presets, the server URL checked before anything
connects, the stream key (straight into the OS keychain), and a health readout per stream read
from the output's own counters (bitrate, dropped frames, reconnects).

GUI thread only. The RtmpOutput runs on its own thread; this box asks the session's outputs
(studio.live.outputs) to start and stop it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Callable
from urllib.parse import urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from studio.outputs.events import LinkState
from studio.ui.panels import PanelSettings


@dataclass(frozen=True)
class StreamPreset:
    id: str
    label: str          # English source, marked for translation in the "StreamBox" context
    server_url: str     # "": the platform gives one per LIVE, the host pastes it
    key_name: str       # the keychain entry the key is saved under
    help: str


PRESETS = (
    StreamPreset("tiktok", QT_TRANSLATE_NOOP("StreamBox", "TikTok LIVE"), "", "tiktok",
                 QT_TRANSLATE_NOOP("StreamBox", "TikTok gives a Server URL and a Stream key for each LIVE "
                                   "(LIVE Producer, or the app: LIVE → Transfer to PC/Mac). Paste both; "
                                   "the key goes to the keychain.")),
    StreamPreset("youtube", QT_TRANSLATE_NOOP("StreamBox", "YouTube Live"), "rtmps://a.rtmps.youtube.com/live2",
                 "youtube",
                 QT_TRANSLATE_NOOP("StreamBox", "YouTube Studio → Go live → Stream: copy the Stream key and "
                                   "paste it below. The server is filled in.")),
    StreamPreset("custom", QT_TRANSLATE_NOOP("StreamBox", "Custom RTMP server"), "", "main",
                 QT_TRANSLATE_NOOP("StreamBox", "Any RTMP or RTMPS server: paste its URL (rtmp://server/app) "
                                   "and the stream key, or the full URL with the key.")),
)
PRESET_BY_ID = {p.id: p for p in PRESETS}


@dataclass
class Destination:
    url: str
    key_name: str | None
    memory_key: str | None       # only when no keychain exists: kept for this run, never saved


class StreamBox(QGroupBox):
    """Called on the GUI thread only."""

    _key_hint_found = Signal(str, bool)   # (key name, saved): from the keychain thread

    def __init__(self, settings: PanelSettings, current_session: Callable[[], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Stream (RTMP)"), parent)
        self._settings = settings
        self._current_session = current_session
        self.destinations: list[Destination] = []
        self.streams: list = []

        self.preset_combo = QComboBox(self)
        for preset in PRESETS:
            self.preset_combo.addItem(self.tr(preset.label), preset.id)
        self.preset_help = QLabel(self)
        self.preset_help.setWordWrap(True)
        self.url_edit = QLineEdit(self)
        self.key_name_edit = QLineEdit(settings.value("key_name", "main", str), self)
        self.key_edit = QLineEdit(self)
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._key_hint_found.connect(self._on_key_hint)
        self.multi_check = QCheckBox(self.tr("Allow more than one destination"), self)
        self.multi_warning = QLabel(self.tr(
            "TikTok's LIVE rules forbid streaming the same LIVE to other platforms at the same time "
            "(simulcasting): a TikTok LIVE that is simulcast can be ended and the account restricted. "
            "Use more than one destination only when none of them is a TikTok LIVE."), self)
        self.multi_warning.setWordWrap(True)
        self.multi_warning.setStyleSheet("color: #ffb74d;")
        self.multi_warning.setVisible(False)
        self.multi_check.toggled.connect(self.multi_warning.setVisible)
        self.stream_button = QPushButton(self.tr("Start streaming"), self)
        self.stream_button.clicked.connect(self.start_stream)
        self.stop_button = QPushButton(self.tr("Stop streaming"), self)
        self.stop_button.clicked.connect(self.stop_streams)
        self.stream_status = QLabel(self.tr("Not streaming."), self)
        self.stream_status.setWordWrap(True)
        self.stream_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.health_label = QLabel(self)      # one line per stream while streaming
        self.health_label.setWordWrap(True)
        self.health_label.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("Platform"), self.preset_combo)
        form.addRow(self.tr("Server URL"), self.url_edit)
        form.addRow(self.tr("Key name"), self.key_name_edit)
        form.addRow(self.tr("Stream key"), self.key_edit)
        self._form = form
        buttons = QHBoxLayout()
        buttons.addWidget(self.stream_button)
        buttons.addWidget(self.stop_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.preset_help)
        lay.addLayout(form)
        lay.addWidget(self.multi_check)
        lay.addWidget(self.multi_warning)
        lay.addLayout(buttons)
        lay.addWidget(self.health_label)
        lay.addWidget(self.stream_status)
        self._update_buttons()

        saved = self.preset_combo.findData(settings.value("preset", "custom", str))
        self.preset_combo.setCurrentIndex(max(saved, 0))
        self._apply_preset(settings.value("server_url", "", str))
        self.preset_combo.currentIndexChanged.connect(lambda *_: self._apply_preset(""))

    # ---- presets ------------------------------------------------------------------------

    def preset(self) -> StreamPreset:
        return PRESET_BY_ID[self.preset_combo.currentData()]

    def _apply_preset(self, saved_url: str) -> None:
        """A platform with a fixed server fills it (read-only) and asks only for the key."""
        preset = self.preset()
        self.preset_help.setText(self.tr(preset.help))
        fixed = bool(preset.server_url)
        self.url_edit.setReadOnly(fixed)
        self.url_edit.setText(preset.server_url if fixed else saved_url)
        self.url_edit.setPlaceholderText("rtmp://push-….tiktokcdn.com/…" if preset.id == "tiktok"
                                         else "rtmp://…/app")
        custom = preset.id == "custom"
        self._form.setRowVisible(self.key_name_edit, custom)
        if not custom:
            self.key_name_edit.setText(preset.key_name)
        elif self.key_name_edit.text().strip() in {p.key_name for p in PRESETS if p.id != "custom"}:
            # Back from a platform: the host's own key name, not the platform's.
            self.key_name_edit.setText(self._settings.value("key_name", "main", str) or "main")
        self._show_key_hint()

    def _key_name(self) -> str:
        return self.key_name_edit.text().strip() or "main"

    def _show_key_hint(self) -> None:
        # The keychain is asked on a thread: finding its backend takes ~0.5 s at start and the OS
        # keychain may block (locked, DBus) — never on the GUI thread. The answer comes back queued.
        self.key_edit.setPlaceholderText(self.tr("Paste the stream key"))
        name = self._key_name()

        def ask() -> None:
            from studio.outputs.stream_keys import has_stream_key

            saved = has_stream_key(name)
            try:
                self._key_hint_found.emit(name, saved)
            except RuntimeError:   # the panel was closed meanwhile
                pass

        threading.Thread(target=ask, name="keychain-hint", daemon=True).start()

    def _on_key_hint(self, name: str, saved: bool) -> None:
        if saved and name == self._key_name():   # else the host has typed another name since
            self.key_edit.setPlaceholderText(self.tr("Saved in the keychain: paste to replace"))

    # ---- checks -------------------------------------------------------------------------

    def url_problem(self, url: str) -> str | None:
        """A sentence for the host when the server URL cannot work, before anything connects."""
        from studio.outputs.stream_keys import redact_url

        if not url:
            return self.tr("Enter the server URL first: the platform shows it beside the stream key "
                           "(it starts with rtmp:// or rtmps://).")
        parts = urlsplit(url)
        shown = redact_url(url)
        if parts.scheme.lower() not in ("rtmp", "rtmps"):
            return self.tr("“%1” is not an RTMP address: the server URL starts with rtmp:// or rtmps:// "
                           "(copy the Server URL from the platform's LIVE setup, not the page address).") \
                .replace("%1", shown)
        if not parts.hostname or " " in url:
            return self.tr("“%1” is not a complete server URL: it should look like "
                           "rtmp://server/app.").replace("%1", shown)
        if not [p for p in parts.path.split("/") if p]:
            return self.tr("“%1” has no application name after the server (e.g. rtmp://server/live): "
                           "copy the whole Server URL.").replace("%1", shown)
        return None

    # ---- start / stop -------------------------------------------------------------------

    def start_stream(self) -> None:
        from studio.outputs.rtmp_messages import DestinationError, check_destinations
        from studio.outputs.stream_keys import StreamKeyError, has_stream_key, save_stream_key

        url = self.url_edit.text().strip()
        key_name = self._key_name()
        typed_key = self.key_edit.text().strip()
        self.key_edit.clear()                 # the key never stays in a widget
        problem = self.url_problem(url)
        if problem is None and self.preset().server_url and not typed_key and not has_stream_key(key_name):
            problem = self.tr("Paste the stream key from %1 first.").replace("%1", self.tr(self.preset().label))
        if problem is not None:
            self.stream_status.setText(problem)
            return
        try:
            check_destinations([d.url for d in self.destinations] + [url], self.multi_check.isChecked())
        except DestinationError as exc:
            self.stream_status.setText(str(exc))
            return
        destination = Destination(url, None, None)
        if typed_key:
            try:
                save_stream_key(key_name, typed_key)
                destination.key_name = key_name
            except StreamKeyError as exc:
                destination.memory_key = typed_key
                self.stream_status.setText(self.tr("The key is used for this run only: %1").replace("%1", str(exc)))
        elif has_stream_key(key_name):
            destination.key_name = key_name
        self._settings.set_value("preset", self.preset().id)
        if not self.preset().server_url:
            self._settings.set_value("server_url", url)
        if self.preset().id == "custom":
            self._settings.set_value("key_name", key_name)
        self._show_key_hint()
        if self.open_stream(destination):
            self.destinations.append(destination)

    def open_stream(self, destination: Destination) -> bool:
        from studio.outputs.rtmp_messages import DestinationError
        from studio.outputs.stream_keys import StreamKeyError

        session = self._current_session()
        if session is None:
            self.stream_status.setText(self.tr("Streaming starts with the camera or video source."))
            return False
        try:
            output = session.outputs.start_rtmp(destination.url, destination.key_name, destination.memory_key)
        except (StreamKeyError, DestinationError) as exc:
            self.stream_status.setText(str(exc))
            return False
        self.streams.append(output)
        self.stream_status.setText(self.tr("Connecting…"))
        self._update_buttons()
        return True

    def stop_streams(self) -> None:
        session = self._current_session()
        if session is not None:
            session.outputs.stop_rtmp()
        self.streams, self.destinations = [], []
        self.health_label.setVisible(False)
        self.stream_status.setText(self.tr("Not streaming."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Stop streaming only while there is a stream (or one to reopen with the next session)."""
        streaming = bool(self.streams or self.destinations)
        self.stop_button.setEnabled(streaming)
        self.stop_button.setToolTip("" if streaming else self.tr("Not streaming."))

    def take_streams(self) -> list:
        """The session stopped (it closes its outputs); destinations are kept to reopen on the
        next session."""
        streams, self.streams = self.streams, []
        return streams

    # ---- health -------------------------------------------------------------------------

    def show_health(self) -> None:
        if not self.streams:
            return
        names = {LinkState.IDLE: self.tr("waiting for the first frame"), LinkState.CONNECTING: self.tr("connecting"),
                 LinkState.LIVE: self.tr("LIVE"), LinkState.RECONNECTING: self.tr("reconnecting"),
                 LinkState.FAILED: self.tr("failed"), LinkState.STOPPED: self.tr("stopped")}
        lines, details = [], []
        for stream in self.streams:
            health = stream.health()
            lines.append(self.tr("%1 · %2 · %3 kb/s · %4 dropped frames · %5 reconnects")
                         .replace("%1", stream.where).replace("%2", names[stream.state])
                         .replace("%3", f"{health.extra.get('bitrate_kbps', 0):.0f}")
                         .replace("%4", str(health.frames_dropped))
                         .replace("%5", f"{health.extra.get('reconnects', 0):.0f}"))
            if not health.ok or stream.state is not LinkState.LIVE:
                details.append(health.detail)
        self.health_label.setText("\n".join(lines))
        self.health_label.setVisible(True)
        self.stream_status.setText("\n".join(details))
