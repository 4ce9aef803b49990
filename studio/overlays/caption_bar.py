"""The caption bar: live captions drawn on the canvas, the spoken language and the caption
languages the host chose, one row each (as many as chosen: viewers of a cross-border live read
several).

`max_lines` lines (two by default) per language while the captions' room at the bottom of the canvas
holds them all; with more languages than that, each gets its share and at least one line. Live captions keep the newest words, so when the text is longer than the bar,
the start is dropped at a line break Qt chose (word boundaries, or between characters for
Chinese, Japanese and Thai, which have no spaces).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np

from studio.core.events import CaptionEvent
from studio.core.filters import FilterContext
from studio.core.frames import VideoFrame
from studio.overlays.qt_paint import (TextStyle, blend_rgba, ensure_gui_application, make_font, over_rgba, paint_rgba,
                                      render_text, text_size_px)


# The bottom part of the canvas the bar may take (spoken line and translations, above the platform's
# buttons): the price card and the try-on's product card keep their lower edge above it.
CAPTION_ROOM_FRAC = 0.24


@dataclass(frozen=True)
class CaptionBarStyle:
    size_frac: float = 0.028            # text height as a fraction of the canvas height (54 px at 1920)
    position: str = "bottom"            # "bottom" | "top" | "middle"
    margin_frac: float = 0.06           # bar distance from the canvas edge (room for platform buttons)
    width_frac: float = 0.9
    background_rgba: tuple[int, int, int, int] = (0, 0, 0, 150)
    text_rgba: tuple[int, int, int, int] = (255, 255, 255, 255)
    translation_rgba: tuple[int, int, int, int] = (255, 222, 120, 255)
    max_lines: int = 2
    show_spoken: bool = True
    translations: tuple[str, ...] = ()  # caption languages shown under the spoken line, in this order
    hold_s: float = 4.0                 # how long the last caption stays after speech stops


def tail_lines(text: str, style: TextStyle, width_px: int, max_lines: int) -> str:
    """The end of text that fits in max_lines lines of width_px (Qt's line breaking)."""
    from PySide6.QtGui import QTextLayout, QTextOption

    if not text or max_lines <= 0:
        return ""
    ensure_gui_application()
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout = QTextLayout(text, make_font(style))
    layout.setTextOption(option)
    layout.beginLayout()
    starts = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width_px)
        starts.append(line.textStart())
    layout.endLayout()
    if len(starts) <= max_lines:
        return text
    return text[starts[-max_lines]:].strip()


def _join(a: str, b: str) -> str:
    if not a or not b:
        return a or b
    from studio.captions.text import is_spaceless

    return a + b if is_spaceless(a[-1:] + b[:1]) else f"{a} {b}"


class CaptionBarOverlay:
    """A canvas overlay. `process` runs on the video-pipeline thread; `update` is called from the
    captions thread (or any other) and only swaps the text under a lock. The bar is rendered
    again only when its text or the canvas size changes, and blended every frame."""

    name = "caption_bar"

    def __init__(self, style: CaptionBarStyle | None = None) -> None:
        self.style = style or CaptionBarStyle()
        self.enabled = True
        self._lock = threading.Lock()
        self._final = ("", {})          # last final: text, translations
        self._partial = ("", {})        # current partial (cleared by the final)
        self._version = 0
        self._shown_version = -1
        self._last_update_ns: int | None = None
        self._finished = False
        self._key: tuple | None = None
        self._patch: np.ndarray | None = None

    def set_style(self, style: CaptionBarStyle) -> None:
        with self._lock:
            self.style = style
            self._version += 1

    def update(self, event: CaptionEvent) -> None:
        """Show a caption event (partial or final). Safe from any thread."""
        with self._lock:
            if event.kind == "final":
                if event.text:
                    self._final = (event.text, dict(event.translations))
                self._partial = ("", {})
                self._finished = True
            else:
                self._partial = (event.text, dict(event.translations))
                self._finished = False
            self._version += 1

    def clear(self) -> None:
        with self._lock:
            self._final = ("", {})
            self._partial = ("", {})
            self._version += 1

    def process(self, frame: VideoFrame, ctx: FilterContext) -> VideoFrame:
        with self._lock:
            style, version, finished = self.style, self._version, self._finished
            final, partial = self._final, self._partial
        if version != self._shown_version:
            self._shown_version = version
            self._last_update_ns = ctx.now_ns
        if self._last_update_ns is None:
            return frame
        if finished and ctx.now_ns - self._last_update_ns > style.hold_s * 1e9:
            return frame
        spoken = _join(final[0], partial[0]) if partial[0] else final[0]
        translated = []
        for lang in style.translations:
            text = final[1].get(lang, "")
            if partial[1].get(lang):
                text = _join(text, partial[1][lang])
            translated.append(text)
        key = (spoken, tuple(translated), frame.width, frame.height, style)
        if key != self._key:
            self._key = key
            self._patch = self._render(spoken, translated, frame.width, frame.height, style)
        if self._patch is None:
            return frame
        x = (frame.width - self._patch.shape[1]) // 2
        margin = int(frame.height * style.margin_frac)
        if style.position == "top":
            y = margin
        elif style.position == "middle":
            y = (frame.height - self._patch.shape[0]) // 2
        else:
            y = frame.height - margin - self._patch.shape[0]
        blend_rgba(frame.image, self._patch, x, y)
        return frame

    def _render(self, spoken: str, translated: list[str], width: int, height: int,
                style: CaptionBarStyle) -> np.ndarray | None:
        rows: list[tuple[str, TextStyle]] = []
        size_px = max(14, int(height * style.size_frac))
        bar_w = int(width * style.width_frac)
        pad = max(6, size_px // 3)
        inner_w = bar_w - 2 * pad
        text_style = TextStyle(size_px=size_px, color_rgba=style.text_rgba, bold=True)
        tr_style = TextStyle(size_px=size_px, color_rgba=style.translation_rgba, bold=True)
        rows_in = [(spoken if style.show_spoken else "", text_style)] + [(t, tr_style) for t in translated]
        shown = [(t, s) for t, s in rows_in if t]
        if not shown:
            return None
        # Each language gets max_lines when the captions' room holds them all (a Spanish viewer read only
        # "noche." when the spoken line and one translation shared two lines), else its share, at least one.
        line_px = text_size_px("Ag", text_style, inner_w)[1]
        room_lines = int((height * (CAPTION_ROOM_FRAC - style.margin_frac) - 2 * pad) // max(1, line_px))
        per_language = max(1, min(style.max_lines, max(style.max_lines, room_lines) // len(shown)))
        for text, s in shown:
            rows.append((tail_lines(text, s, inner_w, per_language), s))
        patches = [render_text(text, s, inner_w, "center") for text, s in rows if text]
        if not patches:
            return None
        bar_h = sum(p.shape[0] for p in patches) + 2 * pad

        def paint(p) -> None:
            from PySide6.QtCore import QRectF
            from PySide6.QtGui import QColor

            p.setPen(QColor(0, 0, 0, 0))
            p.setBrush(QColor(*style.background_rgba))
            p.drawRoundedRect(QRectF(0, 0, bar_w, bar_h), pad, pad)

        bar = paint_rgba(bar_w, bar_h, paint)
        y = pad
        for patch in patches:
            x = (bar_w - patch.shape[1]) // 2
            over_rgba(bar, patch, x, y)
            y += patch.shape[0]
        return bar

    def close(self) -> None:
        self._patch = None

