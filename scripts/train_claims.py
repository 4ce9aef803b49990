"""Train the semantic claim head from the labeled utterances and write claims_head.npz.

    .venv/bin/python scripts/train_claims.py              # cross-validate, calibrate, write the head
    .venv/bin/python scripts/train_claims.py --cv-only    # figures only
    .venv/bin/python scripts/train_claims.py --no-dev     # without the folded-in blind sets (to measure on them)

Data (scripts/claims_data.py): assets/compliance/semantic/labeled/<lang>.jsonl, plus the blind sets folded in after their
one measurement (tests/compliance/data/blind4.jsonl ... blind7.jsonl: other authors' wording, the
most valuable lines we have; --no-dev leaves them out so they can serve as a dev set, --hold-out
blind8.jsonl leaves one out). Never
tests/compliance/data/heldout*.jsonl, which are evaluation sets. Model: multinomial logistic regression (L2, L-BFGS) on e5 embeddings,
blended with a nearest-neighbour vote. Thresholds per category are calibrated on out-of-fold
predictions of a stratified k-fold split of this data; the figures printed use, for each fold,
thresholds calibrated on the OTHER folds only, so they are an estimate on unseen lines.

Deterministic: fixed seeds for the folds and the notes augmentation, one BLAS thread (a
multi-threaded sum changes the last bits, and L-BFGS turns those into different weights), and
a fingerprint of the head printed at the end. Before writing, the script lists every labeled
line whose verdict flips against the head it replaces, so a retrain's borderline flips are seen.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from collections import defaultdict
from pathlib import Path

# Before numpy loads its BLAS: one thread, so the same data gives the same head bit for bit.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import numpy as np  # noqa: E402
from scipy.optimize import minimize  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from studio.compliance.semantic import (HEAD_NAME, NONE_CLASS, ClaimHead, blend, knn_vote,  # noqa: E402
                                        model_input, semantic_dir, softmax)
# the data half (labeled rows, DEV_SETS, embeddings, notes augmentation), re-exported for the scripts that import it here
from claims_data import (AUGMENT_SEED, CLASSES, DEV_SETS, ROOT, embed_all, encoder, label, load_dev_rows,  # noqa: E402,F401
                         load_rows, notes_augmentation)

TARGET_PRECISION = 0.94      # calibrate each category to this, then take the most recall
MIN_THRESHOLD = 0.20         # a category read at under 1 in 5 is no finding, whatever the calibration allows (green
                             # reached the old floor 0.15 and read 'Tap the orange cart to order.' after an eco note)
# Cultural readings go through the markets' taboo topics (studio.compliance.culture_topics), which
# drop pork, wine and dress outside the markets that hold the taboo: the head may say more.
# Declined promises ("results vary, I promise nothing") are dropped by a reader of the line
# (context_facts.yaml results_disclaimer) whatever the head says, so guaranteed results may
# take a lower threshold too.
TARGET_BY_CATEGORY = {"cultural_sensitivity": 0.85, "guaranteed_results": 0.90}
MARGIN_BAND = 0.10           # the readings just over a threshold...
MARGIN_PRECISION = 0.5       # ...are right at least as often as wrong (_hold_the_margin)
DEFAULT_L2 = 3e-3            # chosen by cross-validation (1e-3..1e-2 within 0.01 of each other)
DEFAULT_KNN_K = 7
DEFAULT_KNN_WEIGHT = 0.4
FOLD_SEED = 7


def train_lr(x: np.ndarray, y: np.ndarray, l2: float, sample_w: np.ndarray | None = None,
             n_classes: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Weights and bias on the raw embeddings. e5 vectors all point roughly the same way, so the
    fit runs on standardised features and the scaling is folded back into the weights.
    n_classes: defaults to the claim classes (scripts/train_comments.py passes its own)."""
    mean, std = x.mean(axis=0), x.std(axis=0) + 1e-6
    x = (x - mean) / std
    n, d = x.shape
    c = n_classes or len(CLASSES)
    onehot = np.eye(c)[y]
    sw = np.ones(n) if sample_w is None else sample_w
    xb = np.hstack([x, np.ones((n, 1))]).astype(np.float64)

    def loss(theta):
        w = theta.reshape(c, d + 1)
        z = xb @ w.T
        z -= z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        p = np.exp(logp)
        nll = -(sw[:, None] * onehot * logp).sum() / sw.sum()
        reg = 0.5 * l2 * (w[:, :-1] ** 2).sum()
        grad = ((p - onehot) * sw[:, None]).T @ xb / sw.sum()
        grad[:, :-1] += l2 * w[:, :-1]
        return nll + reg, grad.ravel()

    res = minimize(loss, np.zeros(c * (d + 1)), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    w = res.x.reshape(c, d + 1)
    weights = w[:, :-1] / std
    return weights.astype(np.float32), (w[:, -1] - weights @ mean).astype(np.float32)


def class_weights(y: np.ndarray, n_classes: int | None = None) -> np.ndarray:
    n_classes = n_classes or len(CLASSES)
    counts = np.bincount(y, minlength=n_classes).astype(float)
    per_class = counts.sum() / (n_classes * np.maximum(counts, 1))
    return np.sqrt(per_class)[y]          # soften: rare categories count more, not wildly more


def stratified_folds(y: np.ndarray, k: int, seed: int, langs: list[str] | None = None) -> np.ndarray:
    """Folds stratified by category AND language: every fold holds each language's share of
    each category, so the per-language figures are each a cross-validation of that language."""
    rng = np.random.default_rng(seed)
    fold = np.empty(len(y), dtype=int)
    strata = list(zip(y.tolist(), langs)) if langs is not None else [(c, "") for c in y.tolist()]
    offset = 0
    for key in sorted(set(strata)):
        idx = np.array([i for i, s in enumerate(strata) if s == key])
        rng.shuffle(idx)
        fold[idx] = (np.arange(len(idx)) + offset) % k
        offset += len(idx)          # small strata do not all land in fold 0
    return fold


def decide(probs: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    """Predicted class per row: the top claim category if over its threshold, else none."""
    none = CLASSES.index(NONE_CLASS)
    claims = probs.copy()
    claims[:, none] = -1
    top = claims.argmax(axis=1)
    return np.where(claims[np.arange(len(top)), top] >= thresholds[top], top, none)


def calibrate(probs: np.ndarray, y: np.ndarray, target: float = TARGET_PRECISION) -> np.ndarray:
    """Per category: the lowest threshold whose precision (lines flagged with that category that
    really are it) stays at the target; recall is what is left to gain."""
    none = CLASSES.index(NONE_CLASS)
    thresholds = np.full(len(CLASSES), 0.5)
    claims = probs.copy()
    claims[:, none] = -1
    top = claims.argmax(axis=1)
    score = claims[np.arange(len(top)), top]
    for c in range(len(CLASSES)):
        if c == none:
            continue
        want = TARGET_BY_CATEGORY.get(CLASSES[c], target) if target == TARGET_PRECISION else target
        mine = top == c
        best = 0.5
        for t in np.arange(0.95, MIN_THRESHOLD - 0.005, -0.01):
            sel = mine & (score >= t)
            if sel.sum() == 0:
                continue
            # a line flagged under a neighbouring category is still a line a reviewer stops
            if (y[sel] != none).mean() >= want and (y[sel] == c).mean() >= want - 0.1:
                best = t
        thresholds[c] = _hold_the_margin(best, mine, score, y != none)
    return thresholds


def _hold_the_margin(threshold: float, mine: np.ndarray, score: np.ndarray, is_claim: np.ndarray) -> float:
    """Raise a threshold while the readings just above it (MARGIN_BAND wide) are right less often than MARGIN_PRECISION.
    The target above holds for everything over the threshold together, so each set that adds confident lines of a
    category lets its threshold slide down over lines that are mostly wrong (round 28: with sets 28-30 in training,
    disparagement 0.27 -> 0.22, where readings of 0.23-0.43 were right 35-40% of the time out of fold, and an MX hard
    negative read at 0.361 became a finding)."""
    while threshold < 0.95:
        band = mine & (score >= threshold) & (score < threshold + MARGIN_BAND)
        if not band.any() or is_claim[band].mean() >= MARGIN_PRECISION:
            break
        threshold += 0.01
    return threshold


def fit(x, y, train_idx, aug_x, aug_y, l2, knn_k, knn_w):
    xt = np.vstack([x[train_idx], aug_x]) if len(aug_x) else x[train_idx]
    yt = np.concatenate([y[train_idx], aug_y]) if len(aug_y) else y[train_idx]
    w, b = train_lr(xt, yt, l2, class_weights(yt))
    return w, b


def predict(x_test, w, b, ex_x, ex_y, knn_k, knn_w):
    return blend(softmax(x_test @ w.T + b), knn_vote(x_test, ex_x, ex_y, len(CLASSES), knn_k), knn_w)


def cross_validate(rows, x, y, aug, l2, knn_k, knn_w, k=5, seed=FOLD_SEED):
    folds = stratified_folds(y, k, seed, [r["lang"] for r in rows])
    oof = np.zeros((len(y), len(CLASSES)))
    aug_x, aug_y, aug_src = aug
    for f in range(k):
        train_idx = np.flatnonzero(folds != f)
        test_idx = np.flatnonzero(folds == f)
        keep = np.isin(aug_src, train_idx)          # augmentation built from training rows only
        w, b = fit(x, y, train_idx, aug_x[keep], aug_y[keep], l2, knn_k, knn_w)
        oof[test_idx] = predict(x[test_idx], w, b, x[train_idx], y[train_idx], knn_k, knn_w)
    # thresholds for fold f calibrated on the other folds' predictions only
    pred = np.empty(len(y), dtype=int)
    for f in range(k):
        other = folds != f
        pred[folds == f] = decide(oof[folds == f], calibrate(oof[other], y[other]))
    return oof, pred, folds


def report(rows, y, pred, title):
    none = CLASSES.index(NONE_CLASS)
    by_lang = defaultdict(list)
    for i, r in enumerate(rows):
        by_lang[r["lang"]].append(i)
    print(f"\n{title}")
    print(f"{'lang':6}{'n':>6}{'pos':>6}{'P(flag)':>9}{'R(flag)':>9}{'P(cat)':>8}{'R(cat)':>8}{'hardneg FP':>12}")
    for lang in sorted(by_lang, key=lambda l: -len(by_lang[l])) + ["all"]:
        idx = np.array(by_lang[lang] if lang != "all" else range(len(rows)))
        yt, yp = y[idx], pred[idx]
        pos, flag = yt != none, yp != none
        tp_flag = (pos & flag).sum()
        tp_cat = (pos & (yp == yt)).sum()
        hard = np.array([rows[i].get("hard_negative", False) for i in idx])
        print(f"{lang:6}{len(idx):6d}{pos.sum():6d}{tp_flag / max(flag.sum(), 1):9.3f}{tp_flag / max(pos.sum(), 1):9.3f}"
              f"{tp_cat / max(flag.sum(), 1):8.3f}{tp_cat / max(pos.sum(), 1):8.3f}"
              f"{(hard & flag).sum():6d}/{hard.sum():<5d}")
    print(f"\n{'category':26}{'n':>5}{'P':>7}{'R':>7}")
    for c, name in enumerate(CLASSES):
        if c == none:
            continue
        sel, got = y == c, pred == c
        print(f"{name:26}{sel.sum():5d}{(sel & got).sum() / max(got.sum(), 1):7.3f}{(sel & got).sum() / max(sel.sum(), 1):7.3f}")


def head_arguments(doc: str, l2: float, knn_k: int, knn_weight: float, cache: Path, out: Path) -> argparse.ArgumentParser:
    """The options every head-training script takes (this one and scripts/train_comments.py)."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--l2", type=float, default=l2)
    ap.add_argument("--knn-k", type=int, default=knn_k)
    ap.add_argument("--knn-weight", type=float, default=knn_weight)
    ap.add_argument("--cache", type=Path, default=cache)
    ap.add_argument("--out", type=Path, default=out)
    ap.add_argument("--errors", action="store_true", help="print the cross-validated mistakes")
    ap.add_argument("--no-dev", action="store_true", help="leave the folded-in blind sets out of training")
    return ap


def head_arrays(w, b, thresholds, knn_k, knn_weight, x, y, inputs, langs) -> dict[str, np.ndarray]:
    return {"classes": np.array(CLASSES), "weights": w, "bias": b, "thresholds": thresholds.astype(np.float32),
            "knn_k": np.int32(knn_k), "knn_weight": np.float32(knn_weight),
            "example_vecs": x.astype(np.float16), "example_class": y.astype(np.int16),
            "example_texts": np.array(inputs), "example_langs": np.array(langs)}


def fingerprint(arrays: dict[str, np.ndarray]) -> str:
    """Same data and code -> same fingerprint (the check that a retrain is reproducible)."""
    digest = hashlib.sha1()
    for key in sorted(arrays):
        digest.update(key.encode())
        digest.update(np.ascontiguousarray(arrays[key]).tobytes())
    return digest.hexdigest()[:12]


def label_flips(old: ClaimHead, new: ClaimHead, x: np.ndarray, rows: list[dict]) -> list[str]:
    """Labeled lines the new head decides differently from the one it replaces (None -> a
    category, a category -> None or another): the borderline lines a retrain moved."""
    out = []
    for r, before, after in zip(rows, old.verdicts(x), new.verdicts(x)):
        if before.category != after.category:
            want = r.get("category") or NONE_CLASS
            mark = "fixed" if after.category == r.get("category") else (
                "broken" if before.category == r.get("category") else "moved")
            out.append(f"  {mark:6} {r['id']:14} {before.category or NONE_CLASS:>24} -> "
                       f"{after.category or NONE_CLASS:24} (want {want}; {after.score:.2f}) {r['text'][:90]}")
    return out


def main(argv=None) -> int:
    parser = head_arguments(__doc__, DEFAULT_L2, DEFAULT_KNN_K, DEFAULT_KNN_WEIGHT,
                            ROOT / ".cache" / "claims_embeddings.npz", semantic_dir() / HEAD_NAME)
    parser.add_argument("--hold-out", action="append", default=[], choices=DEV_SETS,
                      help="leave this folded-in blind set out of training (repeatable)")
    parser.add_argument("--previous", type=Path, default=None,
                      help="the head to list verdict flips against (default: the --out file before it is replaced)")
    args = parser.parse_args(argv)

    rows = load_rows() + ([] if args.no_dev else load_dev_rows(leave_out=tuple(args.hold_out)))
    y = np.array([label(r) for r in rows])
    aug = notes_augmentation(rows)
    aug_src = np.array([i for _, _, i in aug], dtype=int)   # a fold uses only its own rows' pairs
    inputs = [model_input(r["text"], r.get("notes")) for r in rows]
    vecs = embed_all(inputs + [t for t, _, _ in aug], args.cache)
    x, aug_x = vecs[:len(rows)], vecs[len(rows):]
    aug_y = np.array([lab for _, lab, _ in aug], dtype=int)
    print(f"{len(rows)} labeled lines, {len(aug)} notes-augmented pairs", file=sys.stderr)

    oof, pred, _ = cross_validate(rows, x, y, (aug_x, aug_y, aug_src), args.l2, args.knn_k, args.knn_weight)
    report(rows, y, pred, f"5-fold cross-validation stratified by category and language (l2={args.l2}, "
                          f"knn k={args.knn_k} weight={args.knn_weight}); thresholds from the other folds")
    dev = np.array([i for i, r in enumerate(rows) if r.get("dev")], dtype=int)
    if len(dev):
        report([rows[i] for i in dev], y[dev], pred[dev], "the same, on the folded-in blind lines only (out of fold)")
    if args.errors:
        for i in np.flatnonzero(pred != y):
            print(f"  {rows[i]['id']:14} want {CLASSES[y[i]]:24} got {CLASSES[pred[i]]:24} "
                  f"{model_input(rows[i]['text'], rows[i].get('notes'))}")
    if args.cv_only:
        return 0
    thresholds = calibrate(oof, y)
    w, b = fit(x, y, np.arange(len(y)), aug_x, aug_y, args.l2, args.knn_k, args.knn_weight)
    arrays = head_arrays(w, b, thresholds, args.knn_k, args.knn_weight, x, y, inputs, [r["lang"] for r in rows])
    previous = args.previous or args.out
    if previous.exists():
        flips = label_flips(ClaimHead.load(previous), ClaimHead(arrays), x, rows)
        print(f"\nlines whose verdict flips against {previous.name} ({len(flips)}; "
              f"fixed = now right, broken = was right, moved = wrong both ways):")
        print("\n".join(flips) if flips else "  none")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, **arrays)
    print(f"\nthresholds: " + ", ".join(f"{c}={t:.2f}" for c, t in zip(CLASSES, thresholds) if c != NONE_CLASS))
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB), fingerprint {fingerprint(arrays)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
