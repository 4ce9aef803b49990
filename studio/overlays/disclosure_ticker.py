"""The "#ad · Sponsored" ticker: a strip across the top of the canvas, in the languages of
the show's markets (广告, Werbung · Anzeige, Publicidad, إعلان, โฆษณา, Iklan, Quảng cáo...).

Continuous where a market requires the label for the whole live (CN, DE, AT, FR), else
shown for a while at regular intervals (studio.compliance.disclosure). The same clock
drives the spoken reminders: when one falls due the ticker calls `on_reminder` with a
`DisclosureReminder`, which the session publishes for the teleprompter.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from studio.compliance.disclosure import DisclosurePlan, ReminderSchedule, TickerMode, plan_for
from studio.compliance.events import DisclosureReminder
from studio.core.filters import FilterContext
from studio.core.frames import VideoFrame
from studio.overlays.qt_paint import TextStyle, blend_rgba, make_font, paint_rgba, text_size_px


@dataclass(frozen=True)
class TickerStyle:
    height_frac: float = 0.045          # of the canvas height (about 86 px on a 1920-high canvas)
    top_frac: float = 0.0               # strip's top edge; 0 = the very top
    speed_px_s: float = 90.0            # scroll speed; 0 = a still label
    gap_em: float = 2.0                 # space between repeats, in font heights
    background_rgba: tuple[int, int, int, int] = (20, 20, 24, 190)
    text_rgba: tuple[int, int, int, int] = (255, 214, 64, 255)


class DisclosureTicker:
    """A canvas overlay. process() is called on the video-pipeline thread only.

    The strip (label repeated past the canvas width) is painted once per canvas width
    and slid per frame, so a frame costs one blend of a thin strip.
    """

    name = "disclosure_ticker"

    def __init__(self, plan: DisclosurePlan | None = None, style: TickerStyle | None = None,
                 on_reminder: Callable[[DisclosureReminder], None] | None = None):
        self.plan = plan                 # None: made from the show's markets on the first frame
        self.style = style or TickerStyle()
        self.on_reminder = on_reminder
        self.enabled = True
        self._start_ns: int | None = None
        self._reminders: ReminderSchedule | None = None
        self._strip: np.ndarray | None = None
        self._strip_key: tuple | None = None
        self._period_px = 1
        self._shown_text = ""

    def process(self, frame: VideoFrame, ctx: FilterContext) -> VideoFrame:
        if self.plan is None:
            show = ctx.show
            self.plan = plan_for(show.markets if show else (), show.caption_languages if show else (),
                                 show.language if show else "en")
        if self._start_ns is None:
            self._start_ns = ctx.now_ns
            self._reminders = ReminderSchedule(self.plan)
        t_s = (ctx.now_ns - self._start_ns) / 1e9
        self._poll_reminder(t_s)
        if self.plan.ticker is TickerMode.OFF or not self.plan.ticker_visible(t_s):
            self._shown_text = ""
            return frame
        self._shown_text = self.plan.label
        width_px = frame.image.shape[1]
        height_px = frame.image.shape[0]
        strip = self._strip_for(width_px, height_px)
        offset = int(t_s * self.style.speed_px_s) % self._period_px
        blend_rgba(frame.image, strip[:, offset: offset + width_px], 0, int(height_px * self.style.top_frac))
        return frame

    def current_text(self) -> str:
        """The label on screen now ("" when hidden); any thread (the OBS caption feed mirrors it)."""
        return self._shown_text

    def _poll_reminder(self, t_s: float) -> None:
        if self._reminders is None or self.on_reminder is None:
            return
        due = self._reminders.poll(t_s)
        if due is not None:
            self.on_reminder(DisclosureReminder(self.plan.markets, self.plan.reminder_text, due))

    def _strip_for(self, width_px: int, height_px: int) -> np.ndarray:
        key = (width_px, height_px, self.plan.label)
        if key == self._strip_key and self._strip is not None:
            return self._strip
        s = self.style
        bar_h = max(18, int(height_px * s.height_frac))
        text_style = TextStyle(size_px=max(12, int(bar_h * 0.55)), bold=True, color_rgba=s.text_rgba)
        label = self.plan.label
        text_w, text_h = text_size_px(label, text_style)
        self._period_px = max(1, text_w + int(text_style.size_px * s.gap_em))
        repeats = width_px // self._period_px + 2
        strip_w = self._period_px * repeats

        def paint(p) -> None:
            from PySide6.QtCore import QPointF, QRectF
            from PySide6.QtGui import QColor, QPen

            p.fillRect(QRectF(0, 0, strip_w, bar_h), QColor(*s.background_rgba))
            p.setFont(make_font(text_style))
            p.setPen(QPen(QColor(*text_style.color_rgba)))
            baseline = (bar_h + p.fontMetrics().ascent() - p.fontMetrics().descent()) / 2
            for k in range(repeats):
                p.drawText(QPointF(k * self._period_px + text_style.size_px, baseline), label)

        self._strip = paint_rgba(strip_w, bar_h, paint)
        self._strip_key = key
        return self._strip

    def close(self) -> None:
        self._strip = None
