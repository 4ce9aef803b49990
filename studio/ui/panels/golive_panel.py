"""The Go live dock: virtual camera, RTMP streams (studio.ui.panels.golive_stream: presets, URL
checks, health readout), the clean program window (showing the session's program feed), and the
OBS caption feed URL.

GUI thread only. The outputs are the session's (studio.live.outputs, on their own threads):
this panel asks `session.outputs` to start and stop them, reads their health on a timer, and
asks again for the ones that were on when the host switches sources (a new session). The
session closes its outputs when it stops. The stream key goes from the password field straight
into the OS keychain; only its name is kept in the settings.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from studio.outputs.events import LinkState
from studio.ui.panels import PanelContext, PanelSpec
from studio.ui.panels.golive_stream import StreamBox
from studio.ui.screen_picker import fill_screen_combo

log = logging.getLogger(__name__)

HEALTH_INTERVAL_MS = 500


def _stop_session_outputs(holder: list) -> None:
    """The dock is gone (the window may close before its session stops): nothing it started may
    outlive it. holder: [the session whose outputs the dock started, or None]."""
    session = holder[0]
    if session is not None:
        session.outputs.stop_rtmp()
        session.outputs.stop_virtual_camera()
        session.outputs.stop_caption_feed()
        session.outputs.stop_program_feed()


class GoLivePanel(QWidget):
    """Called on the GUI thread only."""

    def __init__(self, ctx: PanelContext) -> None:
        super().__init__()
        self.setObjectName("GoLivePanel")
        self._ctx = ctx
        self._session = None
        self._camera = None
        self._camera_wanted = False
        self._feed = None
        self._program_window = None
        self._holder: list = [None]   # the session whose outputs this dock started

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_camera_box())
        self.stream = StreamBox(ctx.settings, self._current_session, self)
        layout.addWidget(self.stream)
        layout.addWidget(self._build_program_box())
        layout.addWidget(self._build_feed_box())
        layout.addStretch(1)

        ctx.bridge.session_created.connect(self._on_session)
        ctx.bridge.session_stopped.connect(self._on_stopped)
        holder = self._holder
        self.destroyed.connect(lambda *_: _stop_session_outputs(holder))
        self._timer = QTimer(self)
        self._timer.setInterval(HEALTH_INTERVAL_MS)
        self._timer.timeout.connect(self._show_health)
        self._timer.start()

    # ---- layout -------------------------------------------------------------------------

    def _build_camera_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Virtual camera"), self)
        self.camera_button = QPushButton(self.tr("Start virtual camera"), box)
        self.camera_button.setCheckable(True)
        self.camera_button.toggled.connect(self._toggle_camera)
        self.camera_status = QLabel(self.tr("For TikTok LIVE Studio, Zoom or a browser: pick it as the camera."), box)
        self.camera_status.setWordWrap(True)
        lay = QVBoxLayout(box)
        lay.addWidget(self.camera_button)
        lay.addWidget(self.camera_status)
        return box

    def _build_program_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Program window"), self)
        self.screen_combo = QComboBox(box)
        fill_screen_combo(self.screen_combo, lambda _i, screen: screen.name())     # the name is what is saved
        saved = self.screen_combo.findData(self._ctx.settings.value("screen", "", str))
        self.screen_combo.setCurrentIndex(max(saved, 0))
        self.program_button = QPushButton(self.tr("Open program window"), box)
        self.program_button.setCheckable(True)
        self.program_button.toggled.connect(self._toggle_program_window)
        hint = QLabel(self.tr("Borderless, for window capture in OBS or LIVE Studio. Esc closes it."), box)
        hint.setWordWrap(True)
        lay = QVBoxLayout(box)
        lay.addWidget(self.screen_combo)
        lay.addWidget(self.program_button)
        lay.addWidget(hint)
        return box

    def _build_feed_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Caption feed for OBS"), self)
        self.feed_check = QCheckBox(self.tr("Serve captions as a browser source"), box)
        # Off until the host asks for it once (then remembered): no port opens by surprise.
        self.feed_check.setChecked(bool(self._ctx.settings.value("feed_enabled", False, bool)))
        self.feed_check.toggled.connect(self._toggle_feed)
        self.feed_url = QLineEdit(box)
        self.feed_url.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Copy URL"), box)
        self.copy_button.clicked.connect(self._copy_feed_url)
        self.feed_status = QLabel(box)
        self.feed_status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.feed_url, 1)
        row.addWidget(self.copy_button)
        lay = QVBoxLayout(box)
        lay.addWidget(self.feed_check)
        lay.addLayout(row)
        lay.addWidget(self.feed_status)
        return box

    # ---- session life -------------------------------------------------------------------

    def _on_session(self, session) -> None:
        """A new session (sources switched): the outputs that were on follow it."""
        self._session = session
        self._holder[0] = session
        if self._camera_wanted:
            self._open_camera()
        for destination in self.stream.destinations:
            self.stream.open_stream(destination)
        if self._program_window is not None:
            self._program_window.show_feed(session.outputs.start_program_feed().mailbox)
        if self.feed_check.isChecked():
            self._start_feed()

    def _on_stopped(self) -> None:
        """The session stops and closes its outputs; the wishes (camera on, destinations, feed on)
        stay for the next session."""
        self.stream.take_streams()
        self._camera = self._feed = self._session = None
        self._holder[0] = None

    def _current_session(self):
        return self._ctx.session_provider() or self._session

    # ---- virtual camera -----------------------------------------------------------------

    def _toggle_camera(self, on: bool) -> None:
        self._camera_wanted = on
        self._show_camera_button(on)
        if on:
            self._open_camera()
        elif self._camera is not None:
            self._drop_camera()
            self.camera_status.setText(self.tr("Virtual camera stopped."))

    def _show_camera_button(self, on: bool) -> None:
        """The button says what pressing it does now; set without re-entering _toggle_camera."""
        self.camera_button.blockSignals(True)
        self.camera_button.setChecked(on)
        self.camera_button.blockSignals(False)
        self.camera_button.setText(self.tr("Stop virtual camera") if on else self.tr("Start virtual camera"))

    def _drop_camera(self) -> None:
        session = self._current_session()
        if session is not None:
            session.outputs.stop_virtual_camera()
        self._camera = None

    def _camera_failed(self, detail: str) -> None:
        """A start that failed is not a running camera: the button offers Start again, the
        reason stays on screen (pressing Start retries, e.g. after installing the driver)."""
        self._drop_camera()
        self._camera_wanted = False
        self._show_camera_button(False)
        self.camera_status.setText(self.tr("The virtual camera is not running: %1").replace("%1", detail))

    def _open_camera(self) -> None:
        session = self._current_session()
        if session is None:
            self.camera_status.setText(self.tr("It starts with the camera or video source."))
            return
        self._camera = session.outputs.start_virtual_camera()

    # ---- program window -----------------------------------------------------------------

    def _toggle_program_window(self, on: bool) -> None:
        from studio.ui.program_window import ProgramWindow

        if not on:
            if self._program_window is not None:
                self._program_window.close()
            return
        session = self._current_session()
        aspect = session.canvas.aspect if session is not None else "9:16"
        window = ProgramWindow(aspect)
        window.closed.connect(self._on_program_window_closed)
        screen_name = self.screen_combo.currentData()
        screen = next((s for s in QGuiApplication.screens() if s.name() == screen_name), None)
        self._ctx.settings.set_value("screen", screen_name or "")
        self._program_window = window
        if session is not None:
            window.show_feed(session.outputs.start_program_feed().mailbox)
        window.show_on(screen)
        self.program_button.setText(self.tr("Close program window"))

    def _on_program_window_closed(self) -> None:
        window, self._program_window = self._program_window, None
        session = self._current_session()
        if window is not None and session is not None:
            session.outputs.stop_program_feed()
        self.program_button.blockSignals(True)
        self.program_button.setChecked(False)
        self.program_button.blockSignals(False)
        self.program_button.setText(self.tr("Open program window"))

    # ---- caption feed -------------------------------------------------------------------

    def _toggle_feed(self, on: bool) -> None:
        self._ctx.settings.set_value("feed_enabled", on)
        if on:
            self._start_feed()
        elif self._feed is not None:
            session = self._current_session()
            if session is not None:
                session.outputs.stop_caption_feed()
            self._feed = None
            self.feed_url.clear()
            self.feed_status.setText(self.tr("Caption feed off."))

    def _start_feed(self) -> None:
        from studio.outputs.caption_feed import CaptionFeedError
        from studio.outputs.caption_feed.server import DEFAULT_PORT

        session = self._current_session()
        if session is None or self._feed is not None:
            return
        port = int(self._ctx.settings.value("feed_port", DEFAULT_PORT, int))
        try:
            self.feed_url.setText(session.outputs.start_caption_feed(port))
        except CaptionFeedError as exc:
            self.feed_status.setText(str(exc))
            return
        self._feed = session.outputs.caption_feed

    def _copy_feed_url(self) -> None:
        if self.feed_url.text():
            QGuiApplication.clipboard().setText(self.feed_url.text())
            self.feed_status.setText(self.tr("URL copied: paste it into a Browser source in OBS."))

    # ---- health -------------------------------------------------------------------------

    def _show_health(self) -> None:
        if self._camera is not None:
            health = self._camera.health()
            if self._camera.state in (LinkState.FAILED, LinkState.STOPPED):
                self._camera_failed(health.detail)
            else:
                self.camera_status.setText(health.detail)
        self.stream.show_health()
        if self._feed is not None:
            health = self._feed.health()
            clients = int(health.extra.get("clients", 0))
            self.feed_status.setText(self.tr("%1 · %2 browser source(s) connected")
                                     .replace("%1", health.detail).replace("%2", str(clients)))

    def closeEvent(self, event) -> None:
        self._timer.stop()
        super().closeEvent(event)


PANEL = PanelSpec(
    id="golive",
    title=QT_TRANSLATE_NOOP("Panels", "Go live"),
    factory=GoLivePanel,
    default_area=Qt.DockWidgetArea.RightDockWidgetArea,
    order=60,
)
