"""The teleprompter's text surface: big wrapped script text, the current line highlighted,
cues styled apart, mirror mode, and scrolling as one animation.

Shaping goes through QTextLayout (Chinese, Arabic, Thai, Vietnamese wrap and render right).
Layout is computed once per width/font change; painting only draws the visible lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, Qt, QTimer, QVariantAnimation
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QSizePolicy, QWidget

from studio.overlays.qt_paint import DEFAULT_FAMILIES, is_rtl
from studio.overlays.qt_paint import layout_text as text_layout  # the shared shaping/wrapping (RTL aware)
from studio.prompter.script import ScriptLine, ScriptView, TalkTrack
from studio.ui.panels.prompter_strips import StripPlan, plan_strips

BACKGROUND = QColor(10, 10, 12)
TEXT_FUTURE = QColor(232, 232, 232)
TEXT_PAST = QColor(120, 120, 128)
TEXT_CURRENT = QColor(255, 255, 255)
CURRENT_BAND = QColor(255, 196, 0, 46)
CURRENT_WORD = QColor(255, 206, 64)
CUE = QColor(94, 200, 229)
HEADER = QColor(255, 150, 60)
READING_LINE_FRACTION = 0.3      # the current line rests a third down the screen (eyes near the lens)


MARK_COLORS = {"block": QColor(255, 80, 80), "warn": QColor(255, 176, 32), "info": QColor(150, 150, 160)}
STOP_BAND = QColor(220, 0, 40, 90)                    # the producer's "stop this line" flag
STOP_TEXT = QColor(255, 96, 96)


@dataclass(frozen=True)
class Mark:
    """A compliance finding on a script line: underline chars [start, end) and show the suggestion."""

    start: int
    end: int
    severity: str          # "block" | "warn" | "info"
    suggestion: str


@dataclass
class _Item:
    kind: str                      # "header" | "line"
    layout: QTextLayout
    top_px: float
    height_px: float
    line: ScriptLine | None = None
    segment: int = 0
    marks: tuple[Mark, ...] = ()
    note: QTextLayout | None = None     # the suggestion under a marked line
    note_top_px: float = 0.0


class PrompterView(QWidget):
    """Paints the script and scrolls to the current line. Called on the GUI thread only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(240, 160)
        self._script: ScriptView | None = None
        self._font_px = 56
        self._margin_fraction = 0.08
        self._mirror = False
        self._items: list[_Item] = []
        self._layout_width = -1
        self._token: int | None = None
        self._current_line: ScriptLine | None = None
        self._offset_px = 0.0
        self._marks: dict[tuple[int, int], tuple[Mark, ...]] = {}
        self._stop_flags: frozenset[tuple[int, int]] = frozenset()
        self._banner: tuple[str, str] | None = None       # (kind, text)
        self._footer: str | None = None                   # the segment proposal, for the full-screen reader
        self._question: str | None = None                 # the top waiting viewer question
        self._plan: tuple[tuple, StripPlan] | None = None  # the strips, for the size and texts they were made for
        self._banner_timer = QTimer(self)
        self._banner_timer.setSingleShot(True)
        self._banner_timer.timeout.connect(self.clear_banner)
        self._animation = QVariantAnimation(self)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.valueChanged.connect(self._on_scroll)

    # --- configuration -----------------------------------------------------------------

    def set_script(self, script: ScriptView | None) -> None:
        self._script = script
        self._token = None
        self._current_line = None
        self._offset_px = 0.0
        self._relayout(force=True)
        self.update()

    def set_style(self, font_px: int, margin_fraction: float, mirror: bool) -> None:
        changed = font_px != self._font_px or margin_fraction != self._margin_fraction
        self._font_px, self._margin_fraction, self._mirror = font_px, margin_fraction, mirror
        if changed:
            self._relayout(force=True)
            self._scroll_to_current(animate=False)
        self.update()

    def set_marks(self, marks: dict[tuple[int, int], tuple[Mark, ...]]) -> None:
        """Compliance findings by (segment, line): underlined, with the suggestion beneath."""
        self._marks = dict(marks)
        self._relayout(force=True)
        self._scroll_to_current(animate=False)
        self.update()

    def show_banner(self, kind: str, text: str, seconds: float) -> None:
        """A live finding ("finding") or a timed reminder ("reminder") across the top, for `seconds`."""
        self._banner = (kind, text)
        self._banner_timer.start(int(seconds * 1000))
        self._strips_changed()

    def set_footer(self, text: str | None) -> None:
        """A line across the bottom (the segment voice follow proposes); None hides it."""
        if text != self._footer:
            self._footer = text
            self._strips_changed()

    @property
    def footer(self) -> str | None:
        return self._footer

    def set_question(self, text: str | None) -> None:
        """The top waiting viewer question, a line above the footer (plain text); None hides it."""
        if text != self._question:
            self._question = text
            self._strips_changed()

    @property
    def question(self) -> str | None:
        return self._question

    def set_stop_flags(self, flags) -> None:
        """Lines the producer flagged "stop this line", by (segment, line): painted red until lifted."""
        flags = frozenset(flags)
        if flags != self._stop_flags:
            self._stop_flags = flags
            self.update()

    @property
    def stop_flags(self) -> frozenset[tuple[int, int]]:
        return self._stop_flags

    def clear_banner(self) -> None:
        self._banner = None
        self._strips_changed()

    def strip_plan(self) -> StripPlan:
        """Where the banner, question and footer strips go now, and the script between them."""
        key = (self.width(), self.height(), self._font_px, id(self._script), len(self._items), self._banner, self._question, self._footer)
        if self._plan is None or self._plan[0] != key:
            self._plan = (key, plan_strips(self.width(), self.height(), self._font_px, DEFAULT_FAMILIES,
                                           self.script_line_px(), self._banner, self._question, self._footer))
        return self._plan[1]

    def script_line_px(self) -> float:
        """A script line's height as laid out (fallback fonts make a Chinese line taller than a Latin one)."""
        heights = sorted(item.layout.lineAt(0).height() for item in self._items
                         if item.line is not None and item.line.spoken and item.layout.lineCount())
        return heights[len(heights) // 2] if heights else self._font_px * 1.4

    def _strips_changed(self) -> None:
        # The reading line sits a third down the script between the strips: it moves with them.
        self._scroll_to_current(animate=True)
        self.update()

    def _reading_y(self) -> float:
        plan = self.strip_plan()
        return plan.script_top + (plan.script_bottom - plan.script_top) * READING_LINE_FRACTION

    @property
    def banner(self) -> tuple[str, str] | None:
        return self._banner

    @property
    def mirror(self) -> bool:
        return self._mirror

    @property
    def current_line(self) -> ScriptLine | None:
        return self._current_line

    @property
    def offset_px(self) -> float:
        return self._offset_px

    def set_token(self, token: int | None, animate: bool = True) -> None:
        """Highlight the script token `token` (ScriptView numbering) and scroll its line into place."""
        if token == self._token or self._script is None:
            return
        self._token = token
        line = None if token is None else self._script.line_of_token(token)
        if line is not self._current_line:
            self._current_line = line
            self._scroll_to_current(animate)
        self.update()

    # --- layout and scrolling ----------------------------------------------------------

    def _font(self, scale: float = 1.0, italic: bool = False, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(list(DEFAULT_FAMILIES))
        font.setPixelSize(max(8, int(self._font_px * scale)))
        font.setItalic(italic)
        font.setBold(bold)
        return font

    def _text_width(self) -> float:
        return max(80.0, self.width() * (1 - 2 * self._margin_fraction))

    def _relayout(self, force: bool = False) -> None:
        width = self._text_width()
        if not force and abs(width - self._layout_width) < 0.5:
            return
        self._layout_width = width
        self._items = []
        if self._script is None:
            return
        y = 0.0
        segment = -1
        for line in self._script.lines:
            if line.segment != segment:
                segment = line.segment
                title = self._script.show.segments[segment].title
                text = f"{segment + 1} · {title}"
                if line.track is TalkTrack.B:
                    text += " · B"     # the segment reads its B talk-track (the producer or a drop alert switched)
                layout, _ = text_layout(text, self._font(0.42, bold=True), width, "left")
                y += self._font_px * (0.6 if segment else 0.2)
                height = layout.boundingRect().height()
                self._items.append(_Item("header", layout, y, height, segment=segment))
                y += height + self._font_px * 0.25
            if line.spoken:
                layout, _ = text_layout(line.text, self._font(), width, "right" if is_rtl(line.text) else "left")
            else:
                layout, _ = text_layout(f"▸ {line.text}", self._font(0.6, italic=True), width, "left")
            height = layout.boundingRect().height()
            item = _Item("line", layout, y, height, line=line, segment=segment,
                         # findings are keyed by A-line index: none on B lines
                         marks=self._marks.get((line.segment, line.line), ()) if line.track is TalkTrack.A else ())
            suggestions = list(dict.fromkeys(m.suggestion for m in item.marks if m.suggestion))
            if suggestions:
                item.note, note_h = text_layout("⚠ " + " · ".join(suggestions), self._font(0.38), width, "left")
                item.note_top_px = height + self._font_px * 0.08
                height += self._font_px * 0.08 + note_h
                item.height_px = height
            self._items.append(item)
            y += height + self._font_px * 0.35

    def _target_offset(self) -> float:
        item = next((i for i in self._items if i.line is self._current_line), None)
        if item is None:
            return 0.0
        return item.top_px - self._reading_y()

    def _scroll_to_current(self, animate: bool) -> None:
        target = self._target_offset()
        self._animation.stop()
        distance = abs(target - self._offset_px)
        if not animate or distance < 1 or not self.isVisible():
            self._offset_px = target
            self.update()
            return
        # One animation per move, its duration growing with the distance (QPrompt's approach):
        # a line is a short glide, a jump across the script a longer one.
        self._animation.setDuration(int(min(900, 180 + distance * 0.6)))
        self._animation.setStartValue(float(self._offset_px))
        self._animation.setEndValue(float(target))
        self._animation.start()

    def _on_scroll(self, value) -> None:
        self._offset_px = float(value)
        self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._relayout()
        self._offset_px = self._target_offset()
        super().resizeEvent(event)

    # --- painting ----------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), BACKGROUND)
        if self._mirror:
            # For beam-splitter glass: the reflection reads right way round.
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
        left = self.width() * self._margin_fraction
        reading_y = self._reading_y()
        if self._script is None or not self._items:
            painter.setPen(TEXT_PAST)
            painter.setFont(self._font(0.4))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Open a show to see its script here"))
            painter.end()
            return
        plan = self.strip_plan()
        painter.save()
        painter.setClipRect(QRectF(0, plan.script_top, self.width(), plan.script_bottom - plan.script_top))
        current = self._current_line
        current_index = next((i for i, item in enumerate(self._items) if item.line is current), -1)
        for index, item in enumerate(self._items):
            y = item.top_px - self._offset_px
            if y + item.height_px < 0:
                continue
            if y > self.height():
                break
            if item.kind == "header":
                self._paint_header(painter, item, left, y)
                continue
            self._paint_line(painter, item, left, y, index, current_index)
        self._paint_marker(painter, left, reading_y)
        painter.restore()
        plan.paint(painter)
        painter.end()

    def _paint_header(self, painter: QPainter, item: _Item, left: float, y: float) -> None:
        painter.setPen(QPen(HEADER, 2))
        painter.drawLine(QPointF(left, y - self._font_px * 0.12),
                         QPointF(left + self._layout_width, y - self._font_px * 0.12))
        painter.setPen(HEADER)
        item.layout.draw(painter, QPointF(left, y))

    def _paint_line(self, painter: QPainter, item: _Item, left: float, y: float, index: int,
                    current_index: int) -> None:
        line = item.line
        assert line is not None
        if not line.spoken:
            painter.setPen(CUE)
            item.layout.draw(painter, QPointF(left, y))
            return
        is_current = index == current_index
        if is_current:
            pad = self._font_px * 0.12
            painter.fillRect(QRectF(left - pad, y - pad, self._layout_width + 2 * pad,
                                    item.layout.boundingRect().height() + 2 * pad), CURRENT_BAND)
        color = TEXT_CURRENT if is_current else (TEXT_PAST if 0 <= index < current_index else TEXT_FUTURE)
        if (line.segment, line.line) in self._stop_flags:
            pad = self._font_px * 0.12
            painter.fillRect(QRectF(left - pad, y - pad, self._layout_width + 2 * pad,
                                    item.layout.boundingRect().height() + 2 * pad), STOP_BAND)
            painter.fillRect(QRectF(left - pad * 4, y - pad, pad * 2, item.layout.boundingRect().height() + 2 * pad),
                             STOP_TEXT)
            color = STOP_TEXT
        painter.setPen(color)
        formats = []
        if is_current and self._token is not None and self._script is not None:
            word = self._script.position_of_token(self._token).word
            if 0 <= word < len(line.tokens):
                # Words up to the current one are read: the current word in colour, the rest as is.
                done = QTextCharFormat()
                done.setForeground(CURRENT_WORD)
                fmt = QTextLayout.FormatRange()
                fmt.start = line.tokens[word].char_start
                fmt.length = line.tokens[word].char_end - line.tokens[word].char_start
                fmt.format = done
                formats.append(fmt)
        item.layout.draw(painter, QPointF(left, y), formats)
        self._paint_marks(painter, item, left, y)

    def _paint_marks(self, painter: QPainter, item: _Item, left: float, y: float) -> None:
        """Underline each flagged span line by line (a span may wrap) and draw the suggestion."""
        for mark in item.marks:
            color = MARK_COLORS.get(mark.severity, MARK_COLORS["warn"])
            painter.setPen(QPen(color, max(2.0, self._font_px * 0.06)))
            for i in range(item.layout.lineCount()):
                text_line = item.layout.lineAt(i)
                a = max(mark.start, text_line.textStart())
                b = min(mark.end, text_line.textStart() + text_line.textLength())
                if a >= b:
                    continue
                x1, _ = text_line.cursorToX(a)
                x2, _ = text_line.cursorToX(b)
                base = y + text_line.y() + text_line.ascent() + self._font_px * 0.1
                painter.drawLine(QPointF(left + min(x1, x2), base), QPointF(left + max(x1, x2), base))
        if item.note is not None:
            worst = max((m.severity for m in item.marks), key=lambda sev: {"block": 2, "warn": 1}.get(sev, 0))
            painter.setPen(MARK_COLORS.get(worst, MARK_COLORS["warn"]))
            item.note.draw(painter, QPointF(left, y + item.note_top_px))

    def _paint_marker(self, painter: QPainter, left: float, reading_y: float) -> None:
        size = max(8.0, self._font_px * 0.3)
        x = max(2.0, left - size * 1.6)
        path = QPainterPath()
        path.moveTo(x, reading_y)
        path.lineTo(x + size, reading_y + size * 0.6)
        path.lineTo(x, reading_y + size * 1.2)
        path.closeSubpath()
        painter.fillPath(path, CURRENT_WORD)
