"""After the live: the session report in HTML, JSON and CSV, session comparison, purge."""

from __future__ import annotations

import csv
import io
import json
import re

from studio.sales import SaleInput
from studio.sales.purge import purge
from studio.sales.render import (comparison_csv, comparison_html, comparison_json, report_csv, report_html,
                                 report_json)
from studio.sales.report import build_report, compare_sessions
from studio.show.money import Money


def _play_live(log, clock):
    """Three minutes: Ruby for 2 minutes (3 orders), gloss for 1 (1 order), viewers 200 then 400."""
    log.set_segment(1)
    log.add_viewer_count(200)
    clock.advance(30)
    log.log_sale(SaleInput(quantity=2))
    clock.advance(40)
    log.log_sale()
    log.add_marker("host mentioned free shipping")
    clock.advance(50)
    log.log_sale(SaleInput(coupon="AUTUMN", discount=Money(390, "USD")))
    log.set_segment(2)
    log.add_viewer_count(400)
    clock.advance(30)
    log.log_sale()
    log.log_sale()
    log.undo_last()
    clock.advance(30)
    log.end_session()


def test_report_windows_viewers_and_conversion(live, clock):
    _play_live(live, clock)
    report = build_report(live, 1)
    d = report.dashboard
    assert (d.units, d.orders, d.gmv) == (5, 4, Money(4 * 1990 - 390 + 1750, "USD"))
    assert [(w.title, w.orders, w.duration_s) for w in report.windows] == [("Ruby matte", 3, 120.0),
                                                                          ("Nude gloss", 1, 60.0)]
    assert report.windows[0].gmv_per_minute == Money((4 * 1990 - 390) // 2, "USD")
    assert report.windows[0].conversion == 3 / 200 and report.windows[1].conversion == 1 / 400
    assert (report.viewers.peak, report.viewers.conversion_basis, report.viewers.conversion) == (400, "peak viewers", 4 / 400)
    assert report.undone_sales == 1 and [m.note for m in report.markers] == ["host mentioned free shipping"]
    live.set_unique_viewers(2000, session_id=1)
    assert build_report(live, 1).viewers.conversion == 4 / 2000


def test_html_report_is_self_contained_with_charts(live, clock):
    _play_live(live, clock)
    html = report_html(build_report(live, 1))
    assert html.startswith("<!DOCTYPE html>") and html.count("<svg") == 3
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", html), "the report must not fetch anything"
    assert "<script" not in html
    for text in ("Autumn Lip Launch", "Velvet Matte Lipstick, Ruby", "Talk-track windows", "93.20 USD",
                 "host mentioned free shipping", "1 undone sale(s)"):
        assert text in html
    assert "<b>4</b>" in html                               # orders tile


def test_json_and_csv_reports_carry_exact_money(live, clock):
    _play_live(live, clock)
    report = build_report(live, 1)
    data = json.loads(report_json(report))
    assert data["totals"]["gmv"] == {"amount": "93.20", "currency": "USD", "minor_units": 9320}
    assert [p["sku"] for p in data["products"]] == ["LIP-RUBY", "LIP-NUDE"]
    assert data["products"][0]["stock_left"] == 196
    assert data["windows"][1]["title"] == "Nude gloss" and data["viewers"]["peak"] == 400
    rows = list(csv.DictReader(io.StringIO(report_csv(report))))
    total = next(r for r in rows if r["section"] == "total")
    assert (total["gmv"], total["units"], total["orders"]) == ("93.20", "5", "4")
    assert {r["section"] for r in rows} >= {"product", "segment", "window", "minute", "marker"}


def test_sessions_compare(log, show, clock):
    log.start_session("Monday", show=show)
    log.set_segment(1)
    log.log_sale(SaleInput(quantity=3))
    clock.advance(600)
    log.end_session()
    log.start_session("Tuesday", show=show)
    log.set_segment(3)
    log.log_sale()
    clock.advance(300)
    log.end_session()
    rows = compare_sessions(log, [1, 2])
    assert [(r.title, r.orders, r.gmv, r.top_product) for r in rows] == [
        ("Monday", 1, Money(5970, "USD"), "LIP-RUBY"), ("Tuesday", 1, Money(3900, "USD"), "EYE-AVI")]
    assert rows[0].gmv_per_minute == Money(597, "USD")
    assert json.loads(comparison_json(rows))[1]["gmv"]["amount"] == "39.00"
    assert "Monday" in comparison_html(rows) and "<svg" in comparison_html(rows)
    assert comparison_csv(rows).splitlines()[2].startswith("2,Tuesday,")


def test_purge_personal_data_then_a_whole_session(live, clock, db_path):
    live.set_segment(1)
    live.log_sale(SaleInput(buyer="Ana Pereira"))
    live.add_marker("note")
    counts = purge(live, personal=True, dry_run=True)
    assert counts.buyer_fields == 1 and live.db.execute("SELECT buyer FROM sales").fetchone() == ("Ana Pereira",)
    purge(live, personal=True)
    assert live.db.execute("SELECT buyer FROM sales").fetchone() == (None,)
    assert b"Ana Pereira" not in db_path.read_bytes()
    counts = purge(live, session_id=1)
    assert (counts.sessions, counts.sales, counts.markers) == (1, 1, 1)
    assert live.sessions() == [] and live.db.execute("SELECT COUNT(*) FROM sales").fetchone() == (0,)
    assert [p.sku for p in live.products()] == ["EAR-HOOP", "EYE-AVI", "LIP-NUDE", "LIP-RUBY"]   # catalog stays
