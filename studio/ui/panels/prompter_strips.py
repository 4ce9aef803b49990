"""The strips the prompter lays over its script: a banner across the top (a live finding, a reminder,
a producer's cue), and at the bottom the top viewer question above the footer (the segment voice
follow proposes).

They are stacked, never over each other, opaque (the script must not ghost through), and together
leave the script at least SCRIPT_LINES_KEPT lines: on a small prompter they first lose lines (the
rest elided with '…'), then get smaller, down to MIN_STRIP_PX.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextLayout

from studio.overlays.qt_paint import layout_text as text_layout

BANNER_COLORS = {"finding": QColor(184, 0, 46), "reminder": QColor(20, 90, 170),
                 "cue": QColor(0, 105, 80)}           # a cue the producer pushed (studio.console)
FOOTER_BACKGROUND = QColor(60, 48, 0)
QUESTION_BACKGROUND = QColor(10, 40, 50)
BANNER_TEXT = QColor(255, 255, 255)
FOOTER_TEXT = QColor(255, 206, 64)
QUESTION_TEXT = QColor(94, 200, 229)
SCRIPT_LINES_KEPT = 3
MIN_STRIP_PX = 12
PAD_PX = 6.0
# Tried in order until the strips fit: (size factor, most lines of banner, question, footer).
FITS = ((1.0, 4, 2, 2), (1.0, 2, 1, 2), (0.8, 2, 1, 2), (0.8, 2, 1, 1), (0.65, 2, 1, 1), (0.65, 1, 1, 1))
SCALES = {"banner": 0.45, "question": 0.32, "footer": 0.36}     # of the script's font size


@dataclass(frozen=True)
class Strip:
    kind: str                  # "banner" | "question" | "footer"
    layout: QTextLayout
    rect: QRectF
    background: QColor
    pen: QColor
    elided: bool


@dataclass(frozen=True)
class StripPlan:
    strips: tuple[Strip, ...]
    script_top: float          # the script shows between script_top and script_bottom
    script_bottom: float

    def paint(self, painter: QPainter) -> None:
        for strip in self.strips:
            painter.fillRect(strip.rect, strip.background)
            painter.setPen(strip.pen)
            strip.layout.draw(painter, QPointF(strip.rect.left() + 2 * PAD_PX, strip.rect.top() + PAD_PX))


def _font(families, px: float, bold: bool) -> QFont:
    font = QFont()
    font.setFamilies(list(families))
    font.setPixelSize(max(MIN_STRIP_PX, int(px)))
    font.setBold(bold)
    return font


def capped_layout(text: str, font: QFont, width: float, max_lines: int) -> tuple[QTextLayout, float, bool]:
    """The text wrapped at width in at most max_lines lines, the last one elided with '…' when cut."""
    layout, height = text_layout(text, font, width, "left")
    if layout.lineCount() <= max_lines:
        return layout, height, False
    start = layout.lineAt(max_lines - 1).textStart()
    rest = text[start:].replace("\n", " ")
    metrics = QFontMetricsF(font)
    room = width
    while room > 0:
        # Fallback fonts (CJK, Arabic) can be wider than the primary font's metrics say: shrink until it fits.
        shortened = text[:start] + metrics.elidedText(rest, Qt.TextElideMode.ElideRight, room)
        layout, height = text_layout(shortened, font, width, "left")
        if layout.lineCount() <= max_lines:
            return layout, height, True
        room -= width * 0.08
    layout, height = text_layout(text[:start] + "…", font, width, "left")
    return layout, height, True


def plan_strips(width: float, height: float, font_px: int, families, script_line_px: float,
                banner: tuple[str, str] | None, question: str | None, footer: str | None) -> StripPlan:
    """Where each strip goes at this size; the script keeps SCRIPT_LINES_KEPT lines when it can."""
    texts = {"banner": banner[1] if banner else None, "question": ("? " + question) if question else None,
             "footer": footer or None}
    if not any(texts.values()):
        return StripPlan((), 0.0, float(height))
    budget = height - SCRIPT_LINES_KEPT * script_line_px
    inner = max(40.0, width - 4 * PAD_PX)
    for factor, *caps in FITS:
        made = {}
        for kind, cap in zip(("banner", "question", "footer"), caps):
            if texts[kind]:
                font = _font(families, font_px * SCALES[kind] * factor, bold=kind != "question")
                made[kind] = capped_layout(texts[kind], font, inner, cap)
        total = sum(h + 2 * PAD_PX for _, h, _ in made.values())
        if total <= budget:
            break
    strips = []
    top = 0.0
    if "banner" in made:
        layout, h, elided = made["banner"]
        kind = banner[0] if banner else "finding"
        strips.append(Strip("banner", layout, QRectF(0, 0, width, h + 2 * PAD_PX),
                            BANNER_COLORS.get(kind, BANNER_COLORS["finding"]), BANNER_TEXT, elided))
        top = h + 2 * PAD_PX
    bottom = float(height)
    for kind, background, pen in (("footer", FOOTER_BACKGROUND, FOOTER_TEXT),
                                  ("question", QUESTION_BACKGROUND, QUESTION_TEXT)):
        if kind in made:
            layout, h, elided = made[kind]
            bottom -= h + 2 * PAD_PX
            strips.append(Strip(kind, layout, QRectF(0, bottom, width, h + 2 * PAD_PX), background, pen, elided))
    return StripPlan(tuple(strips), top, max(top, bottom))
