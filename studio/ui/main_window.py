"""The studio window: preview in the middle, sources and canvas on the left, panels
around, the Record button on top, the run of show under the picture, figures below.

Everything here runs on the GUI thread and only paints, reads settings and asks
the SessionController to act; the session's own threads do the media work.

The window is put together from parts, one module each: window_docks (preview, docks,
panels, layout), window_actions (toolbar, menus, shortcuts), window_status (status bar)
and window_recording (the Record button). This module starts and switches the session,
loads the show, and closes.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QProcess, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMainWindow, QMessageBox, QWidget

from studio import paths
from studio.core.events import Severity, SourceState
from studio.ui.bridge import EventBridge
from studio.ui.core_messages import host_text
from studio.ui.i18n import resolve_language, say_in, translator_for
from studio.ui.panels import PanelSpec, discover_panels
from studio.ui.preview import PreviewCard
from studio.ui.session_controller import SessionController
from studio.ui.settings import AudioChoice, CanvasChoice, StudioSettings, VideoChoice
from studio.ui.settings_dialog import SettingsDialog
from studio.ui.stats_poller import StatsPoller
from studio.ui.window_actions import NEXT_SEGMENT_KEYS, PREVIOUS_SEGMENT_KEYS, WindowActions  # noqa: F401
from studio.ui.window_docks import LAYOUT_VERSION, WindowDocks
from studio.ui.window_recording import WindowRecording
from studio.ui.window_rehearsal import WindowRehearsal
from studio.ui.window_status import STATUS_MESSAGE_MS, WindowStatus  # noqa: F401

log = logging.getLogger(__name__)

# Said in the language the host just chose, before the window speaks it (see language_question).
LANGUAGE_TITLE = QT_TRANSLATE_NOOP("LanguageChange", "Language")
LANGUAGE_RESTART = QT_TRANSLATE_NOOP("LanguageChange", "Restart the studio now in the new language?")
LANGUAGE_LATER = QT_TRANSLATE_NOOP("LanguageChange", "The new language is used the next time the studio opens.")
LANGUAGE_RESTART_NOW = QT_TRANSLATE_NOOP("LanguageChange", "Restart now")
LANGUAGE_NOT_NOW = QT_TRANSLATE_NOOP("LanguageChange", "Not now")
LANGUAGE_OK = QT_TRANSLATE_NOOP("LanguageChange", "OK")

SETTINGS_AUTOSAVE_MS = 5000


def build_session_config(video: VideoChoice, audio: AudioChoice, canvas: CanvasChoice):
    """The core's SessionConfig for what the host picked."""
    from studio.live.session import AudioSourceConfig, SessionConfig, VideoSourceConfig

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


class StudioWindow(WindowDocks, WindowActions, WindowStatus, WindowRecording, WindowRehearsal, QMainWindow):
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
        self.controller = SessionController(self.bridge, session_factory, self, options_for=self._live_options)
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
        self.bridge.source_state.connect(
            lambda e: self._show_source_state(e.source, e.state, host_text(e, e.detail)))
        self.bridge.status.connect(self._on_status)
        self.bridge.recorder_state.connect(self._on_recorder_state)
        # Settings are written as they change, not only at a clean exit: a crash, a killed process
        # or a power cut keeps the layout and the picks of the last few seconds.
        self._autosave_timer = QTimer(self)
        self._autosave_timer.timeout.connect(self.save_settings_now)
        self._autosave_timer.start(SETTINGS_AUTOSAVE_MS)
        self._record_timer = QTimer(self)
        self._record_timer.timeout.connect(self._show_record_time)

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

    def _live_options(self, config, show):
        """The session's LiveOptions: the pickers' config and the docks' saved choices."""
        from studio.ui.live_choices import window_options

        return window_options(config, self.settings.qsettings, show)

    def _stop_session_for(self, detail: str, card: PreviewCard = PreviewCard.STOPPED) -> None:
        self.controller.apply_none()
        self.stats_poller.set_session(None)
        self.preview.set_source(None)
        self.preview.clear()
        self.preview.set_card(card, detail)
        self.sources.set_level_reader(None)
        self.segment_bar.set_navigation_enabled(False)
        self._show_sources_off(detail)

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
        self._show_sources_off(message)

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

    # ------------------------------------------------------------------ dialogs
    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted or not dialog.language_changed:
            return
        box = self.language_question(self.settings.language, self.controller.recording_path is not None)
        box.exec()
        if box.clickedButton() is not None and box.clickedButton().property("restart"):
            self.restart()

    def language_question(self, new_setting: str, recording: bool) -> QMessageBox:
        """The restart question in the language just chosen (the host picked it to read it), with
        the same words in the window's current language beneath when they differ."""
        new = translator_for(resolve_language(new_setting))
        question = LANGUAGE_LATER if recording else LANGUAGE_RESTART
        box = QMessageBox(QMessageBox.Icon.Question, say_in(new, "LanguageChange", LANGUAGE_TITLE),
                          say_in(new, "LanguageChange", question), QMessageBox.StandardButton.NoButton, self)
        current = QCoreApplication.translate("LanguageChange", question)
        if current != box.text():
            box.setInformativeText(current)
        if recording:
            box.addButton(say_in(new, "LanguageChange", LANGUAGE_OK), QMessageBox.ButtonRole.AcceptRole)
            return box
        restart = box.addButton(say_in(new, "LanguageChange", LANGUAGE_RESTART_NOW), QMessageBox.ButtonRole.YesRole)
        restart.setProperty("restart", True)
        box.setDefaultButton(restart)
        box.addButton(say_in(new, "LanguageChange", LANGUAGE_NOT_NOW), QMessageBox.ButtonRole.NoRole)
        return box

    def restart(self) -> None:
        """Close the normal way (session stopped, devices released), then start again with the same
        command line: the new instance would otherwise find the camera still busy."""
        self._restart_after_close = True
        self.close()

    # ------------------------------------------------------------------ closing
    def save_settings_now(self) -> None:
        """Write the pickers, framing, window geometry and dock layout to disk (GUI thread, ~1 ms)."""
        # Picks still waiting for their debounce are kept too: nothing the host chose is lost.
        self.settings.set_video(self.sources.video_choice())
        self.settings.set_audio(self.sources.audio_choice())
        self.settings.set_canvas(self.canvas_controls.choice())
        self.settings.save_window(self.saveGeometry(), self.saveState(LAYOUT_VERSION))
        self.settings.sync()

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
            self._autosave_timer.stop()
            self.save_settings_now()
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
