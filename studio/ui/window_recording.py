"""The window's recording: the Record button's states, the running time, where files go, and
what the host is told when a recording starts, stops or fails.

A mixin of StudioWindow. GUI thread only.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

from studio import paths
from studio.core.events import Severity
from studio.ui.segment_bar import format_clock


class WindowRecording:
    """Recording side of the StudioWindow. GUI thread only."""

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
        self.last_recording = path      # Show → Rehearsal scorecard… proposes it
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
