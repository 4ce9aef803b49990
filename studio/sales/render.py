"""Reports as JSON, CSV and self-contained HTML (inline CSS and SVG, nothing fetched)."""

from __future__ import annotations

import csv
import io
import json
import time
from decimal import Decimal
from html import escape

from studio.sales.render_buyers import buyers_csv_rows, buyers_html, buyers_to_dict
from studio.sales.report import ComparisonRow, SessionReport
from studio.sales.svg_charts import hbar_chart, minute_chart
from studio.show.money import Money


def iso_utc(ms: int | None) -> str | None:
    if ms is None:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ms / 1000)) + f".{ms % 1000:03d}Z"


def _money(m: Money) -> dict:
    return {"amount": str(m.to_decimal()), "currency": m.currency, "minor_units": m.amount_minor}


def money_text(m: Money, unconverted: dict[str, Money]) -> str:
    """'25.000 KWD + 19.90 USD': the converted sum plus what had no FX rate, never silently zero."""
    return " + ".join([str(m)] + [str(u) for u in unconverted.values()])


def _pct(x: Decimal | float | None) -> str:
    return "–" if x is None else f"{float(x) * 100:.1f}%"


def report_to_dict(r: SessionReport) -> dict:
    d = r.dashboard
    s = d.session
    return {
        "session": {"id": s.session_id, "title": s.title, "show": s.show_title, "currency": s.currency,
                    "started": iso_utc(s.started_ms), "ended": iso_utc(s.ended_ms), "duration_s": d.elapsed_s,
                    "target": _money(s.target) if s.target else None},
        "totals": {"gmv": _money(d.gmv), "units": d.units, "orders": d.orders,
                   "gmv_by_currency": [_money(m) for m in d.gmv_by_currency.values()],
                   "target_progress": str(d.target_progress) if d.target_progress is not None else None,
                   "currencies_without_fx_rate": list(d.missing_fx), "undone_sales": r.undone_sales},
        "fx_rates": {c: str(v) for c, v in r.fx_rates.items()},
        "products": [{"sku": p.sku, "name": p.name, "units": p.units, "orders": p.orders, "gmv": _money(p.gmv),
                      "gmv_without_fx_rate": [_money(m) for m in p.unconverted.values()],
                      "stock": p.stock, "stock_left": p.stock_left} for p in d.products],
        "segments": [{"index": g.index, "title": g.title, "product_sku": g.product_sku, "units": g.units,
                      "orders": g.orders, "gmv": _money(g.gmv),
                      "gmv_without_fx_rate": [_money(m) for m in g.unconverted.values()]} for g in d.segments],
        "windows": [{"segment_index": w.segment_index, "title": w.title, "start": iso_utc(w.start_ms),
                     "end": iso_utc(w.end_ms), "duration_s": w.duration_s, "units": w.units, "orders": w.orders,
                     "gmv": _money(w.gmv), "gmv_per_minute": _money(w.gmv_per_minute),
                     "avg_viewers": w.avg_viewers, "conversion": w.conversion} for w in r.windows],
        "gmv_per_minute": [{"minute": m.minute, "units": m.units, "orders": m.orders, "gmv": _money(m.gmv)}
                           for m in d.per_minute],
        "viewers": {"peak": r.viewers.peak, "average": r.viewers.average, "unique": r.viewers.unique,
                    "conversion": r.viewers.conversion, "conversion_basis": r.viewers.conversion_basis},
        "markers": [{"at": iso_utc(m.at_ms), "segment_index": m.segment_index, "note": m.note} for m in r.markers],
        "reconciliation": [{"sku": x.sku, "logged_units": x.logged_units, "platform_units": x.platform_units,
                            "cancelled_units": x.cancelled_units, "difference": x.difference,
                            "platform_amount": [_money(m) for m in x.platform_amount.values()]}
                           for x in r.reconciliation],
        "generated": iso_utc(r.generated_ms),
        **buyers_to_dict(r),
    }


def report_json(r: SessionReport) -> str:
    return json.dumps(report_to_dict(r), indent=2, ensure_ascii=False)


_CSV_HEADER = ["section", "key", "label", "units", "orders", "gmv", "currency", "extra"]


def report_csv(r: SessionReport) -> str:
    """One table with a `section` column (total, product, segment, window, minute, marker, reconcile)."""
    d = r.dashboard
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(_CSV_HEADER)
    cur = d.gmv.currency
    w.writerow(["total", d.session.session_id, d.session.title, d.units, d.orders, d.gmv.to_decimal(), cur,
                f"target_progress={d.target_progress}" if d.target_progress is not None else ""])
    for p in d.products:
        w.writerow(["product", p.sku, p.name, p.units, p.orders, p.gmv.to_decimal(), cur,
                    f"stock_left={p.stock_left}" if p.stock_left is not None else ""])
    for g in d.segments:
        w.writerow(["segment", "" if g.index is None else g.index, g.title, g.units, g.orders, g.gmv.to_decimal(), cur, g.product_sku or ""])
    for win in r.windows:
        extra = f"start={iso_utc(win.start_ms)};end={iso_utc(win.end_ms)}"
        if win.conversion is not None:
            extra += f";avg_viewers={win.avg_viewers:.0f};conversion={win.conversion:.4f}"
        w.writerow(["window", win.segment_index, win.title, win.units, win.orders, win.gmv.to_decimal(), cur, extra])
    for m in d.per_minute:
        w.writerow(["minute", m.minute, "", m.units, m.orders, m.gmv.to_decimal(), cur, ""])
    for mk in r.markers:
        w.writerow(["marker", iso_utc(mk.at_ms), mk.note, "", "", "", "", mk.segment_index if mk.segment_index is not None else ""])
    for x in r.reconciliation:
        w.writerow(["reconcile", x.sku, "", x.logged_units, x.platform_units, "", "", f"difference={x.difference}"])
    w.writerows(buyers_csv_rows(r))
    return out.getvalue()


_CSS = """
body{font-family:system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:24px auto;max-width:980px;color:#222}
h1{margin-bottom:4px} .sub{color:#666;margin-top:0}
.tiles{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.tile{background:#f6f6f6;border-radius:8px;padding:10px 16px;min-width:120px}
.tile b{display:block;font-size:22px}
table{border-collapse:collapse;margin:8px 0 20px;width:100%} th,td{padding:4px 8px;border-bottom:1px solid #ddd;text-align:left}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums} .warn{color:#b00020} .empty{color:#888}
"""


def _table(headers: list[str], rows: list[list], numeric_from: int = 1) -> str:
    head = "".join(f'<th class="{"n" if i >= numeric_from else ""}">{escape(h)}</th>' for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(
        f'<td class="{"n" if i >= numeric_from else ""}">{escape(str(c))}</td>' for i, c in enumerate(row)) + "</tr>"
        for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f"<style>{_CSS}</style></head><body>{body}</body></html>\n")


def _duration(seconds: float) -> str:
    m, s = divmod(int(seconds), 60)
    h, m = divmod(m, 60)
    return f"{h}h{m:02d}m" if h else f"{m}m{s:02d}s"


def report_html(r: SessionReport) -> str:
    d = r.dashboard
    s = d.session
    avg_order = Money(d.gmv.amount_minor // d.orders if d.orders else 0, d.gmv.currency)
    tiles = [("GMV", str(d.gmv)), ("Units", d.units), ("Orders", d.orders), ("Average order", str(avg_order)),
             ("Duration", _duration(d.elapsed_s))]
    if s.target:
        tiles.append((f"Target {s.target}", _pct(d.target_progress)))
    if r.viewers.conversion is not None:
        tiles.append((f"Conversion (orders / {r.viewers.conversion_basis})", _pct(r.viewers.conversion)))
    parts = [f"<h1>{escape(s.title)}</h1>",
             f'<p class="sub">Session {s.session_id} · started {escape(iso_utc(s.started_ms) or "")}'
             + (f" · show “{escape(s.show_title)}”" if s.show_title else "") + "</p>",
             '<div class="tiles">' + "".join(f'<div class="tile">{escape(k)}<b>{escape(str(v))}</b></div>'
                                             for k, v in tiles) + "</div>"]
    if d.missing_fx:
        parts.append(f'<p class="warn">Sales in {", ".join(d.missing_fx)} have no exchange rate in this '
                     f"session's FX snapshot and are not in the GMV above.</p>")
    minutes = int(d.elapsed_s // 60) + 1
    per_minute = [0] * max(minutes, (d.per_minute[-1].minute + 1) if d.per_minute else 0)
    for m in d.per_minute:
        if m.minute >= 0:
            per_minute[m.minute] = m.gmv.amount_minor
    parts += ["<h2>GMV per minute</h2>",
              minute_chart(per_minute, peak_label=f"GMV per minute (best minute {Money(max(per_minute), d.gmv.currency)})",
                           total_label=f"running total ({d.gmv})", target=s.target.amount_minor if s.target else None)]
    parts += ["<h2>Products</h2>",
              hbar_chart([(p.name, p.gmv.amount_minor, str(p.gmv)) for p in d.products]),
              _table(["Product", "SKU", "Units", "Orders", "GMV", "Stock left"],
                     [[p.name, p.sku, p.units, p.orders, money_text(p.gmv, p.unconverted),
                       "" if p.stock_left is None else p.stock_left]
                      for p in d.products], numeric_from=2)]
    parts += ["<h2>Segments</h2>",
              hbar_chart([(g.title, g.gmv.amount_minor, str(g.gmv)) for g in d.segments], colour="#2e86ab"),
              _table(["Segment", "Units", "Orders", "GMV"],
                     [[g.title, g.units, g.orders, money_text(g.gmv, g.unconverted)] for g in d.segments])]
    if r.windows:
        parts += ["<h2>Talk-track windows</h2>",
                  _table(["Segment", "From", "Length", "Units", "Orders", "GMV", "GMV / min", "Avg viewers", "Conversion"],
                         [[w.title, (iso_utc(w.start_ms) or "")[11:19], _duration(w.duration_s), w.units, w.orders,
                           w.gmv, w.gmv_per_minute, "" if w.avg_viewers is None else f"{w.avg_viewers:.0f}",
                           _pct(w.conversion) if w.conversion is not None else ""] for w in r.windows])]
    parts += buyers_html(r, _table)
    if r.viewers.peak is not None or r.viewers.unique:
        parts.append(f"<p>Viewers: peak {r.viewers.peak or '–'}, average "
                     f"{'–' if r.viewers.average is None else f'{r.viewers.average:.0f}'}, unique {r.viewers.unique or '–'}.</p>")
    if r.markers:
        parts += ["<h2>Markers</h2>", _table(["Time (UTC)", "Segment", "Note"],
                  [[(iso_utc(m.at_ms) or "")[11:19], "" if m.segment_index is None else m.segment_index + 1, m.note]
                   for m in r.markers], numeric_from=9)]
    if r.reconciliation:
        parts += ["<h2>Logged vs platform orders</h2>",
                  _table(["SKU", "Logged units", "Platform units", "Cancelled", "Difference"],
                         [[x.sku, x.logged_units, x.platform_units, x.cancelled_units, f"{x.difference:+d}"]
                          for x in r.reconciliation])]
    if r.fx_rates:
        parts += ["<h2>FX snapshot</h2>", _table(["Currency", f"{s.currency} per unit"],
                                                  [[c, v] for c, v in sorted(r.fx_rates.items())])]
    parts.append(f'<p class="sub">{r.undone_sales} undone sale(s) are kept in the file and not counted. '
                 f"Generated {escape(iso_utc(r.generated_ms) or '')} by Live Host Studio.</p>")
    return _page(f"Sales report – {s.title}", "".join(parts))


def comparison_to_list(rows: list[ComparisonRow]) -> list[dict]:
    return [{"session_id": c.session_id, "title": c.title, "started": iso_utc(c.started_ms),
             "duration_s": c.duration_s, "gmv": _money(c.gmv), "units": c.units, "orders": c.orders,
             "gmv_per_minute": _money(c.gmv_per_minute), "average_order": _money(c.average_order),
             "target_progress": None if c.target_progress is None else str(c.target_progress),
             "conversion": c.conversion, "top_product": c.top_product} for c in rows]


def comparison_json(rows: list[ComparisonRow]) -> str:
    return json.dumps(comparison_to_list(rows), indent=2, ensure_ascii=False)


def comparison_csv(rows: list[ComparisonRow]) -> str:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["session_id", "title", "started", "duration_s", "gmv", "currency", "units", "orders",
                "gmv_per_minute", "average_order", "target_progress", "conversion", "top_product"])
    for c in rows:
        w.writerow([c.session_id, c.title, iso_utc(c.started_ms), f"{c.duration_s:.0f}", c.gmv.to_decimal(),
                    c.gmv.currency, c.units, c.orders, c.gmv_per_minute.to_decimal(), c.average_order.to_decimal(),
                    "" if c.target_progress is None else c.target_progress,
                    "" if c.conversion is None else f"{c.conversion:.4f}", c.top_product or ""])
    return out.getvalue()


def comparison_html(rows: list[ComparisonRow]) -> str:
    same_currency = len({c.gmv.currency for c in rows}) == 1
    chart = (hbar_chart([(c.title, c.gmv.amount_minor, str(c.gmv)) for c in rows]) if same_currency else
             hbar_chart([(c.title, c.orders, f"{c.orders} orders") for c in rows]))
    table = _table(["Session", "Started (UTC)", "Length", "GMV", "Orders", "Units", "GMV / min", "Avg order",
                    "Target", "Conversion", "Top product"],
                   [[f"#{c.session_id} {c.title}", (iso_utc(c.started_ms) or "")[:16].replace("T", " "),
                     _duration(c.duration_s), c.gmv, c.orders, c.units, c.gmv_per_minute, c.average_order,
                     _pct(c.target_progress), _pct(c.conversion) if c.conversion is not None else "",
                     c.top_product or ""] for c in rows], numeric_from=3)
    note = "" if same_currency else "<p>The sessions report in different currencies: the chart compares orders.</p>"
    return _page("Session comparison", f"<h1>Session comparison</h1>{chart}{note}{table}")
