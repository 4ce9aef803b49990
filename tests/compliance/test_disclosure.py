"""Disclosure per market: continuous vs timed ticker, localized label, spoken reminders."""

import numpy as np

from studio.compliance.disclosure import ReminderSchedule, TickerMode, plan_for
from studio.core.filters import FilterContext
from studio.core.frames import VideoFrame
from studio.overlays.disclosure_ticker import DisclosureTicker, TickerStyle
from studio.show.showfile import parse_show


def test_plans_merge_markets():
    cn = plan_for(["CN"], [], "zh")
    assert cn.ticker is TickerMode.CONTINUOUS and cn.label.startswith("广告")
    us = plan_for(["US"], ["es"], "en")
    assert us.ticker is TickerMode.TIMED and "#ad" in us.label and "Publicidad" in us.label
    assert us.ticker_visible(5) and not us.ticker_visible(100) and us.ticker_visible(305)
    mixed = plan_for(["US", "DE"], [], "en")
    assert mixed.ticker is TickerMode.CONTINUOUS and "Werbung" in mixed.label
    gulf = plan_for(["SA"], [], "ar")
    assert "إعلان" in gulf.label and gulf.reminder_text.startswith("تذكير")


def test_reminders_fall_due_once_per_interval():
    plan = plan_for(["US"], [], "en")
    schedule = ReminderSchedule(plan)
    assert schedule.poll(10) is None
    assert schedule.poll(plan.reminder_every_s + 1) == plan.reminder_every_s
    assert schedule.poll(plan.reminder_every_s + 2) is None
    assert schedule.poll(plan.reminder_every_s * 5) == plan.reminder_every_s * 2   # one, not a burst


def _frame():
    return VideoFrame(image=np.full((640, 360, 3), 90, np.uint8), timestamp_ns=0, index=0, captured_ns=0)


def test_ticker_draws_from_the_show_markets_and_reminds():
    show = parse_show("# S\nmarkets: US\nlanguage: en\n\n## Segment: A\nHello\n")
    reminders = []
    ticker = DisclosureTicker(style=TickerStyle(speed_px_s=50), on_reminder=reminders.append)
    top = ticker.process(_frame(), FilterContext(show, 0, 0)).image
    assert top[:20].std() > 5 and (top[100:] == 90).all()          # strip on top, rest untouched
    hidden = ticker.process(_frame(), FilterContext(show, 0, int(100e9))).image
    assert (hidden == 90).all()                                     # timed: off between showings
    ticker.process(_frame(), FilterContext(show, 0, int(601e9)))
    assert len(reminders) == 1 and reminders[0].markets == ("US",)


def test_continuous_ticker_scrolls():
    ticker = DisclosureTicker(plan_for(["CN"], [], "zh"), style=TickerStyle(speed_px_s=100))
    a = ticker.process(_frame(), FilterContext(None, None, 0)).image
    b = ticker.process(_frame(), FilterContext(None, None, int(0.5e9))).image
    far = ticker.process(_frame(), FilterContext(None, None, int(3600e9))).image
    assert a[:20].std() > 5 and far[:20].std() > 5 and not np.array_equal(a[:20], b[:20])
