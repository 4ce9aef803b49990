"""The teleprompter's second surface: the same text as its own window, full screen on a chosen
display (a monitor under the camera, or behind beam-splitter glass with mirror mode)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from studio.ui.panels.prompter_view import PrompterView

if TYPE_CHECKING:
    from studio.ui.panels.prompter_panel import PrompterPanel


class PrompterFullScreen(QWidget):
    """A second PrompterView as its own window, full screen on a chosen display. GUI thread."""

    closed = Signal()

    def __init__(self, panel: "PrompterPanel") -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Teleprompter"))
        self.view = PrompterView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        panel.install_hotkeys(self)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.closed.emit()
        super().closeEvent(event)
