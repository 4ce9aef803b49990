"""Religious and shopping dates per market: a live planned on or across one gets a warning.

    warnings = calendar_warnings(["ID", "SHOPEE"], datetime.date(2027, 3, 1))
    for w in warnings:
        print(w.name, w.first, w.last, w.markets, w.advice)

The table is assets/compliance/calendar.yaml (Ramadan and Eid from the Umm al-Qura calendar,
lunar new year, Diwali, Songkran, 11.11, 12.12, Harbolnas...); Black Friday and Holy Week are
computed for any year. A date outside the table's years gets no warning for tabled events,
and the warning list says so (`CalendarCheck.untabled`).
"""

from __future__ import annotations

import datetime
import enum
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from studio import paths
from studio.compliance.markets import applies, parse_markets

CALENDAR_NAME = "calendar.yaml"


class EventKind(enum.Enum):
    RELIGIOUS = "religious"
    SHOPPING = "shopping"


@dataclass(frozen=True)
class CalendarEvent:
    id: str
    name: str
    kind: EventKind
    markets: tuple[str, ...]             # codes and groups, as packs write them
    advice: str
    approximate: bool = False            # moon sighting may move it by a day
    tabled: tuple[tuple[datetime.date, datetime.date], ...] = ()
    every_year: tuple[tuple[int, int], tuple[int, int]] | None = None
    rule: str | None = None

    def occurrences(self, year: int) -> list[tuple[datetime.date, datetime.date]]:
        if self.every_year is not None:
            (m1, d1), (m2, d2) = self.every_year
            return [(datetime.date(year, m1, d1), datetime.date(year, m2, d2))]
        if self.rule:
            return [_RULES[self.rule](year)]
        return [(a, b) for a, b in self.tabled if a.year == year or b.year == year]

    def covers_year(self, year: int) -> bool:
        return self.every_year is not None or self.rule is not None or \
            any(a.year == year or b.year == year for a, b in self.tabled)


@dataclass(frozen=True)
class CalendarWarning:
    event_id: str
    name: str
    kind: EventKind
    first: datetime.date                 # the event's first and last day (the occurrence the live touches)
    last: datetime.date
    markets: tuple[str, ...]             # the show's markets it concerns
    advice: str
    approximate: bool

    @property
    def message(self) -> str:
        span = self.first.isoformat() if self.first == self.last else f"{self.first} to {self.last}"
        about = "about " if self.approximate else ""
        return f"the live falls in {self.name} ({about}{span}) for {', '.join(self.markets)}"

    def to_json(self) -> dict[str, Any]:
        return {"event": self.event_id, "name": self.name, "kind": self.kind.value, "first": self.first.isoformat(),
                "last": self.last.isoformat(), "markets": list(self.markets), "approximate": self.approximate,
                "message": self.message, "advice": self.advice}


def easter(year: int) -> datetime.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def _holy_week(year: int) -> tuple[datetime.date, datetime.date]:
    sunday = easter(year)
    return sunday - datetime.timedelta(days=3), sunday


def _black_friday(year: int) -> tuple[datetime.date, datetime.date]:
    """The day after the fourth Thursday of November, through Cyber Monday."""
    first = datetime.date(year, 11, 1)
    thursday = first + datetime.timedelta(days=(3 - first.weekday()) % 7 + 21)
    return thursday + datetime.timedelta(days=1), thursday + datetime.timedelta(days=4)


_RULES = {"holy_week": _holy_week, "black_friday": _black_friday}


def calendar_path() -> Path:
    return paths.assets_dir() / "compliance" / CALENDAR_NAME


def _day(value: Any, where: str) -> datetime.date:
    from studio.compliance.packs import PackError

    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        raise PackError(f"{where}: {value!r} is not a YYYY-MM-DD date") from None


def _month_day(value: Any, where: str) -> tuple[int, int]:
    from studio.compliance.packs import PackError

    try:
        month, day = (int(x) for x in str(value).split("-"))
        datetime.date(2028, month, day)
        return month, day
    except ValueError:
        raise PackError(f"{where}: {value!r} is not an MM-DD day") from None


def parse_event(data: Any, where: str) -> CalendarEvent:
    from studio.compliance.packs import PackError, str_list

    if not isinstance(data, dict) or not data.get("id"):
        raise PackError(f"{where}: each event needs an id")
    where = f"{where}: event {data['id']}"
    for key in ("name", "kind", "markets", "advice"):
        if not data.get(key):
            raise PackError(f"{where}: missing '{key}'")
    try:
        kind = EventKind(str(data["kind"]))
    except ValueError:
        raise PackError(f"{where}: kind must be religious or shopping") from None
    every = data.get("every_year")
    rule = data.get("rule")
    if rule is not None and rule not in _RULES:
        raise PackError(f"{where}: rule must be one of {', '.join(_RULES)}")
    tabled = tuple((_day(a, where), _day(b, where)) for a, b in data.get("dates") or [])
    if not (tabled or every or rule):
        raise PackError(f"{where}: give dates, every_year or rule")
    return CalendarEvent(
        id=str(data["id"]), name=str(data["name"]), kind=kind, markets=str_list(data["markets"], where),
        advice=" ".join(str(data["advice"]).split()), approximate=bool(data.get("approximate", False)),
        tabled=tabled, rule=rule,
        every_year=(_month_day(every[0], where), _month_day(every[1], where)) if every else None)


def load_calendar(path: Path | None = None) -> tuple[CalendarEvent, ...]:
    path = path or calendar_path()
    st = path.stat()
    return _load_cached(str(path), st.st_mtime_ns, st.st_size)


@functools.lru_cache(maxsize=4)
def _load_cached(path: str, _mtime: int, _size: int) -> tuple[CalendarEvent, ...]:
    from studio.compliance.packs import PackError, read_yaml

    data = read_yaml(Path(path)) or {}
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise PackError(f"{path}: expected 'events: [...]'")
    return tuple(parse_event(e, path) for e in data["events"])


@dataclass(frozen=True)
class CalendarCheck:
    warnings: tuple[CalendarWarning, ...]
    untabled: tuple[str, ...]            # events with no dates for the live's year(s)


def check_dates(markets: Iterable[str] | str, first: datetime.date, last: datetime.date | None = None,
                events: Iterable[CalendarEvent] | None = None) -> CalendarCheck:
    """Events of the markets that the days first..last (a live running past midnight) touch."""
    last = last or first
    codes = parse_markets(markets if isinstance(markets, str) else list(markets))
    warnings: list[CalendarWarning] = []
    untabled: list[str] = []
    for event in events if events is not None else load_calendar():
        hit = tuple(m for m in codes if applies(event.markets, m))
        if not hit:
            continue
        for year in sorted({first.year, last.year}):
            if not event.covers_year(year):
                untabled.append(f"{event.name} {year}")
                continue
            for start, end in event.occurrences(year):
                if start <= last and first <= end:
                    warnings.append(CalendarWarning(event.id, event.name, event.kind, start, end, hit,
                                                    event.advice, event.approximate))
    return CalendarCheck(tuple(warnings), tuple(untabled))


def show_days(date: datetime.date, start_time: datetime.time | None,
              duration_s: float) -> tuple[datetime.date, datetime.date]:
    """The first and last calendar day a live touches (a late live can run into the next day)."""
    if start_time is None:
        return date, date
    start = datetime.datetime.combine(date, start_time)
    end = start + datetime.timedelta(seconds=max(duration_s, 0.0))
    return date, end.date()


def check_show_dates(show, markets: Iterable[str] | str | None = None,
                     date: datetime.date | None = None) -> CalendarCheck:
    """The show's planned date (or `date`, e.g. from --date) against its markets' calendar."""
    day = date or getattr(show, "date", None)
    if day is None:
        return CalendarCheck((), ())
    first, last = show_days(day, getattr(show, "start_time", None) if date is None else None,
                            show.planned_duration_s)
    return check_dates(markets if markets is not None else show.markets, first, last)
