"""The semantic claim classifier: what a sentence claims, in any language.

    clf = shared_classifier()                      # lazy, once per process; raises SemanticUnavailable
    [v] = clf.classify(["fine lines vanish within a week, guaranteed"])
    v.category, v.score, v.similar_to              # "guaranteed_results", 0.97, "wrinkles gone in 3 days, ..."

The encoder (studio.language, multilingual-e5-small) turns a line into a 384-d vector; a
trained head (assets/compliance/semantic/claims_head.npz, written by scripts/train_claims.py
from the labeled utterances next to it) says which of the nine categories it claims, or none.
The verdict is market-agnostic: what it means in a market is the packs' semantic policy.

Producer notes are facts about the line ("[paid session with GlowLab]", "【划线价从未卖过】"):
the head reads them together with the line (`model_input`), so a note can turn a line into a
claim ("this is not sponsored") or out of one ("ends tonight" when the deadline is real).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from studio import paths
from studio.compliance.normalize import encoder_text

NONE_CLASS = "none"
HEAD_NAME = "claims_head.npz"
NEAREST_VETO = 0.5         # the share of the nearest examples' vote for "none" that keeps the regression from flagging


class SemanticUnavailable(RuntimeError):
    """The classifier cannot run (no encoder model, or no head file); rules still run."""


def semantic_dir() -> Path:
    return paths.assets_dir() / "compliance" / "semantic"


def labeled_dir() -> Path:
    return semantic_dir() / "labeled"


def model_input(text: str, notes: Sequence[str] | str | None = None) -> str:
    """The text the encoder reads: the segment's notes in brackets, then the line, lightly
    normalized (encoder_text: Arabic marks and tatweel, digits, Traditional Chinese).
    Training and the checker both build it here, so they cannot drift apart."""
    if isinstance(notes, str):
        notes = [notes] if notes.strip() else []
    wrapped = []
    for note in notes or ():
        note = note.strip()
        if note and note[0] not in "[【(（":
            note = f"[{note}]"
        if note:
            wrapped.append(note)
    return encoder_text(" ".join(wrapped + [text.strip()]))


@dataclass(frozen=True)
class ClaimVerdict:
    category: str | None          # None: no claim found
    score: float                  # the head's probability for `category` (or for the top category)
    top_category: str             # the most likely category even when under its threshold
    similar_to: str = ""          # nearest labeled example of `category` (what a producer can judge)
    similar_lang: str = ""

    @property
    def flagged(self) -> bool:
        return self.category is not None


class ClaimHead:
    """Multinomial logistic regression over e5 embeddings, blended with a nearest-neighbour
    vote over the labeled examples; per-category thresholds from cross-validation."""

    def __init__(self, data: dict[str, np.ndarray]):
        self.classes: tuple[str, ...] = tuple(str(c) for c in data["classes"])
        self.weights = data["weights"].astype(np.float32)            # (C, D)
        self.bias = data["bias"].astype(np.float32)                  # (C,)
        self.thresholds = data["thresholds"].astype(np.float32)      # (C,), none class unused
        self.knn_k = int(data["knn_k"])
        self.knn_weight = float(data["knn_weight"])
        self.example_vecs = data["example_vecs"].astype(np.float32)  # (N, D), L2-normalised
        self.example_class = data["example_class"].astype(np.int64)  # index into classes
        self.example_texts = [str(t) for t in data["example_texts"]]
        self.example_langs = [str(t) for t in data["example_langs"]]
        self.none_index = self.classes.index(NONE_CLASS)

    @classmethod
    def load(cls, path: Path) -> "ClaimHead":
        if not path.exists():
            raise SemanticUnavailable(f"claim classifier head missing: {path} (run scripts/train_claims.py)")
        with np.load(path, allow_pickle=False) as data:
            return cls({k: data[k] for k in data.files})

    def probabilities(self, vecs: np.ndarray) -> np.ndarray:
        """(n, C) blended class probabilities."""
        return self._probabilities(vecs, vecs @ self.example_vecs.T)[0]

    def _probabilities(self, vecs: np.ndarray, sims: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        knn = vote_of_nearest(sims, self.example_class, len(self.classes), self.knn_k)
        return blend(softmax(vecs @ self.weights.T + self.bias), knn, self.knn_weight), knn

    def verdicts(self, vecs: np.ndarray) -> list[ClaimVerdict]:
        sims = vecs @ self.example_vecs.T
        probs, knn = self._probabilities(vecs, sims)
        out = []
        for row, sim, near_vote in zip(probs, sims, knn):
            claims = row.copy()
            claims[self.none_index] = -1.0
            top = int(np.argmax(claims))
            # The regression alone does not flag a line whose nearest labeled examples say "no claim": it learns
            # a language's product words ("Esta crema deja la piel suave" read as medical at 0.9 next to a
            # labeled plain twin at 0.96 similarity). Held-out sets 22-23: precision up, no claim lost.
            flagged = claims[top] >= self.thresholds[top] and near_vote[self.none_index] < NEAREST_VETO
            # "similar to": the closest example of the category said, so the producer sees why.
            same = np.flatnonzero(self.example_class == top)
            near = int(same[np.argmax(sim[same])]) if len(same) else int(np.argmax(sim))
            out.append(ClaimVerdict(self.classes[top] if flagged else None, float(claims[top]), self.classes[top],
                                    self.example_texts[near], self.example_langs[near]))
        return out


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def knn_vote(vecs: np.ndarray, examples: np.ndarray, example_class: np.ndarray, n_classes: int, k: int,
             exclude_self: bool = False) -> np.ndarray:
    """(n, C) similarity-weighted vote of the k nearest labeled examples."""
    sims = vecs @ examples.T
    if exclude_self:
        np.fill_diagonal(sims, -np.inf)
    return vote_of_nearest(sims, example_class, n_classes, k)


def vote_of_nearest(sims: np.ndarray, example_class: np.ndarray, n_classes: int, k: int) -> np.ndarray:
    """knn_vote from the (n, examples) similarities the caller computed."""
    k = min(k, sims.shape[1])
    idx = np.argpartition(-sims, k - 1, axis=1)[:, :k]
    top = np.take_along_axis(sims, idx, axis=1)
    w = np.exp((top - top.max(axis=1, keepdims=True)) / 0.05)    # sharp: the nearest few decide
    votes = np.zeros((len(sims), n_classes), dtype=np.float64)
    np.add.at(votes, (np.repeat(np.arange(len(sims)), k), example_class[idx].ravel()), w.ravel())
    return votes / votes.sum(axis=1, keepdims=True)


def blend(lr: np.ndarray, knn: np.ndarray, knn_weight: float) -> np.ndarray:
    return (1.0 - knn_weight) * lr + knn_weight * knn


class ClaimClassifier:
    """Encoder + head. Thread-safe: the head is read-only, the encoder holds its own lock."""

    def __init__(self, encoder, head: ClaimHead, load_ms: float = 0.0):
        self.encoder = encoder
        self.head = head
        self.load_ms = load_ms

    def classify(self, texts: Sequence[str], notes: Sequence[Sequence[str] | str | None] | None = None
                 ) -> list[ClaimVerdict]:
        if not texts:
            return []
        notes = notes if notes is not None else [None] * len(texts)
        vecs = self.encoder.embed([model_input(t, n) for t, n in zip(texts, notes)], kind="query")
        return self.head.verdicts(np.asarray(vecs, dtype=np.float32))


_shared: ClaimClassifier | None = None
_shared_error: SemanticUnavailable | None = None
_lock = threading.Lock()


def shared_classifier() -> ClaimClassifier:
    """The process-wide classifier, loaded on first use; a failure is remembered (and raised
    again at once) so a missing model costs one attempt, not one per line."""
    global _shared, _shared_error
    with _lock:
        if _shared is not None:
            return _shared
        if _shared_error is not None:
            raise _shared_error
        started = time.perf_counter()
        try:
            encoder = _load_encoder()
            head = ClaimHead.load(semantic_dir() / HEAD_NAME)
        except SemanticUnavailable as exc:
            _shared_error = exc
            raise
        _shared = ClaimClassifier(encoder, head, (time.perf_counter() - started) * 1000)
        return _shared


def reset_shared_classifier() -> None:
    global _shared, _shared_error
    with _lock:
        _shared = None
        _shared_error = None


def _load_encoder():
    try:
        from studio.language.encoder import EncoderUnavailable, shared_encoder
    except ImportError as exc:  # the language layer is not in this build
        raise SemanticUnavailable(f"sentence encoder not available: {exc}") from exc
    try:
        return shared_encoder()
    except EncoderUnavailable as exc:
        raise SemanticUnavailable(str(exc)) from exc
