"""The pinned question: a viewer's question on the program as a card, so the audience sees what the
host is answering. Drawn with Qt's text shaping (studio.overlays.qt_paint): Thai, Arabic
(right to left), Vietnamese, Chinese and emoji render as written.

Upper part of the canvas, left, clear of the price card (lower left) and the caption bar
(bottom). Viewer text is drawn as plain glyphs: QTextLayout never reads markup.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np

from studio.core.filters import FilterContext
from studio.core.frames import VideoFrame
from studio.overlays.qt_paint import DEFAULT_FAMILIES, TextStyle, blend_rgba, card_rgba, is_rtl, over_rgba, render_text

MAX_CARD_CHARS = 200       # a long comment is cut: the card must stay a card
# Viewers write emoji: the OS's colour emoji font after the text fonts (Qt falls back per glyph).
CARD_FAMILIES = DEFAULT_FAMILIES + ("Noto Color Emoji", "Segoe UI Emoji", "Apple Color Emoji", "Noto Emoji")


@dataclass(frozen=True)
class QuestionCardStyle:
    width_frac: float = 0.6          # of the canvas width
    top_frac: float = 0.14           # below the platform's own top bar
    margin_frac: float = 0.035
    size_frac: float = 0.022         # text height as a fraction of the canvas height
    accent_rgb: tuple[int, int, int] = (94, 200, 229)


class QuestionCardOverlay:
    """A canvas overlay. show()/clear() from any thread (the inbox's); process() on the pipeline
    thread. Rendered once per change, blended per frame."""

    name = "question_card"

    def __init__(self, style: QuestionCardStyle | None = None) -> None:
        self.style = style or QuestionCardStyle()
        self.enabled = True
        self._lock = threading.Lock()
        self._card: tuple[str, str] | None = None
        # (key, patch) as one tuple: the pipeline thread replaces it in one assignment, so rect()
        # on another thread never pairs a new key with an old patch.
        self._rendered: tuple[tuple, np.ndarray] | None = None

    def show(self, text: str, header: str = "Q") -> None:
        text = " ".join(str(text).split())
        if len(text) > MAX_CARD_CHARS:
            text = text[: MAX_CARD_CHARS - 1] + "…"
        with self._lock:
            self._card = (text, header) if text else None

    def clear(self) -> None:
        with self._lock:
            self._card = None

    @property
    def text(self) -> str | None:
        with self._lock:
            return self._card[0] if self._card else None

    def rect(self, width: int, height: int) -> tuple[int, int, int, int] | None:
        """(x, y, w, h) the card takes on a canvas of this size, once rendered (tests, layout)."""
        rendered = self._rendered
        if rendered is None or rendered[0][2:] != (width, height):
            return None
        patch = rendered[1]
        return self._origin(width, height) + (patch.shape[1], patch.shape[0])

    def process(self, frame: VideoFrame, ctx: FilterContext) -> VideoFrame:
        with self._lock:
            card = self._card
        if card is None:
            return frame
        key = (*card, frame.width, frame.height)
        rendered = self._rendered
        if rendered is None or rendered[0] != key:
            rendered = self._rendered = (key, self._render(card[0], card[1], frame.width, frame.height))
        x, y = self._origin(frame.width, frame.height)
        blend_rgba(frame.image, rendered[1], x, y)
        return frame

    def _origin(self, width: int, height: int) -> tuple[int, int]:
        return int(width * self.style.margin_frac), int(height * self.style.top_frac)

    def _render(self, text: str, header: str, width: int, height: int) -> np.ndarray:
        s = self.style
        card_w = int(width * s.width_frac)
        unit = max(14, int(height * s.size_frac))
        pad = max(8, unit // 2)
        inner_w = card_w - 2 * pad
        align = "right" if is_rtl(text) else "left"
        head = render_text(header, TextStyle(size_px=int(unit * 0.8), bold=True, color_rgba=(*s.accent_rgb, 255)),
                           inner_w, "left")
        body = render_text(text, TextStyle(size_px=unit, bold=True, families=CARD_FAMILIES), inner_w, align)
        card_h = head.shape[0] + body.shape[0] + 2 * pad

        patch = card_rgba(card_w, card_h, pad, s.accent_rgb, fill_alpha=210, bar_width_px=max(4, pad // 2))
        over_rgba(patch, head, pad, pad)
        body_x = pad if align == "left" else max(pad, card_w - pad - body.shape[1])
        over_rgba(patch, body, body_x, pad + head.shape[0])
        return patch

    def close(self) -> None:
        self._rendered = None
