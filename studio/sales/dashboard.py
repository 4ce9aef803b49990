"""Live figures of one session: GMV, units, orders per product and segment, GMV per minute,
stock left and progress to target. Computed by SQL aggregation, so it costs the same at
the first sale and at the 10,000th (benchmarks/bench_sales.py measures it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from studio.sales.fx import Totals
from studio.sales.model import Sale, SegmentRef, SessionInfo
from studio.show.money import Money

if TYPE_CHECKING:
    from studio.sales.log import SalesLog


@dataclass(frozen=True)
class ProductFigures:
    sku: str
    name: str
    units: int
    orders: int
    gmv: Money                 # in the session currency
    stock: int | None          # stock for the live, from the catalog
    stock_left: int | None
    unconverted: dict[str, Money] = field(default_factory=dict)   # sold in currencies without an FX rate


@dataclass(frozen=True)
class SegmentFigures:
    index: int | None          # None: sales logged before any segment started
    title: str
    product_sku: str | None
    units: int
    orders: int
    gmv: Money
    unconverted: dict[str, Money] = field(default_factory=dict)


@dataclass(frozen=True)
class MinuteFigures:
    minute: int                # minutes since the session started
    units: int
    orders: int
    gmv: Money


@dataclass(frozen=True)
class Dashboard:
    """What the sales panel and `studio sales dashboard` show. Money is in the session currency."""

    session: SessionInfo
    gmv: Money
    gmv_by_currency: dict[str, Money]
    units: int
    orders: int
    products: list[ProductFigures]
    segments: list[SegmentFigures]
    per_minute: list[MinuteFigures]
    target_progress: Decimal | None     # gmv / target, 1 = target reached
    missing_fx: tuple[str, ...]         # currencies sold without a rate: not in `gmv`
    current_segment: SegmentRef | None
    last_sale: Sale | None
    elapsed_s: float


_LIVE = "session_id = ? AND undone_ms IS NULL"


def _grouped(log: "SalesLog", key: str, session: SessionInfo, rates) -> dict:
    """{key value: (units, orders, Totals, name)} over live (not undone) sales."""
    out: dict = {}
    for k, name, currency, units, orders, total in log.db.execute(
            f"SELECT {key}, MAX(product_name), currency, SUM(quantity), COUNT(*), SUM(total_minor) "
            f"FROM sales WHERE {_LIVE} GROUP BY 1, currency", (session.session_id,)):
        u, o, t, _ = out.get(k, (0, 0, Totals(session.currency, rates), name))
        t.add(total, currency)
        out[k] = (u + units, o + orders, t, name)
    return out


def build_dashboard(log: "SalesLog", session: SessionInfo, *, now_ms: int) -> Dashboard:
    rates = log.fx_rates(session.session_id)
    catalog = {p.sku: p for p in log.products()}
    sid = session.session_id

    by_product = _grouped(log, "sku", session, rates)
    products = []
    for sku, (units, orders, totals, name) in sorted(by_product.items(), key=lambda kv: -kv[1][2].in_base().amount_minor):
        stock = catalog[sku].stock if sku in catalog else None
        products.append(ProductFigures(sku, name, units, orders, totals.in_base(), stock,
                                       None if stock is None else stock - units, totals.unconverted()))

    by_segment = _grouped(log, "segment_index", session, rates)
    titles = {i: (t, sku) for i, t, sku in log.db.execute(
        "SELECT segment_index, title, product_sku FROM session_segments WHERE session_id = ?", (sid,))}
    for i, t, sku in log.db.execute(
            "SELECT segment_index, title, product_sku FROM segment_changes WHERE session_id = ? ORDER BY id", (sid,)):
        titles.setdefault(i, (t, sku))
    zero = Money(0, session.currency)
    segments = []
    for index in sorted(set(titles) | set(by_segment), key=lambda i: (i is not None, i if i is not None else -1)):
        title, sku = titles.get(index, ("Before the first segment" if index is None else f"Segment {index + 1}", None))
        units, orders, totals, _ = by_segment.get(index, (0, 0, None, None))
        segments.append(SegmentFigures(index, title, sku, units, orders, totals.in_base() if totals else zero,
                                       totals.unconverted() if totals else {}))

    per_minute = []
    minutes = _grouped(log, f"(at_ms - {int(session.started_ms)}) / 60000", session, rates)
    for minute in sorted(minutes):
        units, orders, totals, _ = minutes[minute]
        per_minute.append(MinuteFigures(int(minute), units, orders, totals.in_base()))

    overall = Totals(session.currency, rates)
    units = orders = 0
    for currency, u, o, total in log.db.execute(
            f"SELECT currency, SUM(quantity), COUNT(*), SUM(total_minor) FROM sales WHERE {_LIVE} "
            f"GROUP BY currency", (sid,)):
        overall.add(total, currency)
        units += u
        orders += o
    gmv = overall.in_base()
    progress = None
    if session.target is not None and session.target.amount_minor > 0:
        progress = Decimal(gmv.amount_minor) / Decimal(session.target.amount_minor)
    last = log.db.execute(f"SELECT id FROM sales WHERE {_LIVE} ORDER BY at_ms DESC, id DESC LIMIT 1",
                          (sid,)).fetchone()
    end_ms = session.ended_ms or now_ms
    return Dashboard(
        session=session, gmv=gmv, gmv_by_currency=overall.as_money(), units=units, orders=orders,
        products=products, segments=segments, per_minute=per_minute, target_progress=progress,
        missing_fx=overall.missing_rates,
        current_segment=log.current_segment(sid) if session.is_open else None,
        last_sale=log.sale(last[0]) if last else None,
        elapsed_s=max(0.0, (end_ms - session.started_ms) / 1000))
