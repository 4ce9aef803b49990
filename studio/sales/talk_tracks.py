"""Talk-tracks in the sales log: when the prompter read a segment from its A or B lines, and the
GMV per minute each track earned (the report's A/B comparison).

A segment's track changes only by session.prompter.use_talk_track (the producer, a viewer-drop
alert's "Switch to B"); the sales worker records each TalkTrackChanged here. Time counts for a
track only while its segment is on screen (the segment windows of studio.sales.report), and a
sale counts for the track its segment was read from when it was logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from studio.sales.errors import SalesInputError
from studio.sales.fx import Totals
from studio.show.money import Money

if TYPE_CHECKING:
    from studio.sales.log import SalesLog

TRACKS = ("A", "B")


@dataclass(frozen=True)
class TrackFigures:
    track: str                 # "A" | "B"
    on_air_ms: int             # time segments were on screen read from this track
    orders: int
    units: int
    gmv: Money

    @property
    def gmv_per_minute(self) -> Money | None:
        """None when the track was never on screen (nothing to compare)."""
        if self.on_air_ms <= 0:
            return None
        minutes = Decimal(self.on_air_ms) / 60_000
        return Money(int((Decimal(self.gmv.amount_minor) / minutes).to_integral_value()), self.gmv.currency)


def record_talk_track(log: "SalesLog", segment_index: int, track: str, session_id: int | None = None) -> None:
    """The prompter reads `segment_index` from `track` ("A" or "B") from now on."""
    if track not in TRACKS:
        raise SalesInputError(f"a talk-track is A or B, not {track!r}")
    info = log.session(session_id)
    with log.write() as db:
        db["talk_track_changes"].insert({"session_id": info.session_id, "at_ms": log.now_ms(),
                                         "segment_index": int(segment_index), "track": track})


def talk_track_changes(log: "SalesLog", session_id: int) -> list[tuple[int, int, str]]:
    """(at_ms, segment_index, track), oldest first."""
    return [tuple(row) for row in log.db.execute(
        "SELECT at_ms, segment_index, track FROM talk_track_changes WHERE session_id = ? ORDER BY at_ms, id",
        (session_id,))]


def track_figures(log: "SalesLog", session_id: int, base_currency: str, rates: dict[str, Decimal],
                  windows: list[tuple[int, int, int]]) -> list[TrackFigures]:
    """A and B figures from the segment windows (start_ms, end_ms, segment_index) of the report."""
    changes = talk_track_changes(log, session_id)
    on_air = {t: 0 for t in TRACKS}
    totals = {t: Totals(base_currency, rates) for t in TRACKS}
    counts = {t: [0, 0] for t in TRACKS}       # orders, units
    for start, end, segment in windows:
        for part_start, part_end, track in _split(changes, segment, start, end):
            on_air[track] += part_end - part_start
            last = part_end == end          # the window's end is inclusive, as in the report's windows
            for currency, orders, units, total in log.db.execute(
                    "SELECT currency, COUNT(*), SUM(quantity), SUM(total_minor) FROM sales WHERE session_id = ? "
                    f"AND undone_ms IS NULL AND segment_index = ? AND at_ms >= ? AND at_ms {'<=' if last else '<'} ? "
                    "GROUP BY currency", (session_id, segment, part_start, part_end)):
                totals[track].add(total, currency)
                counts[track][0] += orders
                counts[track][1] += units
    return [TrackFigures(t, on_air[t], counts[t][0], counts[t][1], totals[t].in_base()) for t in TRACKS]


def _split(changes: list[tuple[int, int, str]], segment: int, start: int, end: int) -> list[tuple[int, int, str]]:
    """[start, end) of one segment window cut where that segment's track changed."""
    track = "A"
    cuts: list[tuple[int, str]] = []
    for at, seg, new in changes:
        if seg != segment:
            continue
        if at <= start:
            track = new
        elif at < end:
            cuts.append((at, new))
    parts, at = [], start
    for cut, new in cuts:
        if cut > at:
            parts.append((at, cut, track))
        at, track = cut, new
    parts.append((at, end, track))
    return [p for p in parts if p[1] > p[0] or (p[0] == start and p[1] == end)]
