"""The studio window: preview in the middle, sources and canvas on the left, panels
around, the Record button on top, the run of show under the picture, figures below.

Everything here runs on the GUI thread and only paints, reads settings and asks
the SessionController to act; the session's own threads do the media work.
"""

from __future__ import annotations

import logging
import sys
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (QDockWidget, QFileDialog, QLabel, QMainWindow, QMessageBox, QPushButton,
                               QScrollArea, QSizePolicy, QToolBar, QVBoxLayout, QWidget)

from studio import paths
from studio.core.events import Severity, SourceState
from studio.ui import theme
from studio.ui.bridge import EventBridge
from studio.ui.canvas_dock import CanvasWidget
from studio.ui.panels import PanelContext, PanelSettings, PanelSpec, discover_panels
from studio.ui.preview import PreviewCard, PreviewWidget
from studio.ui.segment_bar import SegmentBar, format_clock
from studio.ui.session_controller import SessionController
from studio.ui.settings import AudioChoice, CanvasChoice, StudioSettings, VideoChoice
from studio.ui.settings_dialog import SettingsDialog
from studio.ui.sources_dock import SourcesWidget
from studio.ui.stats_poller import StatsPoller

log = logging.getLogger(__name__)

STATUS_MESSAGE_MS = 10_000
LAYOUT_VERSION = 2
PANEL_MIN_WIDTH_PX = 260
PANEL_AREA_SHARE = 0.3       # first run: the right panels take this share of the width ...
PANEL_AREA_MAX_SHARE = 0.42  # ... or up to this much when a panel needs it; the preview keeps the rest   # bump when built-in docks change so old saved layouts are not misapplied
NEXT_SEGMENT_KEYS = ("PgDown", "F9")
PREVIOUS_SEGMENT_KEYS = ("PgUp", "Shift+F9")


def build_session_config(video: VideoChoice, audio: AudioChoice, canvas: CanvasChoice):
    """The core's SessionConfig for what the host picked."""
    from studio.core.session import AudioSourceConfig, SessionConfig, VideoSourceConfig

    return SessionConfig(
        video=VideoSourceConfig(kind=video.kind, camera_index=video.camera_index,
                                camera_name=video.camera_name or None, path=video.path or None,
                                width=video.width, height=video.height, fps=video.fps, loop=video.loop),
        audio=AudioSourceConfig(kind=audio.kind, device=audio.device or None, path=audio.path or None,
                                loop=audio.loop),
        canvas=canvas_config(canvas),
        realtime=True)


def canvas_config(canvas: CanvasChoice):
    from studio.core.compositor import CanvasConfig

    return CanvasConfig(aspect=canvas.aspect, zoom=canvas.zoom, pan_x=canvas.pan_x, pan_y=canvas.pan_y)


class StudioWindow(QMainWindow):
    """The main window. GUI thread only.

    `session_factory(config, show)` builds the Session (tests pass one that wraps
    a source in studio.capture.flaky.FlakySource); None uses the real Session.
    """

    closed = Signal()   # the session has stopped and the window is gone: the app may quit

    def __init__(self, settings: StudioSettings | None = None, session_factory=None,
                 panel_specs: list[PanelSpec] | None = None) -> None:
        super().__init__()
        self.setObjectName("studioWindow")
        self.setWindowTitle(self.tr("Live Host Studio"))
        self.settings = settings or StudioSettings()
        self.bridge = EventBridge(self)
        self.controller = SessionController(self.bridge, session_factory, self)
        self.show_model = None
        self._recording_started_s: float | None = None
        self._recorder_error = ""
        self._restart_after_close = False
        self._closing = False
        self.shutdown_complete = False
        self.panel_docks: dict[str, QDockWidget] = {}
        self.panel_widgets: dict[str, QWidget] = {}
        self.stats_poller = StatsPoller(self)

        self._build_central()
        self._build_docks()
        self._build_toolbar()
        self._build_status_bar()
        self._build_actions_and_menus()
        self._build_panels(panel_specs if panel_specs is not None else discover_panels())
        self._connect()
        self._restore_layout()
        self._load_show_at_start()
        self.stats_poller.figures.connect(self._show_figures)
        QTimer.singleShot(0, self.apply_sources)

    # ------------------------------------------------------------------ building
    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.preview = PreviewWidget(central)
        self.preview.set_aspect(self.settings.canvas().aspect)
        layout.addWidget(self.preview, 1)
        self.setCentralWidget(central)

    def _make_dock(self, object_name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea,
                   panel: bool = False) -> QDockWidget:
        """A dock around widget, inside a scroll area.

        Built-in docks scroll vertically and are as wide as their content. Panels
        scroll both ways: a wide panel toolbar must not force the window wider than a
        laptop screen or squeeze the preview (the host widens the dock when wanted).
        """
        dock = QDockWidget(title, self)
        dock.setObjectName(object_name)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        area_widget = QScrollArea(dock)
        area_widget.setWidgetResizable(True)
        area_widget.setFrameShape(QScrollArea.Shape.NoFrame)
        area_widget.setWidget(widget)
        dock.setWidget(area_widget)
        if panel:
            dock.setMinimumWidth(PANEL_MIN_WIDTH_PX)
        else:
            area_widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            dock.setMinimumWidth(widget.minimumSizeHint().width()
                                 + area_widget.verticalScrollBar().sizeHint().width() + 4)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.sources = SourcesWidget(self.settings.video(), self.settings.audio())
        self.sources_dock = self._make_dock("dock-sources", self.tr("Sources"), self.sources,
                                            Qt.DockWidgetArea.LeftDockWidgetArea)
        self.canvas_controls = CanvasWidget(self.settings.canvas())
        self.canvas_dock = self._make_dock("dock-canvas", self.tr("Canvas"), self.canvas_controls,
                                           Qt.DockWidgetArea.LeftDockWidgetArea)
        self.resizeDocks([self.sources_dock], [340], Qt.Orientation.Horizontal)

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

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.video_state_label = QLabel(status)
        self.audio_state_label = QLabel(status)
        self.fps_label = QLabel(status)
        self.latency_label = QLabel(status)
        self.dropped_label = QLabel(status)
        for label in (self.video_state_label, self.audio_state_label, self.fps_label, self.latency_label,
                      self.dropped_label):
            status.addPermanentWidget(label)
        self.fps_label.setToolTip(self.tr("Frames per second reaching the preview"))
        self.latency_label.setToolTip(self.tr("Median time from capture to the composited canvas"))
        self.dropped_label.setToolTip(self.tr("Camera frames replaced by newer ones before they were "
                                              "processed (the studio keeps the newest)"))
        # Room for typical figures from the start, so the status bar does not jump as numbers come.
        for label, typical in ((self.fps_label, self.tr("%1 fps").replace("%1", "88.8")),
                               (self.latency_label, self.tr("latency %1 ms").replace("%1", "888")),
                               (self.dropped_label, self.tr("dropped %1").replace("%1", "8888"))):
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(typical) + 24)
        self._show_figures(None)
        self._show_source_state("video", SourceState.STARTING)
        self._show_source_state("audio", SourceState.STARTING)

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

    def _build_panels(self, specs: list[PanelSpec]) -> None:
        self.panel_specs = specs
        first_in_area: dict[Qt.DockWidgetArea, QDockWidget] = {}
        for spec in specs:
            ctx = PanelContext(session_provider=lambda: self.controller.session, bridge=self.bridge,
                               settings=PanelSettings(self.settings.qsettings, spec.id),
                               show_provider=lambda: self.show_model)
            try:
                widget = spec.factory(ctx)
            except Exception:
                log.exception("panel %s failed to build; it is left out", spec.id)
                continue
            dock = self._make_dock(f"panel-{spec.id}", QCoreApplication.translate("Panels", spec.title), widget,
                                   spec.default_area, panel=True)
            if spec.default_area in first_in_area:
                self.tabifyDockWidget(first_in_area[spec.default_area], dock)
            else:
                first_in_area[spec.default_area] = dock
            dock.setVisible(spec.visible_by_default)
            action = dock.toggleViewAction()
            if spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
            self.view_menu.insertAction(self._panels_separator, action)
            self.panel_docks[spec.id] = dock
            self.panel_widgets[spec.id] = widget
        for dock in first_in_area.values():
            dock.raise_()
        self._default_state = self.saveState(LAYOUT_VERSION)
        self._release_window_keys()
        for key, owners in self.shortcut_conflicts().items():
            # Qt fires neither of two shortcuts on the same key: the host would press it and nothing happens.
            log.warning("shortcut %s is used by %s; it will do nothing", key, ", ".join(owners))

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

    def _connect(self) -> None:
        self.sources.sources_changed.connect(self.apply_sources)
        self.canvas_controls.canvas_changed.connect(self._on_canvas_changed)
        self.preview.pan_dragged.connect(self.canvas_controls.nudge)
        self.preview.zoom_stepped.connect(self.canvas_controls.zoom_by)
        self.segment_bar.next_requested.connect(self.next_segment)
        self.segment_bar.previous_requested.connect(self.previous_segment)
        self.next_segment_action.triggered.connect(self.next_segment)
        self.previous_segment_action.triggered.connect(self.previous_segment)
        self.record_button.clicked.connect(self._on_record_clicked)
        self.record_action.triggered.connect(self.record_button.click)
        self.open_show_button.clicked.connect(self.open_show_dialog)
        self.open_show_action.triggered.connect(self.open_show_dialog)
        self.reload_show_action.triggered.connect(self._reload_show)
        self.recordings_action.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.recordings_dir()))))
        self.settings_button.clicked.connect(self.open_settings)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action.triggered.connect(self.close)
        self.reset_layout_action.triggered.connect(lambda: self.restoreState(self._default_state, LAYOUT_VERSION))
        self.shortcuts_action.triggered.connect(self._show_shortcuts)
        self.about_action.triggered.connect(self._show_about)

        self.controller.started.connect(self._on_session_started)
        self.controller.start_failed.connect(self._on_start_failed)
        self.controller.recording_started.connect(self._on_recording_started)
        self.controller.recording_stopped.connect(self._on_recording_stopped)
        self.controller.recording_failed.connect(self._on_recording_failed)
        self.controller.shutdown_done.connect(self._on_shutdown_done)
        self.bridge.segment_changed.connect(lambda e: self.segment_bar.set_index(e.index))
        self.bridge.source_state.connect(lambda e: self._show_source_state(e.source, e.state, e.detail))
        self.bridge.status.connect(self._on_status)
        self.bridge.recorder_state.connect(self._on_recorder_state)
        self._record_timer = QTimer(self)
        self._record_timer.timeout.connect(self._show_record_time)

    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            # First run: 1440×900, or most of a smaller laptop screen (1366×768 is common).
            screen = self.screen().availableGeometry() if self.screen() is not None else None
            width, height = 1440, 900
            if screen is not None:
                width, height = min(width, int(screen.width() * 0.95)), min(height, int(screen.height() * 0.92))
            self.resize(width, height)
        state = self.settings.window_state()
        # First run: size the side panels once the window has its real size (after show).
        self._first_run_layout = state is None or not self.restoreState(state, LAYOUT_VERSION)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._first_run_layout:
            self._first_run_layout = False
            QTimer.singleShot(0, self._first_run_dock_sizes)

    def _first_run_dock_sizes(self) -> None:
        for area in (Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea):
            docks = [d for d in self.panel_docks.values() if self.dockWidgetArea(d) == area]
            if not docks:
                continue
            if area == Qt.DockWidgetArea.RightDockWidgetArea:
                # Wide enough for the widest panel there when the window allows, never more than
                # PANEL_AREA_MAX_SHARE: the preview keeps the rest.
                wanted = max(self.panel_widgets[i].minimumSizeHint().width() + 24 for i, d in self.panel_docks.items()
                             if d in docks)
                width = max(int(self.width() * PANEL_AREA_SHARE), min(wanted, int(self.width() * PANEL_AREA_MAX_SHARE)))
                self.resizeDocks(docks, [width] * len(docks), Qt.Orientation.Horizontal)
            else:
                self.resizeDocks(docks, [int(self.height() * 0.25)] * len(docks), Qt.Orientation.Vertical)

    # ------------------------------------------------------------------ sources
    def apply_sources(self) -> None:
        """(Re)start the session with the pickers' choices; sources switch off the GUI thread."""
        if self.controller.recording_path is not None:
            return   # never cut a recording: the pickers are locked, a late debounce lands here
        video, audio = self.sources.video_choice(), self.sources.audio_choice()
        self.settings.set_video(video)
        self.settings.set_audio(audio)
        if video.kind == "file" and not video.path:
            self._stop_session_for(self.tr("Choose a video file on the left."))
            return
        if video.kind == "file" and not Path(video.path).is_file():
            self._stop_session_for(self.tr("The video file %1 is missing.").replace("%1", video.path),
                                   PreviewCard.FAILED)
            return
        if audio.kind == "file" and (not audio.path or not Path(audio.path).is_file()):
            self._on_status_text(Severity.WARNING, self.tr("Choose an audio file; running without sound "
                                                           "until then."))
            audio = AudioChoice(kind="silence")
        self.preview.set_card(PreviewCard.STARTING)
        self.preview.set_source(None)
        self.preview.set_aspect(self.canvas_controls.choice().aspect)
        self.sources.set_level_reader(None)
        self.segment_bar.set_navigation_enabled(False)
        self.stats_poller.set_session(None)
        self._show_figures(None)
        self._show_source_state("video", SourceState.STARTING)
        self._show_source_state("audio", SourceState.STARTING)
        config = build_session_config(video, audio, self.canvas_controls.choice())
        self.controller.apply(config, self.show_model)

    def _stop_session_for(self, detail: str, card: PreviewCard = PreviewCard.STOPPED) -> None:
        self.controller.apply_none()
        self.stats_poller.set_session(None)
        self.preview.set_source(None)
        self.preview.clear()
        self.preview.set_card(card, detail)
        self.sources.set_level_reader(None)
        self.segment_bar.set_navigation_enabled(False)

    def _on_session_started(self, session) -> None:
        # Framing the host changed while the session was starting applies now.
        canvas = canvas_config(self.canvas_controls.choice())
        if session.canvas != canvas:
            session.set_canvas(canvas)
        self.preview.set_source(session.preview)
        self.stats_poller.set_session(session)
        # None (shown as "—") unless the audio source is live: a vanished mic must not freeze the bar.
        self.sources.set_level_reader(
            lambda: session.audio_level_dbfs if session.audio_state is SourceState.LIVE else None)
        if self.show_model is not None and session.show is not self.show_model:
            session.set_show(self.show_model)
        self.segment_bar.set_navigation_enabled(True)
        self.segment_bar.set_index(session.segment_index)
        # Source states come as events (the bridge listened before start()), not read here.

    def _on_start_failed(self, message: str) -> None:
        self.preview.set_source(None)
        self.preview.clear()
        self.preview.set_card(PreviewCard.FAILED, message)
        self._on_status_text(Severity.ERROR, message)

    def _on_canvas_changed(self, choice: CanvasChoice) -> None:
        self.settings.set_canvas(choice)
        self.preview.set_aspect(choice.aspect)
        session = self.controller.session
        if session is not None:
            session.set_canvas(canvas_config(choice))   # an attribute swap: instant

    # ------------------------------------------------------------------ show
    def _load_show_at_start(self) -> None:
        path = self.settings.show_path
        if path and Path(path).is_file():
            self.load_show(path, quiet=True)
            return
        self.segment_bar.set_show(None)
        if path:
            self._on_status_text(Severity.WARNING, self.tr("The last show, %1, is no longer there: open it "
                                                           "again from its new place.").replace("%1", path))

    def open_show_dialog(self) -> None:
        start = self.settings.show_path or str(paths.assets_dir() / "shows")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a run of show"), start,
                                              self.tr("Shows and scripts (*.show.md *.md *.txt *.docx *.csv);;"
                                                      "All files (*)"))
        if path:
            self.load_show(path)

    def _reload_show(self) -> None:
        if self.settings.show_path:
            self.load_show(self.settings.show_path)

    def load_show(self, path: str, quiet: bool = False) -> bool:
        """Read a .show.md, or import a script (.md, .txt, .docx, .csv: see docs/script-import.md),
        and hand it to the session. Small files: parsing takes milliseconds."""
        from studio.show import load_show
        from studio.show.importers import ScriptImportError, import_script
        from studio.show.showfile import ShowFormatError

        try:
            show = load_show(path) if str(path).lower().endswith(".show.md") else import_script(path)
        except (ShowFormatError, ScriptImportError, OSError, ValueError) as exc:
            message = self.tr("Could not open the show: %1").replace("%1", str(exc))
            self._on_status_text(Severity.ERROR, message)
            if not quiet:
                QMessageBox.warning(self, self.tr("Open show"), message)
            return False
        self.show_model = show
        self.settings.show_path = str(path)
        session = self.controller.session
        if session is not None:
            session.set_show(show)
        self.segment_bar.set_show(show, session.segment_index if session is not None else None)
        self.setWindowTitle(self.tr("%1 — Live Host Studio").replace("%1", show.title))
        self.bridge.show_changed.emit(show)
        return True

    def next_segment(self) -> None:
        session = self.controller.session
        if session is not None:
            session.next_segment()

    def previous_segment(self) -> None:
        session = self.controller.session
        if session is not None:
            session.previous_segment()

    # ------------------------------------------------------------------ recording
    def recordings_dir(self) -> Path:
        chosen = self.settings.recordings_dir
        if chosen:
            path = Path(chosen)
            path.mkdir(parents=True, exist_ok=True)
            return path
        return paths.recordings_dir()

    def _recording_path(self) -> Path:
        stamp = datetime.now().strftime("%Y-%m-%d %H%M%S")
        title = self.show_model.title if self.show_model is not None else "studio"
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title).strip() or "studio"
        return self.recordings_dir() / f"{stamp} {safe}.mp4"

    def _on_record_clicked(self) -> None:
        if self.controller.recording_path is None:
            self.record_button.setEnabled(False)
            self.controller.start_recording(str(self._recording_path()))
        else:
            self.record_button.setEnabled(False)
            self.controller.stop_recording()
        self.record_button.setChecked(self.controller.recording_path is not None)

    def _on_recording_started(self, path: str) -> None:
        self._recording_started_s = time.monotonic()
        self.record_button.setEnabled(True)
        self.record_button.setChecked(True)
        self.record_button.setText(self.tr("■ Stop"))
        self.sources.set_locked(True, self.tr("Stop recording to change sources."))
        self._record_timer.start(250)
        self._show_record_time()
        self._on_status_text(Severity.INFO, self.tr("Recording to %1").replace("%1", path))

    def _on_recording_stopped(self, path: str) -> None:
        self._end_recording_ui()
        if self._recorder_error:
            # The error stays on screen: what was recorded up to it is in the file.
            self._on_status_text(Severity.ERROR, self.tr("Recording stopped: %1. What was recorded is in %2")
                                 .replace("%1", self._recorder_error).replace("%2", path))
            self._recorder_error = ""
        else:
            self._on_status_text(Severity.INFO, self.tr("Saved %1").replace("%1", path))

    def _on_recording_failed(self, message: str) -> None:
        self._end_recording_ui()
        self._on_status_text(Severity.ERROR, self.tr("Recording problem: %1").replace("%1", message))

    def _on_recorder_state(self, event) -> None:
        if not event.recording and event.detail and self.controller.recording_path is not None:
            # The recorder stopped by itself (disk full, encoder error): say so and reset the button.
            self._recorder_error = event.detail
            self.controller.stop_recording()

    def _end_recording_ui(self) -> None:
        self._recording_started_s = None
        self._record_timer.stop()
        self.record_button.setEnabled(True)
        self.record_button.setChecked(False)
        self.record_button.setText(self.tr("● Record"))
        self.record_time.setText("")
        self.sources.set_locked(False)

    def _show_record_time(self) -> None:
        if self._recording_started_s is not None:
            self.record_time.setText(format_clock(time.monotonic() - self._recording_started_s))

    # ------------------------------------------------------------------ status
    def _on_status(self, event) -> None:
        self._on_status_text(event.severity, event.text)

    def _on_status_text(self, severity: Severity, text: str) -> None:
        color = {Severity.ERROR: theme.RECORD_RED, Severity.WARNING: theme.WARNING_AMBER}.get(severity, theme.TEXT)
        self.statusBar().setStyleSheet(f"QStatusBar {{ color: {color}; }}")
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def _show_source_state(self, source: str, state: SourceState, detail: str = "") -> None:
        names = {
            SourceState.STARTING: self.tr("starting"), SourceState.LIVE: self.tr("live"),
            SourceState.LOST: self.tr("lost"), SourceState.ENDED: self.tr("ended"),
            SourceState.FAILED: self.tr("failed"),
        }
        color = {SourceState.LIVE: theme.OK_GREEN, SourceState.LOST: theme.WARNING_AMBER,
                 SourceState.FAILED: theme.RECORD_RED}.get(state, theme.TEXT_DIM)
        label = self.video_state_label if source == "video" else self.audio_state_label
        what = self.tr("Video") if source == "video" else self.tr("Audio")
        label.setText(f"<span style='color:{color}'>●</span> {what}: {names[state]}")
        label.setToolTip(detail)
        if source != "video":
            return
        card = {SourceState.LIVE: PreviewCard.NONE, SourceState.LOST: PreviewCard.LOST,
                SourceState.FAILED: PreviewCard.FAILED, SourceState.ENDED: PreviewCard.ENDED,
                SourceState.STARTING: PreviewCard.STARTING}[state]
        if self.controller.session is not None or state is not SourceState.STARTING:
            self.preview.set_card(card, detail)

    def _show_figures(self, stats) -> None:
        if stats is None:
            self.fps_label.setText(self.tr("— fps"))
            self.latency_label.setText(self.tr("latency —"))
            self.dropped_label.setText(self.tr("dropped —"))
            return
        self.fps_label.setText(self.tr("%1 fps").replace("%1", f"{stats.fps:.1f}"))
        self.latency_label.setText(self.tr("latency %1 ms").replace("%1", f"{stats.latency_p50_ms:.0f}"))
        self.dropped_label.setText(self.tr("dropped %1").replace("%1", str(stats.dropped_frames)))
        for label in (self.fps_label, self.latency_label, self.dropped_label):
            # Grow only: a figure never gets clipped, and the bar does not jitter as numbers shrink.
            if label.sizeHint().width() > label.minimumWidth():
                label.setMinimumWidth(label.sizeHint().width())

    # ------------------------------------------------------------------ dialogs
    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted or not dialog.language_changed:
            return
        if self.controller.recording_path is not None:
            QMessageBox.information(self, self.tr("Language"),
                                    self.tr("The new language is used the next time the studio opens."))
            return
        answer = QMessageBox.question(self, self.tr("Language"),
                                      self.tr("Restart the studio now in the new language?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.restart()

    def restart(self) -> None:
        """Close the normal way (session stopped, devices released), then start again with the same
        command line: the new instance would otherwise find the camera still busy."""
        self._restart_after_close = True
        self.close()

    def _show_shortcuts(self) -> None:
        rows = [
            (self.tr("Next segment"), " / ".join(NEXT_SEGMENT_KEYS)),
            (self.tr("Previous segment"), " / ".join(PREVIOUS_SEGMENT_KEYS)),
            (self.tr("Start or stop recording"), "Ctrl+R"),
            (self.tr("Open show…"), QKeySequence(QKeySequence.StandardKey.Open).toString()),
        ]
        html = "<table cellspacing=6>" + "".join(f"<tr><td>{a}</td><td><b>{b}</b></td></tr>" for a, b in rows)
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), html + "</table>")

    def _show_about(self) -> None:
        from studio import __version__

        QMessageBox.about(self, self.tr("About Live Host Studio"),
                          self.tr("Live Host Studio %1").replace("%1", __version__))

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event) -> None:
        if self.shutdown_complete:
            event.accept()
            return
        if self.controller.recording_path is not None and not self._closing:
            answer = QMessageBox.question(self, self.tr("Quit"),
                                          self.tr("A recording is running. Stop it, save the file and quit?"))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        if not self._closing:
            self._closing = True
            # Picks still waiting for their debounce are kept too: nothing the host chose is lost.
            self.settings.set_video(self.sources.video_choice())
            self.settings.set_audio(self.sources.audio_choice())
            self.settings.set_canvas(self.canvas_controls.choice())
            self.settings.save_window(self.saveGeometry(), self.saveState(LAYOUT_VERSION))
            self.settings.sync()
            self.stats_poller.stop()
            self.preview.set_source(None)
            self.preview.stop()
            self.sources.set_level_reader(None)
            for panel_id, widget in self.panel_widgets.items():
                # Each panel gets its closeEvent while Qt is whole: it stops its own threads there.
                try:
                    widget.close()
                except Exception:
                    log.exception("panel %s failed to close", panel_id)
            self.controller.shutdown()   # stops recording and session on the worker
        event.ignore()
        self.hide()

    def _on_shutdown_done(self) -> None:
        self.shutdown_complete = True
        if self._restart_after_close:
            # sys.orig_argv is the command as typed (python -m studio, or the frozen app's exe).
            command = list(getattr(sys, "orig_argv", None) or [sys.executable, *sys.argv])
            if not QProcess.startDetached(command[0], command[1:]):
                log.error("could not restart the studio with %s", command)
        self.close()
        self.closed.emit()
