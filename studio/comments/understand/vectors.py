"""Dot products of one comment's vector with a few thousand stored vectors, without BLAS threads.

On this 2-core machine, shared with video, captions and the encoder, OpenBLAS wakes its threads
for a (1, 384) x (384, 2834) product and waits for a free core: 2-12 ms a comment at load 2-4,
against 0.3-0.4 ms for numpy's own single-threaded loop (einsum without optimize). Batches
(training, a show's descriptions) keep BLAS, which is faster there.
"""

from __future__ import annotations

import numpy as np

SMALL_BATCH = 8     # up to this many query rows: numpy's loop


def dot_rows(queries: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    """(n, m) = queries (n, d) @ matrix (m, d).T; a 1-D query gives (m,)."""
    if queries.ndim == 1:
        return np.einsum("kj,j->k", matrix, queries) if len(matrix) else np.zeros(0, dtype=np.float32)
    if len(queries) <= SMALL_BATCH:
        return np.einsum("ij,kj->ik", queries, matrix)
    return queries @ matrix.T
