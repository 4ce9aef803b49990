"""Semantic claim check figures: cross-validated precision/recall, the held-out sets, speed.

    .venv/bin/python benchmarks/bench_claims_semantic.py [--captions 200] [--skip-cv]

1. Cross-validation on assets/compliance/semantic/labeled (5 folds, thresholds for each fold
   calibrated on the other folds): per language and per category, the classifier alone.
2. tests/compliance/data/heldout.jsonl and heldout3.jsonl, line by line through the checker as
   `studio check --text` runs it (rules alone, then rules + semantic): a line counts as flagged
   when it gets a warn or block finding in its market. These sets were measured before (for
   the rules) and are NOT blind for this work: they are reported, never trained on.
3. Per-caption check time (rules + semantic; a caption with two translations, as the captions
   thread checks it), p50/p95, after the classifier is loaded; load time; head file size.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from studio.compliance import Checker, RuleSeverity  # noqa: E402
from studio.compliance.evaluate import load_labeled  # noqa: E402
from studio.compliance.semantic import HEAD_NAME, semantic_dir, shared_classifier  # noqa: E402
from studio.core.events import CaptionEvent  # noqa: E402

DATA = ROOT / "tests" / "compliance" / "data"
LANGS = ["en", "zh", "es", "pt", "id", "vi", "th", "ar"]


def cross_validated() -> None:
    import train_claims as tc
    from studio.compliance.semantic import model_input

    rows = tc.load_rows()
    y = np.array([tc.label(r) for r in rows])
    aug = tc.notes_augmentation(rows)
    vecs = tc.embed_all([model_input(r["text"], r.get("notes")) for r in rows] + [t for t, _, _ in aug],
                        ROOT / ".cache" / "claims_embeddings.npz")
    x, aug_x = vecs[:len(rows)], vecs[len(rows):]
    aug_y = np.array([lab for _, lab, _ in aug], dtype=int)
    aug_src = np.array([i for _, _, i in aug], dtype=int)
    _, pred, _ = tc.cross_validate(rows, x, y, (aug_x, aug_y, aug_src), tc.DEFAULT_L2, tc.DEFAULT_KNN_K,
                                   tc.DEFAULT_KNN_WEIGHT)
    tc.report(rows, y, pred, f"Cross-validated, classifier alone ({len(rows)} labeled lines, 5 folds; "
                             f"P/R(flag): any category; P/R(cat): the right category)")


def flagged(findings) -> bool:
    return any(f.severity is not RuleSeverity.INFO for f in findings)


def heldout(name: str) -> None:
    path = DATA / name
    if not path.exists():
        return
    rows = load_labeled(path)
    counts = {mode: defaultdict(lambda: [0, 0, 0]) for mode in ("rules", "rules+semantic")}
    misses = []
    checkers: dict[tuple[str, bool], Checker] = {}
    for row in rows:
        for mode, semantic in (("rules", False), ("rules+semantic", True)):
            key = (row["market"], semantic)
            checker = checkers.get(key)
            if checker is None:
                checker = checkers[key] = Checker([row["market"]], user_pack=False, semantic=semantic)
            got = flagged(checker.check_lines(row["text"], row["lang"]))
            for lang in (row["lang"], "all"):
                c = counts[mode][lang]
                c[0] += got and row["flag"]
                c[1] += got and not row["flag"]
                c[2] += row["flag"] and not got
            if semantic and got != row["flag"]:
                misses.append(f"    {'FP' if got else 'FN'} {row['id']} [{row['market']}] {row['text']}")
    print(f"\n{name} ({len(rows)} lines; measured before, not blind for this work): flagged = warn or block")
    print(f"{'lang':6}" + "".join(f"{m:>24}" for m in counts))
    for lang in LANGS + ["all"]:
        cells = []
        for mode in counts:
            tp, fp, fn = counts[mode][lang]
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            cells.append(f"P {p:.2f} R {r:.2f} ({tp + fn:2d})")
        print(f"{lang:6}" + "".join(f"{c:>24}" for c in cells))
    print("  rules + semantic errors:\n" + "\n".join(misses) if misses else "  no errors")


def timing(n_captions: int) -> None:
    started = time.perf_counter()
    clf = shared_classifier()
    load_ms = (time.perf_counter() - started) * 1000
    size_mb = (semantic_dir() / HEAD_NAME).stat().st_size / 1e6
    print(f"\nclassifier load (encoder + head, first use): {load_ms:.0f} ms "
          f"(encoder {getattr(clf.encoder, 'load_ms', float('nan')):.0f} ms); head file {size_mb:.2f} MB")
    rows = load_labeled(DATA / "labeled.jsonl")
    texts = [r["text"] for r in rows if r["lang"] == "en"] or [r["text"] for r in rows]
    es = [r["text"] for r in rows if r["lang"] == "es"]
    zh = [r["text"] for r in rows if r["lang"] == "zh"]
    for semantic in (False, True):
        checker = Checker(["US", "DE", "CN", "TIKTOK"], user_pack=False, semantic=semantic)
        checker.check_text("warm up", "en")
        times = []
        for i in range(n_captions):
            event = CaptionEvent("final", float(i), i + 2.0, i + 2.1, texts[i % len(texts)], "en",
                                 translations={"es": es[i % len(es)], "zh": zh[i % len(zh)]})
            t0 = time.perf_counter()
            checker.check_caption(event)
            times.append((time.perf_counter() - t0) * 1000)
        p50, p95 = np.percentile(times, [50, 95])
        label = "rules + semantic" if semantic else "rules only"
        print(f"per-caption check ({label}, caption + 2 translations, {n_captions} captions): "
              f"p50 {p50:.1f} ms, p95 {p95:.1f} ms")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--captions", type=int, default=200)
    ap.add_argument("--skip-cv", action="store_true")
    args = ap.parse_args()
    print(f"load: {os.getloadavg()[0]:.2f} (1 min), {os.cpu_count()} cores")
    if not args.skip_cv:
        cross_validated()
    heldout("heldout.jsonl")
    heldout("heldout3.jsonl")
    timing(args.captions)
    print(f"\nload at the end: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
