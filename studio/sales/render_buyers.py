"""The report's buyers' side: talk-track A vs B (GMV per minute) and what buyers said (questions,
buys, complaints per product, segment and language) beside GMV — as JSON, CSV rows and HTML."""

from __future__ import annotations

from studio.sales.comment_figures import NO_PRODUCT, IntentCounts
from studio.sales.report import SessionReport
from studio.show.money import Money


def _money(m: Money | None) -> dict | None:
    return None if m is None else {"amount": str(m.to_decimal()), "currency": m.currency}


def buyers_to_dict(r: SessionReport) -> dict:
    out: dict = {"talk_tracks": [{"track": t.track, "on_air_s": t.on_air_ms / 1000, "orders": t.orders,
                                  "units": t.units, "gmv": _money(t.gmv), "gmv_per_minute": _money(t.gmv_per_minute)}
                                 for t in r.tracks]}
    if r.comments is not None:
        out["comments"] = r.comments.to_json()
    return out


def buyers_csv_rows(r: SessionReport) -> list[list]:
    """Rows for the report's CSV (columns: section, key, label, units, orders, gmv, currency, extra)."""
    rows = []
    for t in r.tracks:
        per_min = t.gmv_per_minute
        rows.append(["talk_track", t.track, "", t.units, t.orders, t.gmv.to_decimal(), t.gmv.currency,
                     f"on_air_s={t.on_air_ms / 1000:.0f}" + ("" if per_min is None else f";gmv_per_minute={per_min.to_decimal()}")])
    c = r.comments
    if c is not None:
        for section, table in (("comments_product", c.by_product), ("comments_segment", c.by_segment),
                               ("comments_language", c.by_language)):
            for key, n in sorted(table.items(), key=lambda kv: str(kv[0])):
                rows.append([section, "" if key is None else key, "", "", "", "", "", _counts_text(n)])
    return rows


def _counts_text(n: IntentCounts) -> str:
    return f"comments={n.comments};questions={n.question};buys={n.buy};complaints={n.complaint}"


def buyers_html(r: SessionReport, table) -> list[str]:
    """HTML parts; `table(headers, rows, numeric_from)` is the report's table maker (it escapes every cell)."""
    parts: list[str] = []
    if any(t.track == "B" and t.on_air_ms > 0 for t in r.tracks):
        parts += ["<h2>Talk-track A vs B</h2>",
                  table(["Track", "On air", "Orders", "Units", "GMV", "GMV / min"],
                        [[t.track, f"{t.on_air_ms / 60000:.1f} min", t.orders, t.units, t.gmv,
                          "–" if t.gmv_per_minute is None else t.gmv_per_minute] for t in r.tracks], 1)]
    c = r.comments
    if c is None:
        return parts
    d = r.dashboard
    gmv_by_sku = {p.sku: p for p in d.products}
    gmv_by_segment = {g.index: g for g in d.segments}
    titles = {w.segment_index: w.title for w in r.windows}
    parts += [f"<h2>What buyers said</h2><p>{int(c.comments)} comment(s) during the session; "
              f"{c.linked_sales} sale(s) ({c.linked_units} unit(s)) logged from a buy comment.</p>"]
    rows = []
    for sku, n in sorted(c.by_product.items(), key=lambda kv: (kv[0] == NO_PRODUCT, kv[0])):
        p = gmv_by_sku.get(sku)
        rows.append([p.name if p else sku or "(no product)", n.question, n.buy, n.complaint,
                     "" if p is None else p.gmv])
    parts.append(table(["Product", "Questions", "Buys", "Complaints", "GMV"], rows, 1))
    rows = []
    for index, n in sorted(c.by_segment.items(), key=lambda kv: -1 if kv[0] is None else kv[0]):
        g = gmv_by_segment.get(index)
        title = "(before the first segment)" if index is None else titles.get(index, g.title if g else str(index + 1))
        rows.append([title, n.question, n.buy, n.complaint, "" if g is None else g.gmv])
    parts.append(table(["Segment", "Questions", "Buys", "Complaints", "GMV"], rows, 1))
    parts.append(table(["Language", "Comments", "Questions", "Buys", "Complaints"],
                       [[lang, n.comments, n.question, n.buy, n.complaint]
                        for lang, n in sorted(c.by_language.items(), key=lambda kv: -kv[1].comments)], 1))
    return parts
