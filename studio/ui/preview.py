"""The live picture: polls the session's preview mailbox on a timer and paints it scaled.

Painting is the only work done here (the real-time rule): the composited canvas
arrives ready from the video-pipeline thread; this widget wraps the BGR numpy
buffer in a QImage without copying and lets QPainter scale it into the widget.
"""

from __future__ import annotations

import enum

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from studio.ui import theme

PREVIEW_REFRESH_MS = 16   # ~60 Hz poll; a repaint happens only when a new frame arrived


class PreviewCard(enum.Enum):
    """What the preview says over (or instead of) the picture."""

    NONE = "none"
    STARTING = "starting"
    LOST = "lost"          # camera lost — reconnecting
    FAILED = "failed"      # cannot open the source at all
    ENDED = "ended"        # a file reached its end (no loop)
    STOPPED = "stopped"    # no session


def bgr_to_qimage(image: np.ndarray) -> QImage:
    """Wrap a BGR uint8 H×W×3 array as a QImage sharing its memory (no copy).

    The caller keeps `image` alive while the QImage is in use.
    """
    if not image.flags["C_CONTIGUOUS"]:
        image = np.ascontiguousarray(image)
    height, width = image.shape[:2]
    return QImage(image.data, width, height, int(image.strides[0]), QImage.Format.Format_BGR888)


class PreviewWidget(QWidget):
    """Called on the GUI thread only.

    `set_source(mailbox)` gives it the session's preview LatestMailbox (or None).
    It peeks (never takes) so it can repaint the same frame on resize, and it
    remembers the last frame so a lost camera shows its last picture, dimmed,
    under the card.
    """

    pan_dragged = Signal(float, float)   # drag distance as a fraction of the preview's size
    zoom_stepped = Signal(int)           # mouse wheel notches, + zooms in

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._mailbox = None
        self._frame = None                 # the VideoFrame on screen
        self._qimage: QImage | None = None
        self._card = PreviewCard.STOPPED
        self._card_detail = ""
        self._aspect = (9, 16)
        self._drag_from: QPointF | None = None
        self.frames_painted = 0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._poll)
        self._timer.start(PREVIEW_REFRESH_MS)

    # -- inputs -----------------------------------------------------------
    def set_source(self, mailbox) -> None:
        self._mailbox = mailbox

    def set_aspect(self, aspect: str) -> None:
        """The canvas shape to draw before the first frame ('9:16' or '16:9')."""
        w, h = (int(v) for v in aspect.split(":"))
        self._aspect = (w, h)
        self.update()

    def set_card(self, card: PreviewCard, detail: str = "") -> None:
        if (card, detail) != (self._card, self._card_detail):
            self._card, self._card_detail = card, detail
            self.update()

    @property
    def card(self) -> PreviewCard:
        return self._card

    @property
    def showing_core_card(self) -> bool:
        """The pipeline paints its own bilingual card into the canvas (index -1) while the
        camera is lost; then this widget draws no second card over it."""
        return self._frame is not None and self._frame.index < 0

    def card_text(self) -> tuple[str, str]:
        """(headline, detail) of the card on screen; ('', '') when none."""
        return self._card_texts().get(self._card, ("", ""))

    def clear(self) -> None:
        self._frame = None
        self._qimage = None
        self.update()

    def _poll(self) -> None:
        if self._mailbox is None:
            return
        frame = self._mailbox.peek()
        if frame is None or frame is self._frame:
            return
        self._frame = frame
        self._qimage = bgr_to_qimage(frame.image)
        if self._card is PreviewCard.STARTING and frame.index >= 0:
            # Pictures are flowing. LOST ends only with the source's LIVE event: the last
            # frames from before the loss may still arrive after it.
            self._card = PreviewCard.NONE
        self.update()

    # -- painting -----------------------------------------------------------
    def _canvas_rect(self) -> QRectF:
        if self._qimage is not None:
            iw, ih = self._qimage.width(), self._qimage.height()
        else:
            iw, ih = self._aspect
        scale = min(self.width() / iw, self.height() / ih)
        w, h = iw * scale, ih * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#0d0e11"))
        rect = self._canvas_rect()
        if self._qimage is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(rect, self._qimage)
            self.frames_painted += 1
        else:
            painter.fillRect(rect, QColor(theme.SURFACE))
        if self._card is not PreviewCard.NONE and not self.showing_core_card:
            self._paint_card(painter, rect)
        painter.end()

    def _card_texts(self) -> dict[PreviewCard, tuple[str, str]]:
        return {
            PreviewCard.STARTING: (self.tr("Starting…"), self._card_detail),
            PreviewCard.LOST: (self.tr("Camera lost — reconnecting"),
                               self._card_detail or self.tr("Check the cable; the picture comes back by itself.")),
            PreviewCard.FAILED: (self.tr("No picture"), self._card_detail),
            PreviewCard.ENDED: (self.tr("The video file ended"), self._card_detail),
            PreviewCard.STOPPED: (self.tr("No source running"),
                                  self._card_detail or self.tr("Pick a source on the left.")),
        }

    def _paint_card(self, painter: QPainter, canvas: QRectF) -> None:
        headline, detail = self.card_text()
        if self._qimage is not None:
            painter.fillRect(canvas, QColor(0, 0, 0, 150))   # dim the last picture under the card
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card_w = min(canvas.width() - 24, 420.0)
        head_font = QFont(self.font())
        head_font.setPointSizeF(self.font().pointSizeF() * 1.5)
        head_font.setBold(True)
        body_font = QFont(self.font())
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        painter.setFont(head_font)
        head_rect = painter.boundingRect(QRectF(0, 0, card_w - 32, 1000), flags, headline)
        painter.setFont(body_font)
        body_rect = painter.boundingRect(QRectF(0, 0, card_w - 32, 1000), flags, detail) if detail else QRectF()
        card_h = 28 + head_rect.height() + (10 + body_rect.height() if detail else 0) + 28
        card = QRectF(canvas.center().x() - card_w / 2, canvas.center().y() - card_h / 2, card_w, card_h)
        path = QPainterPath()
        path.addRoundedRect(card, 12, 12)
        accent = {PreviewCard.LOST: theme.WARNING_AMBER, PreviewCard.FAILED: theme.RECORD_RED}.get(
            self._card, theme.BORDER)
        painter.fillPath(path, QColor(23, 24, 28, 235))
        painter.setPen(QPen(QColor(accent), 2))
        painter.drawPath(path)
        painter.setPen(QColor(accent if self._card in (PreviewCard.LOST, PreviewCard.FAILED) else theme.TEXT))
        painter.setFont(head_font)
        y = card.top() + 28
        painter.drawText(QRectF(card.left() + 16, y, card_w - 32, head_rect.height()), flags, headline)
        if detail:
            painter.setPen(QColor(theme.TEXT_DIM))
            painter.setFont(body_font)
            y += head_rect.height() + 10
            painter.drawText(QRectF(card.left() + 16, y, card_w - 32, body_rect.height()), flags, detail)

    # -- pan by dragging, zoom by wheel -----------------------------------
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.position()

    def mouseMoveEvent(self, event) -> None:
        if self._drag_from is None:
            return
        delta = event.position() - self._drag_from
        self._drag_from = event.position()
        rect = self._canvas_rect()
        if rect.width() > 0 and rect.height() > 0:
            self.pan_dragged.emit(delta.x() / rect.width(), delta.y() / rect.height())

    def mouseReleaseEvent(self, event) -> None:
        self._drag_from = None

    def wheelEvent(self, event) -> None:
        notches = event.angleDelta().y() // 120
        if notches:
            self.zoom_stepped.emit(int(notches))

