"""Audio helpers for the caption tests (16 kHz mono float32)."""

from __future__ import annotations

import numpy as np

SR = 16_000


def noise(seconds: float, seed: int = 0, dbfs: float = -62.0) -> np.ndarray:
    """Room noise: a quiet room's hiss, well below speech (about -20 dBFS)."""
    rng = np.random.default_rng(seed)
    return (rng.standard_normal(int(round(seconds * SR))) * 10 ** (dbfs / 20)).astype(np.float32)


def blocks(audio: np.ndarray, block_s: float = 0.1):
    n = int(block_s * SR)
    return [audio[i:i + n] for i in range(0, len(audio), n)]
