"""The viewer-drop alert's action in the window's status bar: "Switch to B".

The alert's sentence itself is a warning StatusMessage (the status line shows it, translated);
this button appears beside it when the segment on air has a B talk-track the prompter is not
reading, and sends session.prompter.use_talk_track(segment, "B") — the same command the producer
console uses. It hides itself after ALERT_VISIBLE_MS, when pressed, or when the session changes.
GUI thread only.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton, QWidget

from studio.live.signals import ViewerDropAlert

ALERT_VISIBLE_MS = 60_000


class DropAlertButton(QPushButton):
    def __init__(self, parent: QWidget, bridge, session: Callable[[], object]) -> None:
        super().__init__(parent)
        self._session = session
        self._segment: int | None = None
        self.setText(self.tr("Switch to B"))
        self.setToolTip(self.tr("Viewers are leaving: read this segment's B talk-track on the prompter"))
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.clicked.connect(self._switch)
        bridge.event.connect(self._on_event)
        bridge.session_stopped.connect(self.dismiss)

    def _on_event(self, event) -> None:
        if not isinstance(event, ViewerDropAlert) or not event.offer_b or event.segment_index is None:
            return
        self._segment = event.segment_index
        self.setText(self.tr("Switch “%1” to B").replace("%1", event.segment_title or str(event.segment_index + 1)))
        self.show()
        self._timer.start(ALERT_VISIBLE_MS)

    def _switch(self) -> None:
        session = self._session()
        prompter = getattr(session, "prompter", None)
        if prompter is not None and self._segment is not None:
            prompter.use_talk_track(self._segment, "B")
        self.dismiss()

    def dismiss(self) -> None:
        self._segment = None
        self._timer.stop()
        self.hide()
