"""Drawing text and shapes for video through Qt's text engine (QPainter on QImage).

Why Qt here and not cv2.putText: putText has no shaping, no fallback fonts and no
right-to-left; Chinese, Arabic, Thai and Vietnamese must render right. This module
is the one place outside studio.ui that imports Qt, and it uses QtGui only (no
widgets): QPainter on a QImage is allowed on any thread once a QGuiApplication
exists, which `ensure_gui_application()` guarantees (offscreen when there is no
display, as in the CLI or CI).

Overlays render an RGBA patch once (when their text changes) and blend it per
frame with `blend_rgba`, which is plain numpy.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from typing import Callable

import numpy as np

# Preferred families first; Qt falls back per glyph through these for scripts the
# first one lacks (Noto covers CJK, Arabic, Thai, Vietnamese on every OS we ship).
DEFAULT_FAMILIES = ("Noto Sans", "Noto Sans CJK SC", "Noto Sans Arabic", "Noto Sans Thai",
                    "Microsoft YaHei", "PingFang SC", "Segoe UI", "Helvetica Neue", "Arial")

_app_lock = threading.Lock()


def ensure_gui_application() -> None:
    """Create a QGuiApplication if the process has none (must first run on the main thread)."""
    from PySide6.QtGui import QGuiApplication

    with _app_lock:
        if QGuiApplication.instance() is not None:
            return
        if (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
                and not os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError("Qt text rendering was first used off the main thread; "
                               "call ensure_gui_application() at start-up")
        ensure_gui_application.app = QGuiApplication(sys.argv[:1])  # keep a reference


@dataclass(frozen=True)
class TextStyle:
    size_px: int = 36
    color_rgba: tuple[int, int, int, int] = (255, 255, 255, 255)
    bold: bool = False
    families: tuple[str, ...] = DEFAULT_FAMILIES
    outline_px: float = 0.0                       # dark outline for text straight on video
    outline_rgba: tuple[int, int, int, int] = (0, 0, 0, 200)


def make_font(style: TextStyle):
    from PySide6.QtGui import QFont

    font = QFont()
    font.setFamilies(list(style.families))
    font.setPixelSize(style.size_px)
    font.setBold(style.bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def paint_rgba(width_px: int, height_px: int, paint: Callable[[object], None]) -> np.ndarray:
    """Run paint(painter) on a transparent width×height image; returns premultiplied RGBA uint8."""
    from PySide6.QtGui import QImage, QPainter

    ensure_gui_application()
    image = QImage(max(1, width_px), max(1, height_px), QImage.Format.Format_RGBA8888_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        paint(painter)
    finally:
        painter.end()
    return qimage_to_array(image)


def card_rgba(width_px: int, height_px: int, radius_px: int, accent_rgb: tuple[int, int, int],
              fill_alpha: int, bar_width_px: int) -> np.ndarray:
    """The on-video cards' background: a dark rounded panel with an accent bar down its left edge."""

    def paint(p) -> None:
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QColor

        p.setPen(QColor(0, 0, 0, 0))
        p.setBrush(QColor(15, 15, 20, fill_alpha))
        p.drawRoundedRect(QRectF(0, 0, width_px, height_px), radius_px, radius_px)
        p.setBrush(QColor(*accent_rgb, 255))
        p.drawRoundedRect(QRectF(0, 0, bar_width_px, height_px), 2, 2)

    return paint_rgba(width_px, height_px, paint)


def qimage_to_array(image) -> np.ndarray:
    """A copy of a 4-byte-per-pixel QImage as an H×W×4 array (row padding removed)."""
    h, w = image.height(), image.width()
    buf = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    return buf.reshape(h, image.bytesPerLine())[:, : w * 4].reshape(h, w, 4).copy()


def is_rtl(text: str) -> bool:
    """True when the first strongly directional character is Arabic or Hebrew."""
    import unicodedata

    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        if bidi in ("R", "AL"):
            return True
        if bidi == "L":
            return False
    return False


def layout_text(text: str, font, width_px: float, align: str):
    """A QTextLayout of the text wrapped at width_px; returns (layout, height)."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QTextLayout, QTextOption

    flags = {"center": Qt.AlignmentFlag.AlignHCenter, "left": Qt.AlignmentFlag.AlignLeft,
             "right": Qt.AlignmentFlag.AlignRight}[align]
    option = QTextOption(flags)
    # Word boundaries first; anywhere for scripts without spaces (Chinese, Japanese, Thai).
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    if is_rtl(text):
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    # QTextLayout breaks lines only at U+2028, not at "\n".
    layout = QTextLayout(text.replace("\r\n", "\n").replace("\n", "\u2028"), font)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width_px)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout, y


def text_size_px(text: str, style: TextStyle, max_width_px: int | None = None) -> tuple[int, int]:
    """Width and height the shaped text takes (fallback fonts included), wrapped at max_width_px."""
    ensure_gui_application()
    layout, height = layout_text(text, make_font(style), max_width_px or 1_000_000, "left")
    width = max((layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount())), default=0.0)
    return int(np.ceil(width)), int(np.ceil(height))


def render_text(text: str, style: TextStyle, max_width_px: int | None = None,
                align: str = "center") -> np.ndarray:
    """The text shaped, wrapped and drawn on a transparent patch (premultiplied RGBA)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QPen

    pad = int(np.ceil(style.outline_px)) + 2
    w, h = text_size_px(text, style, max_width_px)

    def paint(p) -> None:
        layout, _ = layout_text(text, make_font(style), max(w, 1), align)
        if style.outline_px > 0:
            # A ring of offset copies in the outline colour: cheap, and shaping stays Qt's.
            p.setPen(QPen(QColor(*style.outline_rgba)))
            r = style.outline_px
            for angle in np.linspace(0, 2 * np.pi, 12, endpoint=False):
                layout.draw(p, QPointF(pad + r * np.cos(angle), pad + r * np.sin(angle)))
        p.setPen(QPen(QColor(*style.color_rgba)))
        layout.draw(p, QPointF(pad, pad))

    return paint_rgba(w + 2 * pad, h + 2 * pad, paint)


def blend_rgba(frame_bgr: np.ndarray, patch_rgba: np.ndarray, x: int, y: int) -> None:
    """Alpha-blend a premultiplied RGBA patch onto a BGR frame in place at (x, y), clipped."""
    fh, fw = frame_bgr.shape[:2]
    ph, pw = patch_rgba.shape[:2]
    x0, y0 = max(x, 0), max(y, 0)
    x1, y1 = min(x + pw, fw), min(y + ph, fh)
    if x0 >= x1 or y0 >= y1:
        return
    patch = patch_rgba[y0 - y: y1 - y, x0 - x: x1 - x]
    region = frame_bgr[y0:y1, x0:x1]
    alpha = patch[..., 3:4].astype(np.uint16)
    src_bgr = patch[..., 2::-1].astype(np.uint16)  # RGBA -> BGR
    # premultiplied "over": out = src + dst * (1 - a)
    region[:] = (src_bgr + (region.astype(np.uint16) * (255 - alpha) + 127) // 255).clip(0, 255).astype(np.uint8)


def over_rgba(dst_rgba: np.ndarray, src_rgba: np.ndarray, x: int, y: int) -> None:
    """Premultiplied src over dst, both RGBA, in place (clipped)."""
    h = min(src_rgba.shape[0], dst_rgba.shape[0] - y)
    w = min(src_rgba.shape[1], dst_rgba.shape[1] - x)
    if h <= 0 or w <= 0:
        return
    src = src_rgba[:h, :w].astype(np.uint16)
    dst = dst_rgba[y: y + h, x: x + w]
    inv = 255 - src[..., 3:4]
    dst[:] = (src + (dst.astype(np.uint16) * inv + 127) // 255).clip(0, 255).astype(np.uint8)
