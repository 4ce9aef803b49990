"""The window's status bar: source states (video, audio), live figures (fps, latency, drops)
and the coloured messages of the session.

A mixin of StudioWindow. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from studio.core.events import Severity, SourceState
from studio.ui import theme
from studio.ui.core_messages import host_text
from studio.ui.drop_alert import DropAlertButton
from studio.ui.preview import PreviewCard

STATUS_MESSAGE_MS = 10_000


class WindowStatus:
    """Status bar of the StudioWindow. GUI thread only."""

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
        # The viewer-drop alert's "Switch to B" (studio.ui.drop_alert), left of the figures.
        self.drop_alert_button = DropAlertButton(status, self.bridge, lambda: self.controller.session)
        status.insertPermanentWidget(0, self.drop_alert_button)
        self._show_figures(None)
        self._source_kinds: dict[str, str] = {}
        self.bridge.session_created.connect(self._note_sources)
        self._show_source_state("video", SourceState.STARTING)
        self._show_source_state("audio", SourceState.STARTING)

    def _note_sources(self, session) -> None:
        """A session is about to start: what its sources really are, so the labels can say
        "none" for silence and name the test pattern instead of calling them live."""
        from studio.capture.audio_file import SilenceSource
        from studio.capture.test_pattern import TestPatternSource

        self._source_kinds = {
            "video": "pattern" if isinstance(getattr(session, "video_source", None), TestPatternSource) else "",
            "audio": "silence" if isinstance(getattr(session, "audio_source", None), SilenceSource) else ""}
        self._show_source_state("audio", SourceState.STARTING)

    def _show_sources_off(self, detail: str) -> None:
        """No session: nothing is captured, whatever the last session's sources said."""
        off = self.tr("off")
        for label, what in ((self.video_state_label, self.tr("Video")), (self.audio_state_label, self.tr("Audio"))):
            label.setText(f"<span style='color:{theme.TEXT_DIM}'>●</span> {what}: {off}")
            label.setToolTip(detail)

    def _on_status(self, event) -> None:
        self._on_status_text(event.severity, host_text(event, event.text))

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
        text, tip, kind = names[state], detail, self._source_kinds.get(source)
        if source == "audio" and kind == "silence":
            # Silence runs like a source, but nothing is heard: never "live".
            text, color = self.tr("none"), theme.TEXT_DIM
            tip = self.tr("No audio source: choose a microphone or an audio file on the left.")
        elif source == "video" and kind == "pattern" and state is SourceState.LIVE:
            text, color = text + " · " + self.tr("test pattern"), theme.WARNING_AMBER
            tip = self.tr("The test pattern is on air, not a camera: choose a camera or a video file on the left.")
        label.setText(f"<span style='color:{color}'>●</span> {what}: {text}")
        label.setToolTip(tip)
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
