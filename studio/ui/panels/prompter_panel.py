"""The teleprompter dock: the run of show as big text that follows the host's voice.

A view of the session's prompter (studio.live.prompter.LivePrompter, on its own thread): this
panel only sends commands and paints snapshots, which arrive as queued signals. Captions and
segment changes reach the prompter straight from the session's bus, never through this thread.
The session owns the segment on air: the prompter follows its changes, and hands it only the
host's own choices (accepting a proposal); voice follow never switches the segment by itself.
The same text surface can go full screen on any display (a second monitor under the
camera or behind beam-splitter glass, with mirror mode).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QSlider, QSpinBox, QVBoxLayout, QWidget

from studio.prompter.controller import PrompterSnapshot, PrompterState, ScrollMode
from studio.prompter.script import ScriptView
from studio.prompter.worker import PrompterCommand
from studio.ui.background import emit_if_alive, run_in_background
from studio.ui.flow_layout import FlowLayout
from studio.ui.panels import PanelContext, PanelSpec
from studio.ui.panels.prompter_full_screen import PrompterFullScreen
from studio.ui.panels.prompter_status import PrompterStatus, format_clock
from studio.ui.panels.prompter_view import Mark, PrompterView
from studio.ui.screen_picker import fill_screen_combo
from studio.ui.shortcut_help import describe_shortcut

log = logging.getLogger(__name__)

__all__ = ["PANEL", "PrompterPanel", "format_clock"]


class _Relay(QObject):
    """Carries prompter-thread callbacks to the GUI thread (signals across threads are queued)."""

    snapshot = Signal(object)      # PrompterSnapshot
    marks = Signal(object, object)  # (show, {(segment, line): (Mark, ...)})


FINDING_BANNER_S = 12.0     # long enough to read the suggestion and rephrase
CUE_BANNER_S = 20.0         # a producer's cue stays until it is surely read, or the next one replaces it
REMINDER_BANNER_S = 15.0


def script_marks(show) -> dict[tuple[int, int], tuple[Mark, ...]]:
    """Compliance findings of the show's own lines, as prompter marks (runs on a worker thread:
    loading the rule packs and scanning takes a few hundred ms)."""
    if not show.markets:
        return {}
    from studio.compliance import Checker
    from studio.compliance.checker import by_script_line

    checker = Checker(show.markets, strict_markets=False)
    return {key: tuple(Mark(f.start, f.end, f.severity.value, f.suggestion) for f in findings)
            for key, findings in by_script_line(checker.check_show(show)).items()}


class PrompterPanel(QWidget):
    """Called on the GUI thread only."""

    def __init__(self, ctx: PanelContext) -> None:
        super().__init__()
        self._ctx = ctx
        self._session = None
        self._prompter = None            # the session's LivePrompter this dock shows
        self._unlisten = None
        self._script: ScriptView | None = None
        self._snapshot: PrompterSnapshot | None = None
        self._relay = _Relay()
        self._relay.snapshot.connect(self._on_snapshot, Qt.ConnectionType.QueuedConnection)
        self._relay.marks.connect(self._on_marks, Qt.ConnectionType.QueuedConnection)
        self._show = None
        self._full: PrompterFullScreen | None = None
        self._marks: dict = {}
        self._stop_flags: frozenset = frozenset()     # "stop this line" flags from the producer console
        self._build()
        self._load_settings()
        self.install_hotkeys(self)

        ctx.bridge.event.connect(self._on_event)
        ctx.bridge.session_created.connect(self._on_session)
        ctx.bridge.session_stopped.connect(self._on_session_stopped)
        ctx.bridge.show_changed.connect(self.set_show)
        # on standby the prompter's own clock is still: the status follows the session's segment instead
        ctx.bridge.segment_changed.connect(lambda _event: self._show_status(self._snapshot))
        self.set_show(ctx.show_provider())

    # --- widgets -------------------------------------------------------------------------

    def _build(self) -> None:
        self.start_button = QPushButton(self.tr("Start"))
        self.mode_combo = QComboBox()
        for mode, label in ((ScrollMode.VOICE, self.tr("Follow voice")), (ScrollMode.TIMED, self.tr("Timed")),
                            (ScrollMode.MANUAL, self.tr("Manual"))):
            self.mode_combo.addItem(label, mode.value)
        self.speed_spin = QSpinBox()
        self.speed_spin.setRange(60, 300)
        self.speed_spin.setSuffix(self.tr(" wpm"))
        self.speed_spin.setToolTip(self.tr("Scrolling speed in timed mode, in words per minute"))
        self.font_spin = QSpinBox()
        self.font_spin.setRange(20, 200)
        self.font_spin.setSuffix(" px")
        self.font_spin.setToolTip(self.tr("Text size (Ctrl+= and Ctrl+- while the prompter has focus)"))
        self.margin_slider = QSlider(Qt.Orientation.Horizontal)
        self.margin_slider.setRange(0, 30)
        self.margin_slider.setToolTip(self.tr("Side margins: keep the text narrow so the eyes stay near the lens"))
        self.mirror_check = QCheckBox(self.tr("Mirror"))
        self.mirror_check.setToolTip(self.tr("Flip the text for beam-splitter glass"))
        self.screen_combo = QComboBox()
        self.screen_combo.setToolTip(self.tr("Display for full screen"))
        # A long display name must not set the dock's width.
        self.screen_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.screen_combo.setMinimumContentsLength(10)
        self.full_button = QPushButton(self.tr("Full screen"))
        self.full_button.setCheckable(True)

        # Controls flow onto more rows as the dock narrows: the dock must work at a third of a
        # laptop screen or less, and a wide row would force the text wider than the visible panel.
        controls = FlowLayout()
        for w in (self.start_button, self.mode_combo, self.speed_spin, self.font_spin,
                  QLabel(self.tr("Margins")), self.margin_slider, self.mirror_check,
                  self.screen_combo, self.full_button):
            controls.addWidget(w)

        self.view = PrompterView(self)
        self.status = PrompterStatus(self)
        self.status.accept_requested.connect(lambda: self.send(PrompterCommand.ACCEPT_PROPOSAL))
        self.status.dismiss_requested.connect(lambda: self.send(PrompterCommand.DISMISS_PROPOSAL))
        self.segment_label, self.offer_label = self.status.segment_label, self.status.offer_label
        self.state_label = self.status.state_label

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

        self.start_button.clicked.connect(self._on_start_clicked)
        self.mode_combo.currentIndexChanged.connect(self._on_mode)
        self.speed_spin.valueChanged.connect(self._on_speed)
        self.font_spin.valueChanged.connect(self._on_style)
        self.margin_slider.valueChanged.connect(self._on_style)
        self.mirror_check.toggled.connect(self._on_style)
        self.full_button.toggled.connect(self._on_full_screen)
        self._refresh_screens()

    def install_hotkeys(self, widget: QWidget) -> None:
        """The same commands from every input: keyboard here, clickers send the same keys.
        PageDown/PageUp are the window's (an application shortcut, so they reach the full-screen
        prompter too); a second binding here would make Qt fire neither."""
        pause, accept = self.tr("Pause or go on (in the Teleprompter)"), self.tr("Put the proposed segment on air")
        lines, size = self.tr("Script a line down or up"), self.tr("Bigger or smaller script text")
        keys = [
            (Qt.Key.Key_Space, lambda: self.send(PrompterCommand.TOGGLE_PAUSE), pause),
            # Accept the segment voice follow proposes (it goes on air only by the host's hand).
            (Qt.Key.Key_Return, lambda: self.send(PrompterCommand.ACCEPT_PROPOSAL), accept),
            (Qt.Key.Key_Enter, lambda: self.send(PrompterCommand.ACCEPT_PROPOSAL), ""),   # the keypad's Return
            (Qt.Key.Key_Down, lambda: self.send(PrompterCommand.STEP_LINES, 1), lines),
            (Qt.Key.Key_Up, lambda: self.send(PrompterCommand.STEP_LINES, -1), lines),
            (QKeySequence("Ctrl+="), lambda: self.font_spin.setValue(self.font_spin.value() + 4), size),
            (QKeySequence("Ctrl+-"), lambda: self.font_spin.setValue(self.font_spin.value() - 4), size),
        ]
        for key, slot, what in keys:
            shortcut = QShortcut(QKeySequence(key) if not isinstance(key, QKeySequence) else key, widget, slot)
            describe_shortcut(shortcut, what)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _load_settings(self) -> None:
        s = self._ctx.settings
        widgets = (self.font_spin, self.margin_slider, self.mirror_check, self.speed_spin, self.mode_combo)
        for w in widgets:   # one control's change handler must not save the others' defaults
            w.blockSignals(True)
        self.font_spin.setValue(int(s.value("font_px", 56, int)))
        self.margin_slider.setValue(int(s.value("margin_percent", 8, int)))
        self.mirror_check.setChecked(str(s.value("mirror", "false")).lower() == "true")
        self.speed_spin.setValue(int(s.value("words_per_minute", 150, int)))
        index = self.mode_combo.findData(str(s.value("mode", ScrollMode.VOICE.value)))
        self.mode_combo.setCurrentIndex(max(0, index))
        for w in widgets:
            w.blockSignals(False)
        self._on_style()

    # --- show, session, worker -----------------------------------------------------------

    def set_show(self, show) -> None:
        self._show = show
        self._script = ScriptView(show) if show is not None else None
        for view in self._views():
            view.set_script(self._script)
            view.set_marks({})
        if show is not None:
            run_in_background(self._check_script, show, name="prompter-compliance")
        self._snapshot = None
        self._bind(self._session)
        if self._prompter is None:
            self._show_status(None)

    def _bind(self, session) -> None:
        """Show the session's prompter when it prompts this dock's show (the session is rebuilt
        when the host switches sources; its prompter carries on where the last one was)."""
        self._unbind()
        prompter = getattr(session, "prompter", None)
        if prompter is None or self._show is None or session.show is not self._show:
            return
        self._prompter = prompter
        self._unlisten = prompter.add_listener(self._relay.snapshot.emit)
        console = getattr(session, "console", None)
        self._stop_flags = frozenset(console.flags) if console is not None else frozenset()
        for view in self._views():
            view.set_stop_flags(self._stop_flags)
        self.send(PrompterCommand.SET_MODE, self.mode_combo.currentData())
        self.send(PrompterCommand.SET_TIMED_PACE, self.speed_spin.value() / 60.0)
        self._sync_start_button()

    def _unbind(self) -> None:
        unlisten, self._unlisten, self._prompter = self._unlisten, None, None
        if unlisten is not None:
            unlisten()
        self._sync_start_button()

    def _sync_start_button(self) -> None:
        """Start commands the session's prompter: until the live session is up (it starts a moment
        after the window opens, later on a busy laptop) a click would do nothing, so it waits greyed."""
        bound = self._prompter is not None
        self.start_button.setEnabled(bound)
        self.start_button.setToolTip(
            self.tr("Count down and start prompting (Space pauses and resumes)") if bound
            else self.tr("Available once the live session has started"))

    def send(self, command: PrompterCommand, arg=None) -> None:
        if self._prompter is not None:
            self._prompter.command(command, arg)

    def _check_script(self, show) -> None:
        try:
            marks = script_marks(show)
        except Exception:   # a broken user rule pack: the prompter still works, the panel says why
            log.exception("compliance marks for the prompter failed")
            return
        emit_if_alive(self._relay.marks, show, marks)

    def _on_marks(self, show, marks) -> None:
        if show is not self._show:
            return   # a newer show replaced it while checking
        self._marks = marks
        for view in self._views():
            view.set_marks(marks)

    def _on_event(self, event) -> None:
        """Live compliance hits and disclosure reminders, shown at once across the prompter."""
        kind = type(event).__name__
        if kind == "ComplianceFinding":
            finding = event.finding
            text = self.tr("Rephrase “%1”: %2").replace("%1", finding.matched).replace("%2", finding.suggestion)
            for view in self._views():
                view.show_banner("finding", text, FINDING_BANNER_S)
        elif kind == "ProducerCue":      # pushed from the producer console (studio.console)
            for view in self._views():
                view.show_banner("cue", self.tr("Producer: %1").replace("%1", event.text), CUE_BANNER_S)
        elif kind == "LineFlagChanged":
            key = (event.segment, event.line)
            self._stop_flags = (self._stop_flags | {key}) if event.flagged else (self._stop_flags - {key})
            for view in self._views():
                view.set_stop_flags(self._stop_flags)
        elif kind == "DisclosureReminder":
            text = self.tr("Reminder: %1").replace("%1", event.text)
            for view in self._views():
                view.show_banner("reminder", text, REMINDER_BANNER_S)
        elif kind == "TopQuestionChanged":
            # the question most viewers wait on (studio.comments.live_inbox), one line for the host
            text = None if event.text is None else self.tr("%1 asking: %2").replace("%1", str(event.count)).replace(
                "%2", event.translation or event.text)
            for view in self._views():
                view.set_question(text)

    def _on_session(self, session) -> None:
        self._session = session
        self._bind(session)

    def _on_session_stopped(self) -> None:
        self._session = None
        self._unbind()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._unbind()
        if self._full is not None:
            self._full.close()
        super().closeEvent(event)

    # --- controls ------------------------------------------------------------------------

    def _on_start_clicked(self) -> None:
        state = self._snapshot.state if self._snapshot else PrompterState.STANDBY
        self.send(PrompterCommand.STANDBY if state in (PrompterState.PROMPTING, PrompterState.COUNTDOWN)
                  else PrompterCommand.START)

    def _on_mode(self) -> None:
        mode = self.mode_combo.currentData()
        self._ctx.settings.set_value("mode", mode)
        self.send(PrompterCommand.SET_MODE, mode)

    def _on_speed(self, wpm: int) -> None:
        self._ctx.settings.set_value("words_per_minute", wpm)
        self.send(PrompterCommand.SET_TIMED_PACE, wpm / 60.0)

    def _on_style(self) -> None:
        font_px, margin, mirror = self.font_spin.value(), self.margin_slider.value(), self.mirror_check.isChecked()
        self._ctx.settings.set_value("font_px", font_px)
        self._ctx.settings.set_value("margin_percent", margin)
        self._ctx.settings.set_value("mirror", "true" if mirror else "false")
        for view in self._views():
            view.set_style(font_px, margin / 100.0, mirror)

    def _views(self) -> list[PrompterView]:
        return [self.view] + ([self._full.view] if self._full is not None else [])

    def _refresh_screens(self) -> None:
        fill_screen_combo(self.screen_combo, lambda i, _screen: i)
        # A second display is the usual prompter monitor.
        self.screen_combo.setCurrentIndex(min(1, self.screen_combo.count() - 1))

    def _on_full_screen(self, on: bool) -> None:
        if not on:
            if self._full is not None:
                self._full.close()
            return
        screens = QGuiApplication.screens()
        screen = screens[min(max(0, self.screen_combo.currentData() or 0), len(screens) - 1)]
        self._full = PrompterFullScreen(self)
        self._full.closed.connect(self._on_full_closed)
        self._full.view.set_script(self._script)
        self._full.view.set_marks(self._marks)
        self._full.view.set_stop_flags(self._stop_flags)
        self._full.view.set_style(self.font_spin.value(), self.margin_slider.value() / 100.0,
                                  self.mirror_check.isChecked())
        if self._snapshot is not None:
            self._full.view.set_token(self._snapshot.token, animate=False)
        self._full.setScreen(screen)
        self._full.setGeometry(screen.geometry())
        self._full.showFullScreen()

    def _on_full_closed(self) -> None:
        self._full = None
        self.full_button.blockSignals(True)
        self.full_button.setChecked(False)
        self.full_button.blockSignals(False)

    # --- snapshots -----------------------------------------------------------------------

    def _on_snapshot(self, snapshot: PrompterSnapshot) -> None:
        self._snapshot = snapshot
        if self._script is not None and snapshot.b_segments != self._script.b_segments:
            # A segment switched talk-track: the same numbering as the prompter thread's script.
            self._script = ScriptView(self._script.show, snapshot.b_segments)
            for view in self._views():
                view.set_script(self._script)
        proposal = snapshot.proposal
        footer = None if proposal is None else self.tr("Enter: put on air · %1").replace(
            "%1", self.status.proposal_text(proposal.segment, proposal.title))
        for view in self._views():
            view.set_token(snapshot.token)
            view.set_footer(footer)
        self._show_status(snapshot)

    def _offer_countdown(self, snap: PrompterSnapshot):
        """The session's offer clock when there is one (the price card shows the same end),
        else the prompter's own."""
        session = self._session
        offers = getattr(session, "offers", None)
        if offers is None or session.show is not self._show:
            return snap.progress.offer
        return offers.countdown(session.segment_index, session.clock.now_ns())

    def _show_status(self, snap: PrompterSnapshot | None) -> None:
        if snap is None or self._script is None:
            self.status.clear()
            self.start_button.setText(self.tr("Start"))
            return
        session = self._session
        on_air = (session.segment_index if session is not None and session.show is self._show else None)
        self.status.show_snapshot(snap, len(self._script.show.segments), self._offer_countdown(snap),
                                  on_air=None if on_air is None else (on_air, self._script.show.segments[on_air].title))
        self.start_button.setText(self.tr("Pause") if snap.state in (PrompterState.PROMPTING, PrompterState.COUNTDOWN)
                                  else self.tr("Start"))


PANEL = PanelSpec(
    id="prompter",
    title=QT_TRANSLATE_NOOP("Panels", "Teleprompter"),
    factory=PrompterPanel,
    default_area=Qt.DockWidgetArea.RightDockWidgetArea,
    shortcut="Ctrl+Shift+P",
    order=20,
)
