"""The after-live report of one session, and the comparison of several sessions.

Built from the same aggregates as the live dashboard, plus the talk-track windows
(each stretch of time a segment was on screen), markers, viewers and conversion,
and the reconciliation with the platform's orders when an export was imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from studio.sales.comment_figures import CommentFigures
from studio.sales.dashboard import Dashboard, build_dashboard
from studio.sales.fx import Totals
from studio.sales.model import Marker
from studio.sales.orders_import import ReconcileRow, reconcile
from studio.sales.talk_tracks import TrackFigures, track_figures
from studio.show.money import Money

if TYPE_CHECKING:
    from studio.sales.log import SalesLog


@dataclass(frozen=True)
class WindowFigures:
    """One stretch of the live with one segment (talk track) on screen."""

    segment_index: int
    title: str
    product_sku: str | None
    start_ms: int
    end_ms: int
    units: int
    orders: int
    gmv: Money
    avg_viewers: float | None          # mean of the concurrent-viewer counts in the window
    conversion: float | None           # orders / avg_viewers

    @property
    def duration_s(self) -> float:
        return max(0.0, (self.end_ms - self.start_ms) / 1000)

    @property
    def gmv_per_minute(self) -> Money:
        minutes = Decimal(max(self.end_ms - self.start_ms, 1)) / 60_000
        return Money(int((Decimal(self.gmv.amount_minor) / minutes).to_integral_value()), self.gmv.currency)


@dataclass(frozen=True)
class ViewerFigures:
    peak: int | None
    average: float | None
    unique: int | None                 # entered from the platform's summary
    conversion: float | None           # orders / unique viewers, else orders / peak
    conversion_basis: str              # "unique viewers" | "peak viewers" | ""


@dataclass(frozen=True)
class SessionReport:
    dashboard: Dashboard
    windows: list[WindowFigures]
    markers: list[Marker]
    viewers: ViewerFigures
    fx_rates: dict[str, Decimal]
    reconciliation: list[ReconcileRow]
    undone_sales: int
    generated_ms: int
    tracks: list[TrackFigures] = field(default_factory=list)    # GMV per minute under talk-track A and B
    comments: CommentFigures | None = None     # questions, buys, complaints (when a comments log was read)


def _viewers_between(counts: list[tuple[int, int]], start_ms: int, end_ms: int) -> float | None:
    inside = [v for at, v in counts if start_ms <= at < end_ms]
    return sum(inside) / len(inside) if inside else None


def build_report(log: "SalesLog", session_id: int | None = None,
                 comments: CommentFigures | None = None) -> SessionReport:
    info = log.session(session_id)
    sid = info.session_id
    now = log.now_ms()
    dashboard = build_dashboard(log, info, now_ms=now)
    rates = log.fx_rates(sid)
    counts = log.viewer_counts(sid)
    changes = log.db.execute("SELECT at_ms, segment_index, title, product_sku FROM segment_changes "
                             "WHERE session_id = ? ORDER BY at_ms, id", (sid,)).fetchall()
    last_sale = log.db.execute("SELECT MAX(at_ms) FROM sales WHERE session_id = ?", (sid,)).fetchone()[0]
    session_end = info.ended_ms or max(now, last_sale or 0)
    windows = []
    for i, (start, index, title, sku) in enumerate(changes):
        end = changes[i + 1][0] if i + 1 < len(changes) else session_end
        totals = Totals(info.currency, rates)
        units = orders = 0
        for currency, u, o, t in log.db.execute(
                # by the segment the sale was logged in, within the window (end inclusive: a sale in
                # the same millisecond as the next segment change still belongs here)
                "SELECT currency, SUM(quantity), COUNT(*), SUM(total_minor) FROM sales WHERE session_id = ? "
                "AND undone_ms IS NULL AND segment_index = ? AND at_ms >= ? AND at_ms <= ? GROUP BY currency",
                (sid, index, start, end)):
            totals.add(t, currency)
            units, orders = units + u, orders + o
        avg = _viewers_between(counts, start, end)
        windows.append(WindowFigures(index, title, sku, start, end, units, orders, totals.in_base(), avg,
                                     orders / avg if avg else None))
    peak = max((v for _, v in counts), default=None)
    average = sum(v for _, v in counts) / len(counts) if counts else None
    if info.unique_viewers:
        conversion, basis = dashboard.orders / info.unique_viewers, "unique viewers"
    elif peak:
        conversion, basis = dashboard.orders / peak, "peak viewers"
    else:
        conversion, basis = None, ""
    undone = log.db.execute("SELECT COUNT(*) FROM sales WHERE session_id = ? AND undone_ms IS NOT NULL",
                            (sid,)).fetchone()[0]
    tracks = track_figures(log, sid, info.currency, rates, [(w.start_ms, w.end_ms, w.segment_index) for w in windows])
    return SessionReport(dashboard, windows, log.markers(sid),
                         ViewerFigures(peak, average, info.unique_viewers, conversion, basis),
                         rates, reconcile(log, sid), undone, now, tracks, comments)


@dataclass(frozen=True)
class ComparisonRow:
    session_id: int
    title: str
    started_ms: int
    duration_s: float
    gmv: Money
    units: int
    orders: int
    gmv_per_minute: Money
    average_order: Money
    target_progress: Decimal | None
    conversion: float | None
    top_product: str | None


def compare_sessions(log: "SalesLog", session_ids: list[int]) -> list[ComparisonRow]:
    """One row per session, each in its own reporting currency (no cross-session FX guessing)."""
    rows = []
    for sid in session_ids:
        report = build_report(log, sid)
        d = report.dashboard
        minutes = Decimal(max(d.elapsed_s, 1.0)) / 60
        rows.append(ComparisonRow(
            sid, d.session.title, d.session.started_ms, d.elapsed_s, d.gmv, d.units, d.orders,
            Money(int((Decimal(d.gmv.amount_minor) / minutes).to_integral_value()), d.gmv.currency),
            Money(d.gmv.amount_minor // d.orders if d.orders else 0, d.gmv.currency),
            d.target_progress, report.viewers.conversion, d.products[0].sku if d.products else None))
    return rows
