"""Train the comment intent head from the labeled comments and write assets/comments/intent_head.npz.

    .venv/bin/python scripts/train_comments.py              # cross-validate, then write the head
    .venv/bin/python scripts/train_comments.py --cv-only    # figures only

Data: assets/comments/labeled/<lang>.jsonl ({"id", "lang", "text", "intent", "sku", "quantity"}), plus
the folded-in blind sets tests/comments/data/blind1/ to blind12/ (--no-dev leaves them out).
The fitting code is the claim head's (scripts/train_claims.py: logistic regression on e5 vectors
with a nearest-neighbour vote); the figures are 5-fold out-of-fold accuracy per language, the
head alone and with the analyzer's buy-code rules on top (what `studio comments classify` does).

Deterministic like the claim head's script: fixed fold seed, one BLAS thread (set before numpy
loads), and a fingerprint of the head printed at the end. Before writing, it lists every labeled
comment whose intent (head + rules) flips against the head it replaces.
"""

from __future__ import annotations

import json
import os
import sys
from collections import defaultdict
from pathlib import Path

# Before numpy loads its BLAS: one thread, so the same data gives the same head bit for bit
# (a multi-threaded sum changes the last bits, and L-BFGS turns those into different weights).
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_claims import class_weights, embed_all, fingerprint, head_arguments, stratified_folds, train_lr  # noqa: E402

from studio.comments.understand.intent_head import (HEAD_NAME, INTENTS, IntentHead, comments_assets_dir,  # noqa: E402
                                                    labeled_dir, predict)
from studio.comments.understand.intent_rules import apply_rules  # noqa: E402
from studio.comments.understand.vi_accents import restore_accents  # noqa: E402

DEFAULT_L2 = 1e-2        # 5-fold: 1e-3..1e-1 all within 0.93 +- 0.01 (noise); this was the best
DEFAULT_KNN_K = 5
DEFAULT_KNN_WEIGHT = 0.4


# blind comment sets folded in after their one measurement: other writers' wording, trained on by
# default like the claim head's blind sets (--no-dev leaves them out to measure on them)
DEV_DIRS = [ROOT / "tests" / "comments" / "data" / f"blind{n}" for n in range(1, 13)]
FOLD_SEED = 7


def load_rows(folder: Path | None = None) -> list[dict]:
    paths = sorted((folder or labeled_dir()).glob("*.jsonl"))
    rows = [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    unknown = [r.get("id") for r in rows if r.get("intent") not in INTENTS]
    if unknown:
        raise SystemExit(f"rows with an unknown intent: {unknown[:10]}")
    return rows


def fit(x, y, l2):
    return train_lr(x, y, l2, class_weights(y, len(INTENTS)), n_classes=len(INTENTS))


def served_text(row: dict) -> str:
    """The text the analyzer reads: Vietnamese typed without accents gets them back before the head and the
    rules see it (CommentAnalyzer.analyze), so the head learns and is measured on that form too."""
    return restore_accents(row["text"]) if row["lang"] == "vi" else row["text"]


def with_rules(rows, probs):
    """The analyzer's rules on the out-of-fold head (the row's own language stands in for the detected one)."""
    out = []
    for r, row in zip(rows, probs):
        intent, _ = apply_rules(served_text(r), r["lang"], INTENTS[int(row.argmax())], float(row.max()))
        out.append(INTENTS.index(intent))
    return np.array(out)


def label_flips(old: IntentHead, new: IntentHead, x: np.ndarray, rows: list[dict]) -> list[str]:
    """Labeled comments whose intent (head + rules) the new head decides differently from the one it
    replaces: the borderline lines a retrain moved, fixed or broke."""
    before = with_rules(rows, old.probabilities(x))
    after = with_rules(rows, new.probabilities(x))
    out = []
    for r, b, a in zip(rows, before, after):
        if b != a:
            mark = "fixed" if INTENTS[a] == r["intent"] else ("broken" if INTENTS[b] == r["intent"] else "moved")
            out.append(f"  {mark:6} {r['id']:14} {INTENTS[b]:>9} -> {INTENTS[a]:9} (want {r['intent']}) {r['text'][:90]}")
    return out


def report(rows, y, pred, title):
    by_lang = defaultdict(list)
    for i, r in enumerate(rows):
        by_lang[r["lang"]].append(i)
    print(f"\n{title}\n{'lang':6}{'n':>5}{'acc':>7}")
    for lang in sorted(by_lang) + ["all"]:
        idx = np.array(by_lang[lang] if lang != "all" else range(len(rows)))
        print(f"{lang:6}{len(idx):5d}{(pred[idx] == y[idx]).mean():7.3f}")
    # confusion: rows are the labels, columns what was predicted
    print(f"{'label':10}" + "".join(f"{name[:8]:>9}" for name in INTENTS))
    for c, name in enumerate(INTENTS):
        print(f"{name:10}" + "".join(f"{int(((y == c) & (pred == k)).sum()):9d}" for k in range(len(INTENTS))))


def main(argv=None) -> int:
    args = head_arguments(__doc__, DEFAULT_L2, DEFAULT_KNN_K, DEFAULT_KNN_WEIGHT,
                          ROOT / ".cache" / "comments_embeddings.npz", comments_assets_dir() / HEAD_NAME).parse_args(argv)
    rows = load_rows() + ([] if args.no_dev else [dict(r, dev=d.name) for d in DEV_DIRS for r in load_rows(d)])
    y = np.array([INTENTS.index(r["intent"]) for r in rows])
    x = embed_all([served_text(r) for r in rows], args.cache)
    folds = stratified_folds(y, 5, seed=FOLD_SEED)
    oof = np.zeros((len(y), len(INTENTS)))
    for f in range(5):
        tr, te = folds != f, folds == f
        w, b = fit(x[tr], y[tr], args.l2)
        oof[te] = predict(x[te], w, b, x[tr], y[tr], args.knn_k, args.knn_weight)
    pred = oof.argmax(axis=1)
    report(rows, y, pred, f"5-fold out-of-fold, head alone (l2={args.l2}, k={args.knn_k}, knn weight={args.knn_weight})")
    ruled = with_rules(rows, oof)
    report(rows, y, ruled, "5-fold out-of-fold, head + the analyzer's rules (buy codes, question cues)")
    for name in [d.name for d in DEV_DIRS]:
        dev = np.array([i for i, r in enumerate(rows) if r.get("dev") == name], dtype=int)
        if len(dev):
            report([rows[i] for i in dev], y[dev], ruled[dev], f"the same, on the folded-in blind set {name} only (out of fold)")
    if args.errors:
        for i in np.flatnonzero(ruled != y):
            print(f"  {rows[i]['id']:10} want {INTENTS[y[i]]:10} got {INTENTS[ruled[i]]:10} {rows[i]['text']}")
    if args.cv_only:
        return 0
    w, b = fit(x, y, args.l2)
    arrays = {"classes": np.array(INTENTS), "weights": w, "bias": b, "knn_k": np.int32(args.knn_k),
              "knn_weight": np.float32(args.knn_weight), "example_vecs": x.astype(np.float16),
              "example_class": y.astype(np.int16)}
    if args.out.exists():
        flips = label_flips(IntentHead.load(args.out), IntentHead(arrays), x, rows)
        print(f"\ncomments whose intent flips against {args.out.name} ({len(flips)}; "
              "fixed = now right, broken = was right)")
        print("\n".join(flips) if flips else "  none")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, **arrays)
    print(f"\nwrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB) from {len(rows)} comments, "
          f"fingerprint {fingerprint(arrays)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
