"""Comment understanding: intent, product and quantity accuracy per language, and latency per comment.

    .venv/bin/python benchmarks/bench_comments_understand.py COMMENTS.jsonl --show SHOW.show.md [--no-aliases] [--errors]

COMMENTS.jsonl: one {"id", "text", "lang", "intent", "sku", "quantity"} per line (sku and quantity
may be null). Product accuracy counts a null label too: naming no product when the comment names
none is right. --no-aliases drops the show's aliases column, to see what the names, the word lists
and the encoder find alone (a catalog nobody wrote aliases for). Latency: one analyze() call per
comment, in order, after one warm-up; the load average is printed before and after (2 shared cores).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from studio.comments.understand import CommentAnalyzer  # noqa: E402
from studio.show import load_show  # noqa: E402


def uptime() -> str:
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True, timeout=5).stdout.strip()
    except OSError:
        return "uptime unavailable"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("comments", type=Path)
    ap.add_argument("--show", type=Path, required=True)
    ap.add_argument("--no-aliases", action="store_true")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args(argv)

    rows = [json.loads(line) for line in args.comments.read_text(encoding="utf-8").splitlines() if line.strip()]
    show = load_show(args.show)
    if args.no_aliases:
        for p in show.products:
            p.aliases = []
    print(f"load before: {uptime()}")
    analyzer = CommentAnalyzer(show, host_language=show.language, translator=False)
    analyzer.analyze("warm-up")
    stats: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    latencies = []
    for r in rows:
        started = time.perf_counter()
        u = analyzer.analyze(r["text"])
        latencies.append((time.perf_counter() - started) * 1000)
        for lang in (r.get("lang", "?"), "all"):
            s = stats[lang]
            s["intent"].append(u.intent == r["intent"])
            s["sku"].append(u.sku == r.get("sku"))
            s["lang"].append(u.lang == r.get("lang"))
            if r["intent"] == "buy":
                s["quantity"].append(u.quantity == r.get("quantity"))
        if args.errors and (u.intent != r["intent"] or u.sku != r.get("sku") or
                            (r["intent"] == "buy" and u.quantity != r.get("quantity"))):
            print(f"  {r.get('id', ''):10} intent {r['intent']}->{u.intent}  sku {r.get('sku')}->{u.sku}  "
                  f"qty {r.get('quantity')}->{u.quantity}  lang {r.get('lang')}->{u.lang}  {r['text']}")
    print(f"load after: {uptime()}")
    print(f"\n{len(rows)} comments, show {args.show.name}{' without aliases' if args.no_aliases else ''}")
    print(f"{'lang':6}{'n':>5}{'intent':>8}{'product':>9}{'qty(buy)':>10}{'lang id':>9}")
    for lang in sorted(k for k in stats if k != "all") + ["all"]:
        s = stats[lang]
        qty = f"{np.mean(s['quantity']):10.3f}" if s["quantity"] else f"{'-':>10}"
        print(f"{lang:6}{len(s['intent']):5d}{np.mean(s['intent']):8.3f}{np.mean(s['sku']):9.3f}{qty}{np.mean(s['lang']):9.3f}")
    lat = np.array(latencies)
    print(f"\nlatency per comment: p50 {np.percentile(lat, 50):.1f} ms, p95 {np.percentile(lat, 95):.1f} ms, "
          f"max {lat.max():.1f} ms (goal p95 <= 50 ms)")
    groups = analyzer.groups()
    print(f"{len(groups)} question groups; largest: " + "; ".join(g.summary for g in groups[:5]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
