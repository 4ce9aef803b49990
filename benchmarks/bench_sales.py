"""Sales log figures: durable sales logged per second, dashboard time, and report time on a
100,000-sale database. Prints figures; run by hand: .venv/bin/python benchmarks/bench_sales.py

Options: --sales N (logged one by one, default 1000), --big N (report database, default 100000),
--dir PATH (where the temporary databases go; default the system temp folder — use a folder on
the disk you want to measure).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio.sales import SaleInput, SalesLog  # noqa: E402
from studio.sales.render import report_csv, report_html, report_json  # noqa: E402
from studio.sales.report import build_report  # noqa: E402
from studio.show import load_show  # noqa: E402

SHOW = ROOT / "assets" / "shows" / "autumn-lip-launch.show.md"


def bench_logging(folder: Path, count: int, synchronous: str) -> tuple[float, list[float]]:
    """Sales per second through log_sale (one durable transaction each) and per-sale latencies."""
    path = folder / f"log-{synchronous.lower()}.sqlite"
    with SalesLog.open(path) as log:
        log.db.execute(f"PRAGMA synchronous={synchronous}")
        log.start_session(show=load_show(SHOW))
        log.set_segment(1)
        latencies_ms = []
        start = time.perf_counter()
        for _ in range(count):
            t0 = time.perf_counter()
            log.log_sale(SaleInput())
            latencies_ms.append((time.perf_counter() - t0) * 1000)
        elapsed = time.perf_counter() - start
        if synchronous == "FULL":
            dash_ms, _ = timed(lambda: log.dashboard(), repeat=5)
            print(f"dashboard on {count:,} sales (the dock refreshes it every 2 s): {dash_ms:.1f} ms")
    return count / elapsed, latencies_ms


def build_big(path: Path, sales: int) -> None:
    """A 3-hour live with `sales` sales spread over the segments, markers and viewer counts."""
    rng = random.Random(7)
    show = load_show(SHOW)
    clock = {"now": 1_795_000_000_000}
    with SalesLog.open(path, clock_ms=lambda: clock["now"]) as log:
        info = log.start_session(show=show)
        duration_ms = 3 * 3600 * 1000
        changes = sorted(rng.sample(range(1, duration_ms), 40))
        rows, viewers = [], []
        seg_at = []
        for k, at in enumerate(changes):
            index = k % len(show.segments)
            seg = show.segments[index]
            seg_at.append((info.started_ms + at, index, seg.title, seg.product_sku))
        prices = {p.sku: p.price.amount_minor for p in show.products}
        for i in range(sales):
            at = info.started_ms + int(duration_ms * i / sales)
            current = max((s for s in seg_at if s[0] <= at), default=None, key=lambda s: s[0])
            sku = (current[3] if current and current[3] else rng.choice(list(prices)))
            qty = rng.choice((1, 1, 1, 2, 3))
            discount = rng.choice((0, 0, 0, 200))
            rows.append({"session_id": info.session_id, "at_ms": at,
                         "segment_index": current[1] if current else None,
                         "segment_title": current[2] if current else None, "sku": sku, "product_name": sku,
                         "quantity": qty, "unit_price_minor": prices[sku], "discount_minor": discount,
                         "total_minor": prices[sku] * qty - discount, "currency": "USD",
                         "coupon": "AUTUMN" if discount else None, "note": "", "origin": "bench",
                         "undone_ms": at + 1000 if rng.random() < 0.01 else None})
        for minute in range(180):
            viewers.append({"session_id": info.session_id, "at_ms": info.started_ms + minute * 60_000,
                            "viewers": 800 + rng.randint(0, 1500), "source": "imported"})
        with log.write() as db:
            db["segment_changes"].insert_all([{"session_id": info.session_id, "at_ms": a, "segment_index": i,
                                               "title": t, "product_sku": s} for a, i, t, s in seg_at])
            db["sales"].insert_all(rows, batch_size=5000)
            db["viewer_counts"].insert_all(viewers)
            db["markers"].insert_all([{"session_id": info.session_id, "at_ms": info.started_ms + m * 600_000,
                                       "note": f"marker {m}"} for m in range(18)])
        clock["now"] = info.started_ms + duration_ms
        log.end_session()


def timed(fn, repeat: int = 3) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best * 1000, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sales", type=int, default=1000)
    parser.add_argument("--big", type=int, default=100_000)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-sales-", dir=args.dir))
    try:
        print(f"load average before: {os.getloadavg()}  (2 cores shared with the team)")
        print(f"databases in {folder} ")
        for sync in ("FULL", "NORMAL"):
            rate, lat = bench_logging(folder, args.sales, sync)
            lat.sort()
            label = "durable, the studio's setting" if sync == "FULL" else "reference only, not power-safe"
            print(f"log_sale with WAL + synchronous={sync:6} ({label}): {rate:7.0f} sales/s; latency "
                  f"median {statistics.median(lat):.2f} ms, p99 {lat[int(len(lat) * 0.99) - 1]:.2f} ms")
        big = folder / "big.sqlite"
        t0 = time.perf_counter()
        build_big(big, args.big)
        print(f"built {args.big:,} sales in {time.perf_counter() - t0:.1f} s; file {big.stat().st_size / 1e6:.1f} MB")
        open_ms, log = timed(lambda: SalesLog.open(big), repeat=1)
        print(f"open with health check (quick_check) on {args.big:,} sales: {open_ms:.0f} ms")
        with log:
            dash_ms, dash = timed(lambda: log.dashboard(1))
            print(f"dashboard on {args.big:,} sales: {dash_ms:.0f} ms  (GMV {dash.gmv}, {dash.orders:,} orders)")
            report_ms, report = timed(lambda: build_report(log, 1))
            print(f"report figures (incl. {len(report.windows)} talk-track windows): {report_ms:.0f} ms")
            for name, render in (("HTML", report_html), ("JSON", report_json), ("CSV", report_csv)):
                ms, text = timed(lambda: render(report))
                print(f"  render {name}: {ms:.1f} ms ({len(text) / 1000:.0f} kB)")
            total_ms, _ = timed(lambda: report_html(build_report(log, 1)))
            print(f"report end to end (figures + HTML) on {args.big:,} sales: {total_ms:.0f} ms")
        print(f"load average after: {os.getloadavg()}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
