"""Product matching on every folded-in comment set at once: accuracy, and where it goes wrong.

    .venv/bin/python benchmarks/bench_comments_devsets.py [--sets blind1 blind4] [--errors] [--latency]

Each set (tests/comments/data/blindN/) is run per show, without the shows' aliases, like the blind
measurements. Besides accuracy per language it splits the product errors the way they cost:
  wrong    - named another product than the label (the costly kind: a sale logged on the wrong SKU)
  missed   - named none, though the label names one
  spurious - named one, though the label names none (no product, or an ambiguous kind)
precision = right named / all named; recall = right named / all labelled with a product.
--without-catalog-kinds leaves out of the kinds taxonomy every kind of each show's catalog (and the
narrower ones): what the product matching does for a product area the taxonomy has never seen
(the encoder fallback, the names, the script and the words spelled by ear alone).
Intent here is in-sample for the head (it trains on these sets): use scripts/train_comments.py
for out-of-fold intent. Encoder vectors are memoised in .cache/ (--latency runs the encoder live
and prints p50/p95 per comment, wall clock and process CPU time, with the load).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_comments_understand import uptime  # noqa: E402

from studio.comments.understand import CommentAnalyzer  # noqa: E402
from studio.comments.understand import products as products_module  # noqa: E402
from studio.show import load_show  # noqa: E402

DATA = ROOT / "tests" / "comments" / "data"
CACHE = ROOT / ".cache" / "comments_devsets_vectors.npz"


class MemoEncoder:
    """The shared encoder with its vectors remembered by text (figures on product rules in seconds)."""

    def __init__(self, encoder, path: Path):
        self.encoder, self.path = encoder, path
        self.memo: dict[str, np.ndarray] = {}
        if path.exists():
            data = np.load(path, allow_pickle=False)
            self.memo = dict(zip(data["keys"].tolist(), data["vecs"]))
        self.dirty = False

    def embed(self, texts, kind="query"):
        batch = [texts] if isinstance(texts, str) else list(texts)
        keys = [hashlib.sha1(f"{kind}|{t}".encode()).hexdigest() for t in batch]
        todo = [i for i, k in enumerate(keys) if k not in self.memo]
        if todo:
            vecs = self.encoder.embed([batch[i] for i in todo], kind=kind)
            for i, v in zip(todo, vecs):
                self.memo[keys[i]] = v
            self.dirty = True
        return np.stack([self.memo[k] for k in keys]) if keys else np.zeros((0, 384), np.float32)

    def save(self):
        if self.dirty:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            np.savez(self.path, keys=np.array(list(self.memo)), vecs=np.stack(list(self.memo.values())))


def rows_of(folder: Path) -> list[dict]:
    return [json.loads(line) for p in sorted(folder.glob("*.jsonl"))
            for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def catalog_kinds(show) -> frozenset[str]:
    """The kinds the taxonomy knows for this show's products (names, segment titles, looks)."""
    phrases = [p.name for p in show.products] + [s.title for s in show.segments if s.product_sku] + [
        p.look.split(":")[0] for p in show.products if p.look and ":" in p.look]
    kinds = products_module.load_concepts()[1]
    return frozenset(products_module.concepts_of_names(phrases) & kinds)


def analyzer_for(show, encoder, without_catalog_kinds: bool) -> CommentAnalyzer:
    if not without_catalog_kinds:
        return CommentAnalyzer(show, host_language=show.language, translator=False, encoder=encoder)
    full = products_module.load_concepts
    removed = catalog_kinds(show)
    # the product matcher reads the taxonomy through this module global while it is built
    products_module.load_concepts = lambda: full(removed)
    try:
        return CommentAnalyzer(show, host_language=show.language, translator=False, encoder=encoder)
    finally:
        products_module.load_concepts = full


def run_set(folder: Path, encoder, errors: bool, latencies: list[tuple[float, float]],
            without_catalog_kinds: bool = False) -> dict:
    by_show = defaultdict(list)
    for r in rows_of(folder):
        # later sets name the show by its file stem, without .show.md
        name = r["show"] if r["show"].endswith(".show.md") else r["show"] + ".show.md"
        by_show[name].append(r)
    stats = defaultdict(lambda: defaultdict(int))
    for show_name, rows in sorted(by_show.items()):
        show = load_show(folder / show_name)
        for p in show.products:
            p.aliases = []
        analyzer = analyzer_for(show, encoder, without_catalog_kinds)
        analyzer.analyze("warm-up")
        for r in rows:
            started, cpu_started = time.perf_counter(), time.process_time()
            u = analyzer.analyze(r["text"])
            # wall clock, and the process's CPU time (what a quiet machine's wall clock approaches; moves less with load)
            latencies.append(((time.perf_counter() - started) * 1000, (time.process_time() - cpu_started) * 1000))
            want = r.get("sku")
            for lang in (r["lang"], "all"):
                s = stats[lang]
                s["n"] += 1
                s["intent"] += u.intent == r["intent"]
                s["product"] += u.sku == want
                s["labelled"] += want is not None
                s["named"] += u.sku is not None
                s["right_named"] += want is not None and u.sku == want
                s["wrong"] += want is not None and u.sku not in (None, want)
                s["missed"] += want is not None and u.sku is None
                s["spurious"] += want is None and u.sku is not None
                s["buys"] += r["intent"] == "buy"
                s["qty"] += r["intent"] == "buy" and u.quantity == r.get("quantity")
            qty_wrong = r["intent"] == "buy" and u.quantity != r.get("quantity")
            if errors and (u.sku != want or u.intent != r["intent"] or qty_wrong):
                qty = f"  qty {r.get('quantity')}->{u.quantity}" if qty_wrong else ""
                print(f"  {r['id']:12} intent {r['intent']}->{u.intent}  sku {want}->{u.sku}{qty}  {r['text']}")
    return stats


def print_table(title: str, stats: dict) -> None:
    print(f"== {title}")
    print(f"{'lang':5}{'n':>5}{'intent':>8}{'product':>9}{'prec':>7}{'recall':>8}{'wrong':>7}{'missed':>8}{'spur':>6}{'qty(buy)':>9}")
    for lang in sorted(k for k in stats if k != "all") + ["all"]:
        s = stats[lang]
        prec = s["right_named"] / s["named"] if s["named"] else 1.0
        rec = s["right_named"] / s["labelled"] if s["labelled"] else 1.0
        print(f"{lang:5}{s['n']:5d}{s['intent'] / s['n']:8.3f}{s['product'] / s['n']:9.3f}{prec:7.3f}{rec:8.3f}"
              f"{s['wrong']:7d}{s['missed']:8d}{s['spurious']:6d}{s['qty'] / max(s['buys'], 1):9.3f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # every folded-in set, in order (blind1, blind2, ... blind14 ...)
    folded = sorted((p.name for p in DATA.glob("blind*") if p.name[5:].isdigit()), key=lambda n: int(n[5:]))
    ap.add_argument("--sets", nargs="*", default=folded)
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--latency", action="store_true", help="live encoder, latency per comment")
    ap.add_argument("--without-catalog-kinds", action="store_true",
                    help="leave each show's catalog kinds out of the taxonomy (a product area it never saw)")
    args = ap.parse_args(argv)
    from studio.language.encoder import shared_encoder

    encoder = shared_encoder() if args.latency else MemoEncoder(shared_encoder(), CACHE)
    print(f"load before: {uptime()}")
    latencies: list[tuple[float, float]] = []
    # the per-language view over every set run: where the weakest kinds are
    total = defaultdict(lambda: defaultdict(int))
    for name in args.sets:
        stats = run_set(DATA / name, encoder, args.errors, latencies, args.without_catalog_kinds)
        print_table(name, stats)
        for lang, s in stats.items():
            for key, value in s.items():
                total[lang][key] += value
    if len(args.sets) > 1:
        print_table("all sets", total)
    print(f"load after: {uptime()}")
    if args.latency:
        wall, cpu = np.array(latencies).T
        print(f"latency per comment ({len(wall)}): wall p50 {np.percentile(wall, 50):.1f} ms, "
              f"p95 {np.percentile(wall, 95):.1f} ms, max {wall.max():.1f} ms; "
              f"CPU p50 {np.percentile(cpu, 50):.1f} ms, p95 {np.percentile(cpu, 95):.1f} ms")
    else:
        encoder.save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
