"""The religious and shopping calendar: a live planned on or across a market's dates is warned."""

import datetime as dt

import pytest

from studio.compliance import PackError
from studio.compliance.calendar import (
    _black_friday, check_dates, check_show_dates, easter, load_calendar, parse_event, show_days)
from studio.show.showfile import parse_show


def _ids(check):
    return sorted(w.event_id for w in check.warnings)


def test_the_table_loads_and_covers_2026_to_2028():
    events = {e.id: e for e in load_calendar()}
    assert {"ramadan", "eid-al-fitr", "eid-al-adha", "songkran", "diwali", "lunar-new-year", "singles-day",
            "double-twelve", "harbolnas", "black-friday"} <= set(events)
    for year in (2026, 2027, 2028):
        for eid in ("ramadan", "eid-al-fitr", "diwali", "lunar-new-year"):
            assert events[eid].occurrences(year), (eid, year)


@pytest.mark.parametrize("day, market, event", [
    (dt.date(2026, 3, 1), "ID", "ramadan"),         # Umm al-Qura: 18 Feb – 19 Mar 2026
    (dt.date(2027, 3, 9), "MY", "eid-al-fitr"),
    (dt.date(2028, 2, 1), "SA", "ramadan"),         # through the GULF group
    (dt.date(2027, 4, 14), "TH", "songkran"),
    (dt.date(2026, 11, 8), "IN", "diwali"),
    (dt.date(2026, 11, 11), "CN", "singles-day"),
    (dt.date(2027, 11, 11), "SHOPEE", "singles-day"),
    (dt.date(2026, 12, 12), "ID", "harbolnas"),
    (dt.date(2026, 11, 27), "DE", "black-friday"),  # computed: the day after the fourth Thursday
    (dt.date(2027, 2, 6), "VN", "lunar-new-year"),
    (dt.date(2026, 4, 3), "PH", "holy-week"),       # Good Friday, computed from Easter
])
def test_a_live_on_a_market_date_is_warned(day, market, event):
    check = check_dates([market], day)
    assert event in _ids(check)
    warning = next(w for w in check.warnings if w.event_id == event)
    assert warning.markets == (market,) and warning.advice and warning.first <= day <= warning.last


def test_other_markets_and_other_days_are_not_warned():
    assert _ids(check_dates(["US"], dt.date(2026, 3, 1))) == []           # Ramadan is not a US date here
    assert _ids(check_dates(["ID"], dt.date(2026, 6, 1))) == []
    assert _ids(check_dates(["GB"], dt.date(2026, 11, 11))) == []


def test_a_late_live_that_runs_across_midnight_into_11_11_is_warned():
    show = parse_show("# Late\nmarkets: CN\nlanguage: zh\ndate: 2026-11-10 23:30\n\n"
                      "## Segment: A (1h)\n你好\n")
    assert show_days(show.date, show.start_time, show.planned_duration_s) == (dt.date(2026, 11, 10),
                                                                               dt.date(2026, 11, 11))
    assert _ids(check_show_dates(show)) == ["singles-day"]
    show.start_time = dt.time(20, 0)
    assert _ids(check_show_dates(show)) == []


def test_a_date_past_the_table_says_so_instead_of_guessing():
    check = check_dates(["AE"], dt.date(2031, 1, 20))
    assert check.warnings == () and any("Ramadan 2031" in u for u in check.untabled)


def test_computed_dates():
    assert easter(2026) == dt.date(2026, 4, 5) and easter(2027) == dt.date(2027, 3, 28)
    assert _black_friday(2027) == (dt.date(2027, 11, 26), dt.date(2027, 11, 29))


def test_a_broken_event_names_the_problem():
    with pytest.raises(PackError, match="kind must be religious or shopping"):
        parse_event({"id": "x", "name": "X", "kind": "party", "markets": ["US"], "advice": "a",
                     "every_year": ["01-01", "01-01"]}, "calendar.yaml")
    with pytest.raises(PackError, match="give dates, every_year or rule"):
        parse_event({"id": "x", "name": "X", "kind": "shopping", "markets": ["US"], "advice": "a"}, "calendar.yaml")


def test_the_show_file_carries_a_date_and_writes_it_back():
    from studio.show.showfile import ShowFormatError, dump_show

    show = parse_show("# S\nmarkets: ID\ndate: 2027-03-01 20:00\n\n## Segment: A\nHalo\n")
    assert (show.date, show.start_time) == (dt.date(2027, 3, 1), dt.time(20, 0))
    assert parse_show(dump_show(show)) == show
    assert parse_show("# S\ndate: 2027-03-01\n\n## Segment: A\nHalo\n").start_time is None
    with pytest.raises(ShowFormatError, match=r"show:2: date: write YYYY-MM-DD"):
        parse_show("# S\ndate: 1 March\n\n## Segment: A\nHalo\n")
