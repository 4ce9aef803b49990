"""Compliance figures: precision/recall per language, scan speed, per-caption check time.

    .venv/bin/python benchmarks/bench_compliance.py [--repeat 5]

Precision/recall come from tests/compliance/data/labeled.jsonl (written with the packs)
and heldout.jsonl (paraphrases written afterwards, never used for tuning), then any
heldout2/3....jsonl blind sets (each written before the rule change it measures). Scan speed
checks every labeled line against all markets at once (the worst case: CN, US, EU,
Gulf and TikTok Shop packs together); caption time checks a final caption with two
translations, as the live checker does on the captions thread.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio.compliance import Checker, load_rules  # noqa: E402
from studio.compliance.evaluate import evaluate, load_labeled  # noqa: E402
from studio.core.events import CaptionEvent  # noqa: E402

DATA = ROOT / "tests" / "compliance" / "data"
ALL_MARKETS = ["CN", "US", "DE", "FR", "ES", "PT", "AE", "SA", "TIKTOK"]


def print_scores(title: str, rows: list[dict], rules) -> None:
    scores = evaluate(rows, rules)
    print(f"\n{title} ({len(rows)} utterances)")
    print(f"{'lang':6}{'n':>5}{'precision':>11}{'recall':>8}{'tp':>5}{'fp':>4}{'fn':>4}")
    for lang in ["zh", "en", "es", "pt", "id", "vi", "th", "ar", "all"]:
        s = scores.get(lang)
        if s:
            print(f"{lang:6}{s.utterances:5d}{s.precision:11.3f}{s.recall:8.3f}{s.tp:5d}{s.fp:4d}{s.fn:4d}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    t0 = time.perf_counter()
    rules = load_rules(user_pack=False)
    checker = Checker(ALL_MARKETS, rules=rules)
    load_ms = (time.perf_counter() - t0) * 1000
    labeled = load_labeled(DATA / "labeled.jsonl")
    heldout = load_labeled(DATA / "heldout.jsonl")
    # Later blind sets, each written before the rule change it measures (docs/compliance.md).
    later = [(p.stem, load_labeled(p)) for p in sorted(DATA.glob("heldout[2-9].jsonl"))]
    print(f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f} "
          f"on {os.cpu_count()} cores; {len(rules)} rules loaded and compiled in {load_ms:.0f} ms")
    print_scores("Labeled set (used while writing the packs)", labeled, rules)
    print_scores("Held-out paraphrases (never used for tuning)", heldout, rules)
    for name, rows in later:
        print_scores(f"Blind set {name} (written before the rule change it measures)", rows, rules)

    texts = [(r["text"], r["lang"]) for r in labeled + heldout]
    for text, lang in texts:   # warm caches (OpenCC, compiled patterns)
        checker.check_text(text, lang)
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for text, lang in texts:
            checker.check_text(text, lang)
    elapsed = time.perf_counter() - t0
    n = len(texts) * args.repeat
    print(f"\nscan speed, all {len(ALL_MARKETS)} markets: {n / elapsed:,.0f} lines/s "
          f"({len(texts)} lines x {args.repeat})")
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for text, _lang in texts:
            checker.check_text(text, None)
    elapsed = time.perf_counter() - t0
    print(f"scan speed, language guessed from script: {n / elapsed:,.0f} lines/s")

    by_lang = {}
    for r in labeled:
        by_lang.setdefault(r["lang"], []).append(r["text"])
    captions = []
    for i, r in enumerate(labeled):
        others = [lang for lang in by_lang if lang != r["lang"]][:2]
        translations = {lang: by_lang[lang][i % len(by_lang[lang])] for lang in others}
        captions.append(CaptionEvent("final", 0.0, 2.0, 2.3, r["text"], r["lang"], translations))
    times_ms = []
    for _ in range(args.repeat):
        for event in captions:
            t0 = time.perf_counter()
            checker.check_caption(event)
            times_ms.append((time.perf_counter() - t0) * 1000)
    arr = np.asarray(times_ms)
    print(f"per-caption check (text + 2 translations, all markets): p50 {np.percentile(arr, 50):.3f} ms, "
          f"p95 {np.percentile(arr, 95):.3f} ms, max {arr.max():.3f} ms over {len(arr)} captions")


if __name__ == "__main__":
    main()
