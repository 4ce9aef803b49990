"""The intent head: question, buy, complaint, praise or other, from the comment's e5 vector.

Same model as the claim head (studio/compliance/semantic.py): logistic regression over the
shared encoder's vectors, blended with a nearest-neighbour vote over the labeled comments
(assets/comments/labeled/<lang>.jsonl); written by scripts/train_comments.py.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from studio import paths
from studio.comments.understand.vectors import dot_rows
from studio.compliance.semantic import blend, softmax, vote_of_nearest

INTENTS = ("question", "buy", "complaint", "praise", "other")
HEAD_NAME = "intent_head.npz"


class HeadMissing(RuntimeError):
    """No trained head file: run scripts/train_comments.py."""


def comments_assets_dir() -> Path:
    return paths.assets_dir() / "comments"


def labeled_dir() -> Path:
    return comments_assets_dir() / "labeled"


class IntentHead:
    def __init__(self, data: dict[str, np.ndarray]):
        self.classes = tuple(str(c) for c in data["classes"])
        self.weights = data["weights"].astype(np.float32)
        self.bias = data["bias"].astype(np.float32)
        self.knn_k = int(data["knn_k"])
        self.knn_weight = float(data["knn_weight"])
        self.example_vecs = data["example_vecs"].astype(np.float32)
        self.example_class = data["example_class"].astype(np.int64)

    @classmethod
    def load(cls, path: Path | None = None) -> "IntentHead":
        path = path or comments_assets_dir() / HEAD_NAME
        if not path.exists():
            raise HeadMissing(f"comment intent head missing: {path} (run scripts/train_comments.py)")
        with np.load(path, allow_pickle=False) as data:
            return cls({k: data[k] for k in data.files})

    def probabilities(self, vecs: np.ndarray) -> np.ndarray:
        return predict(vecs, self.weights, self.bias, self.example_vecs, self.example_class,
                       self.knn_k, self.knn_weight)

    def intents(self, vecs: np.ndarray) -> list[tuple[str, float]]:
        probs = self.probabilities(vecs)
        return [(self.classes[int(i)], float(row[int(i)])) for row, i in zip(probs, probs.argmax(axis=1))]


def predict(vecs, weights, bias, example_vecs, example_class, knn_k: int, knn_weight: float) -> np.ndarray:
    """(n, C) blended probabilities: the one formula training and the analyzer share."""
    return blend(softmax(dot_rows(vecs, weights) + bias),
                 vote_of_nearest(dot_rows(vecs, example_vecs), example_class, len(bias), knn_k), knn_weight)
