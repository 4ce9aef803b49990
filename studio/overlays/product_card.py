"""The flat product card: what the try-on shows when it cannot keep its frame budget.

A rounded card with the product's swatch (shade) or item picture, its name and
price, drawn once through Qt's text engine (studio.overlays.qt_paint) and blended
per frame. Video-pipeline thread only (after ensure_gui_application()).
"""

from __future__ import annotations

import numpy as np

from studio.ar.looks import Look
from studio.overlays.caption_bar import CAPTION_ROOM_FRAC
# RGBA-over-RGBA lives in the price card; it belongs in qt_paint (asked of its owner).
from studio.overlays.qt_paint import TextStyle, blend_rgba, over_rgba, paint_rgba, render_text

CARD_WIDTH_FRACTION = 0.34     # of the frame width
CARD_MARGIN_FRACTION = 0.03


def render_card(look: Look, product_name: str | None, price_text: str | None, width_px: int,
                picture_rgba: np.ndarray | None = None) -> np.ndarray:
    """The card as a premultiplied RGBA patch, width_px wide."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage

    pad = max(8, width_px // 20)
    swatch = max(24, width_px // 4)
    text_w = width_px - swatch - 3 * pad
    title_text = product_name or look.name
    title = render_text(title_text, TextStyle(size_px=max(12, width_px // 14), bold=True,
                                              color_rgba=(30, 30, 30, 255)), text_w, "left")
    # the detail line: the price, else the shade's name under a product's name; never the title again
    detail = price_text or (look.name if look.name != title_text else None)
    lines = [title]
    if detail:
        lines.append(render_text(detail, TextStyle(size_px=max(10, width_px // 18),
                                                   color_rgba=(90, 60, 60, 255)), text_w, "left"))
    height = max(swatch, sum(line.shape[0] for line in lines)) + 2 * pad

    def paint(p) -> None:
        p.setPen(QColor(0, 0, 0, 0))
        p.setBrush(QColor(255, 255, 255, 235))
        p.drawRoundedRect(QRectF(0, 0, width_px, height), pad, pad)
        if look.makeup is not None:
            p.setBrush(QColor(*look.makeup.color_rgb))
            p.drawEllipse(QRectF(pad, (height - swatch) / 2, swatch, swatch))
        elif picture_rgba is not None:
            h, w = picture_rgba.shape[:2]
            k = swatch / max(h, w)
            data = np.ascontiguousarray(picture_rgba)
            image = QImage(data.data, w, h, 4 * w, QImage.Format.Format_RGBA8888_Premultiplied)
            p.drawImage(QRectF(pad + (swatch - w * k) / 2, (height - h * k) / 2, w * k, h * k), image)

    card = paint_rgba(width_px, height, paint)
    x = swatch + 2 * pad
    y = (height - sum(line.shape[0] for line in lines)) // 2
    for patch in lines:
        over_rgba(card, patch, x, y)
        y += patch.shape[0]
    return card


def draw_card(frame_bgr: np.ndarray, card_rgba: np.ndarray,
              area: tuple[int, int, int, int] | None = None) -> tuple[int, int]:
    """Blend the card at the right of `area` (x, y, w, h: the part of the camera picture the canvas shows;
    the whole frame by default), in place; returns its top-left corner. The card is drawn on the camera picture,
    before the canvas crops it: at the frame's own corner a 9:16 crop of a 16:9 camera kept a white sliver.
    Its lower edge stays above the captions' room and it sits right, across from the price card (left): at
    the lower left the caption bar covered the product's name."""
    h, w = frame_bgr.shape[:2]
    ax, ay, aw, ah = area or (0, 0, w, h)
    margin = int(CARD_MARGIN_FRACTION * aw)
    x = ax + aw - card_rgba.shape[1] - margin
    y = ay + int(ah * (1 - CAPTION_ROOM_FRAC)) - card_rgba.shape[0]
    blend_rgba(frame_bgr, card_rgba, max(0, x), max(0, y))
    return max(0, x), max(0, y)


def card_width_px(frame_width_px: int) -> int:
    return max(160, int(CARD_WIDTH_FRACTION * frame_width_px))
