"""The live picture: polls the session's preview mailbox on a timer and paints it scaled.

Painting is the only work done on the GUI thread (the real-time rule): the
composited canvas arrives from the video-pipeline thread, a "preview-scaler"
thread shrinks it to the widget's size in device pixels (cv2), and
the widget wraps that buffer in a QImage without copying and blits it 1:1.
Measured figures are in benchmarks/bench_ui_preview.py (QPainter's smooth
scaling of the full canvas on the GUI thread vs this 1:1 blit).
"""

from __future__ import annotations

import enum
import threading
from dataclasses import dataclass

import cv2
import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from studio.core.mailbox import LatestMailbox
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


@dataclass
class ScaledFrame:
    frame: object            # the composited VideoFrame it came from (index, timestamps)
    image: np.ndarray        # BGRA, already at the size it is drawn (device pixels)


class PreviewScaler(threading.Thread):
    """The "preview-scaler" thread: takes each new canvas frame from the session's
    preview mailbox and resizes it to fit `target_px`, into its own mailbox.

    `set_source` and `set_target` are called on the GUI thread (attribute swaps).
    """

    def __init__(self) -> None:
        super().__init__(name="preview-scaler", daemon=True)
        self.output: LatestMailbox[ScaledFrame] = LatestMailbox()
        self._source: LatestMailbox | None = None
        self._target_px = (0, 0)
        self.paused = False            # the preview is hidden (window minimized): no resizing
        self._wake = threading.Event()
        self._halt = threading.Event()

    def set_source(self, mailbox: LatestMailbox | None) -> None:
        self._source = mailbox
        self._wake.set()

    def set_target(self, width_px: int, height_px: int) -> None:
        self._target_px = (max(1, width_px), max(1, height_px))

    def stop(self) -> None:
        self._halt.set()
        self._wake.set()

    def run(self) -> None:
        while not self._halt.is_set():
            source = self._source
            if source is None:
                self._wake.wait(0.2)
                self._wake.clear()
                continue
            frame = source.get(timeout_s=0.1)
            if frame is None or self.paused:
                continue
            scaled = ScaledFrame(frame, fit_image(frame.image, self._target_px))
            if source is self._source:
                self.output.put(scaled)


def fit_image(image: np.ndarray, target_px: tuple[int, int]) -> np.ndarray:
    """The BGR image scaled to fit inside target_px (aspect kept), as BGRA ready to blit.

    Halvings with INTER_AREA (cv2's fast integer path, no aliasing), then one
    INTER_LINEAR step: 1080×1920 → 450×800 in ~0.9 ms, where a direct
    INTER_AREA takes ~4 ms (non-integer ratio; load average 2.3 on this 2-core
    machine, 3× that when loaded). BGRA because Qt blits
    Format_RGB32 as a plain copy but converts BGR888 pixel by pixel.
    """
    h, w = image.shape[:2]
    scale = min(target_px[0] / w, target_px[1] / h)
    size = (max(1, int(round(w * scale))), max(1, int(round(h * scale))))
    while image.shape[1] >= 2 * size[0] and image.shape[0] >= 2 * size[1]:
        image = cv2.resize(image, (image.shape[1] // 2, image.shape[0] // 2), interpolation=cv2.INTER_AREA)
    if (image.shape[1], image.shape[0]) != size:
        image = cv2.resize(image, size, interpolation=cv2.INTER_LINEAR)
    return cv2.cvtColor(image, cv2.COLOR_BGR2BGRA)


def bgra_to_qimage(image: np.ndarray) -> QImage:
    """Wrap a BGRA uint8 H×W×4 array as a QImage sharing its memory (Format_RGB32 is B,G,R,X in memory
    on little-endian machines, which is every machine we ship to)."""
    height, width = image.shape[:2]
    return QImage(image.data, width, height, int(image.strides[0]), QImage.Format.Format_RGB32)


class PreviewWidget(QWidget):
    """Called on the GUI thread only.

    `set_source(mailbox)` gives it the session's preview LatestMailbox (or None);
    its PreviewScaler takes the frames from there. The widget keeps the last
    frame so it can repaint on resize and a lost camera's last picture stays,
    dimmed, under the card. Call `stop()` when the window closes.
    """

    pan_dragged = Signal(float, float)   # drag distance as a fraction of the preview's size
    zoom_stepped = Signal(int)           # mouse wheel notches, + zooms in

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._scaler = PreviewScaler()
        self._scaler.start()
        self._frame = None                 # the composited VideoFrame on screen
        self._scaled: ScaledFrame | None = None
        self._qimage: QImage | None = None
        self._card = PreviewCard.STOPPED
        self._card_detail = ""
        self._aspect = (9, 16)
        self._drag_from: QPointF | None = None
        self._wheel_eighths = 0
        self.frames_painted = 0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._poll)
        self._timer.start(PREVIEW_REFRESH_MS)

    # -- inputs -----------------------------------------------------------
    def set_source(self, mailbox) -> None:
        self._scaler.set_source(mailbox)
        self._scaler.output.get(timeout_s=0)   # no stale frame from the previous session

    def stop(self) -> None:
        self._timer.stop()
        self._scaler.stop()

    def showEvent(self, event) -> None:
        self._scaler.paused = False
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self._scaler.paused = True
        super().hideEvent(event)

    def resizeEvent(self, event) -> None:
        ratio = self.devicePixelRatioF()
        self._scaler.set_target(int(self.width() * ratio), int(self.height() * ratio))
        super().resizeEvent(event)

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
    def current_frame(self):
        """The composited VideoFrame on screen (None before the first)."""
        return self._frame

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
        self._scaled = None
        self._qimage = None
        self.update()

    def _poll(self) -> None:
        scaled = self._scaler.output.peek()
        if scaled is None or scaled is self._scaled:
            return
        frame = scaled.frame
        self._scaled, self._frame = scaled, frame
        self._qimage = bgra_to_qimage(scaled.image)   # shares scaled.image, kept alive by self._scaled
        self._qimage.setDevicePixelRatio(self.devicePixelRatioF())
        if self._card is PreviewCard.STARTING and frame.index >= 0:
            # Pictures are flowing. LOST ends only with the source's LIVE event: the last
            # frames from before the loss may still arrive after it.
            self._card = PreviewCard.NONE
        self.update()

    # -- painting -----------------------------------------------------------
    def _canvas_rect(self) -> QRectF:
        if self._frame is not None:
            iw, ih = self._frame.width, self._frame.height
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
            # Drawn at its own size when it fits (the usual case: a 1:1 blit); scaled only
            # for the moment between a resize and the scaler's next frame.
            ratio = self._qimage.devicePixelRatio()
            w, h = self._qimage.width() / ratio, self._qimage.height() / ratio
            if abs(w - rect.width()) <= 2 and abs(h - rect.height()) <= 2:
                painter.drawImage(QPointF((self.width() - w) / 2, (self.height() - h) / 2), self._qimage)
            else:
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
        # Trackpads send many small deltas; a mouse sends 120 per notch (Qt's unit). Add them up.
        self._wheel_eighths += event.angleDelta().y()
        notches = int(self._wheel_eighths / 120)
        if notches:
            self._wheel_eighths -= notches * 120
            self.zoom_stepped.emit(notches)

