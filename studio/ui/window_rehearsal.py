"""The window's rehearsal scorecard: after a rehearsal session (a recording), Show → Rehearsal
scorecard… runs the same pass as `studio rehearse` over the recording (studio.rehearsal.session)
on a worker thread, writes the JSON and the HTML scorecard beside it and opens the scorecard.

A mixin of StudioWindow. GUI thread only; the pass itself never runs on the GUI thread.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog

from studio.core.events import Severity
from studio.ui.background import emit_if_alive, run_in_background

log = logging.getLogger(__name__)


class RehearsalJob(QObject):
    """One rehearsal pass on a short-lived thread; `done` arrives queued on the GUI thread."""

    done = Signal(str, str)     # scorecard path, error ("" when it worked)

    def start(self, show, media: str, markets: tuple[str, ...], model: str) -> None:
        run_in_background(self._run, show, media, markets, model, name="rehearsal")

    def _run(self, show, media: str, markets, model: str) -> None:
        from studio.rehearsal.engines import PassOptions
        from studio.rehearsal.session import rehearse

        try:
            done = rehearse(show, media, markets, PassOptions(model=model))
            html = Path(media).with_suffix(".scorecard.html")
            html.write_text(done.html(), encoding="utf-8")
            html.with_suffix("").with_suffix(".rehearsal.json").write_text(
                json.dumps(done.report, ensure_ascii=False, indent=1), encoding="utf-8")
            emit_if_alive(self.done, str(html), "")
        except Exception as exc:   # an unreadable file, a missing model: said in the status bar
            log.warning("rehearsal scorecard of %s failed: %s", media, exc)
            emit_if_alive(self.done, "", str(exc))


class WindowRehearsal:
    """Rehearsal side of the StudioWindow. GUI thread only."""

    rehearsal_model = "base"       # the Whisper model of the pass (as `studio rehearse`)

    def _build_rehearsal_action(self, menu) -> None:
        self.rehearsal_action = QAction(self.tr("Rehearsal scorecard…"), self)
        self.rehearsal_action.setToolTip(self.tr(
            "Score a rehearsal recording against the show: lines read and skipped, ad-libs, flagged "
            "claims and go/no-go per market"))
        menu.addSeparator()
        menu.addAction(self.rehearsal_action)
        self.rehearsal_job = RehearsalJob(self)
        self.rehearsal_job.done.connect(self._on_rehearsal_done)
        self.rehearsal_action.triggered.connect(self.score_rehearsal)
        self.last_recording: str | None = None

    def score_rehearsal(self, path: str | None = None) -> bool:
        """Ask for the recording (the last one made here is proposed) and start the pass."""
        show = self.show_model
        if show is None or not any(seg.spoken_lines for seg in show.segments):
            self._on_status_text(Severity.WARNING, self.tr("Open a show with spoken lines to score a rehearsal of it."))
            return False
        if not show.markets:
            self._on_status_text(Severity.WARNING, self.tr(
                "The show names no markets ('markets:' in the show file): a scorecard judges a rehearsal per market."))
            return False
        if not path:
            start = self.last_recording or str(self.recordings_dir())
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Rehearsal recording to score"), start,
                self.tr("Recordings (*.mp4 *.mov *.mkv *.wav *.mp3 *.m4a);;All files (*)"))
        if not path:
            return False
        self.rehearsal_action.setEnabled(False)
        self._on_status_text(Severity.INFO, self.tr("Scoring the rehearsal %1… the scorecard opens when it is ready.")
                             .replace("%1", Path(path).name))
        self.rehearsal_job.start(show, path, tuple(show.markets), self.rehearsal_model)
        return True

    def _on_rehearsal_done(self, html: str, error: str) -> None:
        self.rehearsal_action.setEnabled(True)
        if error:
            self._on_status_text(Severity.ERROR, self.tr("The rehearsal could not be scored: %1").replace("%1", error))
            return
        self.last_scorecard = html
        self._on_status_text(Severity.INFO, self.tr("Scorecard saved to %1").replace("%1", html))
        QDesktopServices.openUrl(QUrl.fromLocalFile(html))
