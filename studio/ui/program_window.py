"""The clean program window: the composited program alone, borderless, on a chosen display,
for OBS's Window Capture or LIVE Studio's App/Window source.

GUI thread only. The picture comes from the session's program feed (studio.live.outputs:
`session.outputs.start_program_feed()`, its own mailbox, so the main preview keeps all of its
frames); this window only shows it, with the same PreviewWidget as the main preview (scaled on
its own thread). Whoever opens the window hands it the feed's mailbox, again after a source switch.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from studio.ui.preview import PreviewCard, PreviewWidget

WINDOW_TITLE = "Live Host Studio — Program"   # what OBS lists: keep it stable, untranslated
SCREEN_FILL = 0.9                              # windowed: this share of the display, canvas-shaped


def fitted_rect(screen_rect: QRect, aspect: tuple[int, int], fill: float = SCREEN_FILL) -> QRect:
    """The largest canvas-shaped rectangle within `fill` of the display, centred on it."""
    aw, ah = aspect
    scale = min(screen_rect.width() * fill / aw, screen_rect.height() * fill / ah)
    w, h = int(aw * scale), int(ah * scale)
    return QRect(screen_rect.x() + (screen_rect.width() - w) // 2,
                 screen_rect.y() + (screen_rect.height() - h) // 2, w, h)


class ProgramWindow(QWidget):
    """A frameless top-level window with nothing but the program. Esc closes it;
    F11 or a double-click switches between canvas-shaped and full screen."""

    closed = Signal()

    def __init__(self, aspect: str = "9:16") -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(WINDOW_TITLE)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = PreviewWidget(self)
        self.preview.set_aspect(aspect)
        self.preview.set_card(PreviewCard.NONE)
        self._aspect = tuple(int(v) for v in aspect.split(":"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, activated=self.toggle_full_screen)

    def show_feed(self, mailbox) -> None:
        """Show the frames of this mailbox (a session's program feed; None: nothing for now)."""
        self.preview.set_source(mailbox)

    def show_on(self, screen: QScreen | None) -> None:
        screen = screen or QGuiApplication.primaryScreen()
        self.setScreen(screen)
        self.setGeometry(fitted_rect(screen.availableGeometry(), self._aspect))
        self.show()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def mouseDoubleClickEvent(self, event) -> None:
        self.toggle_full_screen()

    def closeEvent(self, event) -> None:
        self.preview.stop()
        self.closed.emit()
        super().closeEvent(event)
