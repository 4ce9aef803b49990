"""The product card of the current segment: name, price, offer and its countdown."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from studio.core.filters import FilterContext
from studio.core.frames import VideoFrame
from studio.overlays.caption_bar import CAPTION_ROOM_FRAC
from studio.overlays.offer_words import offer_words
from studio.overlays.qt_paint import TextStyle, blend_rgba, card_rgba, over_rgba, render_text


@dataclass(frozen=True)
class PriceCardStyle:
    width_frac: float = 0.42        # of the canvas width (vertical canvas: ~450 px of 1080)
    margin_frac: float = 0.035
    bottom_frac: float = CAPTION_ROOM_FRAC   # card's bottom edge this far above the canvas bottom
    accent_rgb: tuple[int, int, int] = (255, 64, 96)


class PriceCardOverlay:
    """A canvas overlay. Called on the video-pipeline thread only.

    The card is rendered once per change of (product, offer, countdown second) and
    blended each frame, so it costs a blend, not a text layout, per frame.
    """

    name = "price_card"

    def __init__(self, style: PriceCardStyle | None = None) -> None:
        self.style = style or PriceCardStyle()
        self.enabled = True
        self._key: tuple | None = None
        self._patch: np.ndarray | None = None

    def process(self, frame: VideoFrame, ctx: FilterContext) -> VideoFrame:
        segment = ctx.segment
        product = ctx.show.product(segment.product_sku) if (ctx.show and segment) else None
        if product is None:
            return frame
        countdown = _countdown_text(ctx.offer_ends_ns, ctx.now_ns, ctx.show.language)
        key = (product.sku, product.name, str(product.price), segment.offer, countdown, frame.width)
        if key != self._key:
            self._patch = self._render(product.name, str(product.price) if product.price else "",
                                       segment.offer, countdown, frame.width)
            self._key = key
        s = self.style
        x = int(frame.width * s.margin_frac)
        y = int(frame.height * (1 - s.bottom_frac)) - self._patch.shape[0]
        blend_rgba(frame.image, self._patch, x, y)
        return frame

    def _render(self, name: str, price: str, offer: str, countdown: str | None, canvas_w: int) -> np.ndarray:
        s = self.style
        card_w = int(canvas_w * s.width_frac)
        pad = max(10, card_w // 20)
        inner_w = card_w - 2 * pad
        unit = max(14, canvas_w // 36)
        parts = [render_text(name, TextStyle(size_px=unit, bold=True), inner_w, "left")]
        if price:
            parts.append(render_text(price, TextStyle(size_px=int(unit * 1.5), bold=True,
                                                      color_rgba=(255, 220, 90, 255)), inner_w, "left"))
        if offer:
            parts.append(render_text(offer, TextStyle(size_px=int(unit * 0.8),
                                                      color_rgba=(255, 255, 255, 255)), inner_w, "left"))
        if countdown:
            parts.append(render_text(countdown, TextStyle(size_px=int(unit * 0.8), bold=True,
                                                          color_rgba=(*s.accent_rgb, 255)), inner_w, "left"))
        card_h = sum(p.shape[0] for p in parts) + 2 * pad

        patch = card_rgba(card_w, card_h, pad, s.accent_rgb, fill_alpha=200, bar_width_px=max(4, pad // 3))
        y = pad
        for part in parts:
            over_rgba(patch, part, pad, y)
            y += part.shape[0]
        return patch


def _countdown_text(ends_ns: int | None, now_ns: int, language: str | None = "en") -> str | None:
    """The offer's own end (studio.show.offer_clock), never a visit of its segment: the countdown
    only goes down, and an offer without an end shows none. In the show's language: viewers read it."""
    if ends_ns is None:
        return None
    ends_in, ended = offer_words(language)
    left_s = max(0.0, (ends_ns - now_ns) / 1e9)
    if left_s <= 0:
        return ended
    m, s = divmod(int(left_s + 0.999), 60)
    return f"{ends_in} {m:02d}:{s:02d}"
