"""Convert the 4-bit multilingual-e5-small file into a CTranslate2 encoder (the portable runtime).

The weights are the same ones the C engine computes with: each 4-bit block is expanded
back to float (scale × (q − 8)), then CTranslate2 stores them as int8 (per-row scales).
Run it once per installed model file; `load_encoder` does so on first use:

    python -m studio.language.ct2_convert [MODEL_FILE OUT_DIR]
"""

from __future__ import annotations

import json
import logging
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from studio.language.e5_file import E5File

log = logging.getLogger(__name__)

FOLDER = "ct2-int8"            # inside the model's folder in the models directory
STAMP = "converted_from.json"  # the source file's size and mtime: a re-import re-converts


def _linear(spec, e5: E5File, prefix: str, rows: int) -> None:
    spec.weight = e5.tensor(f"{prefix}.w", rows)
    spec.bias = e5.tensor(f"{prefix}.b").reshape(-1)


def _layer_norm(spec, e5: E5File, prefix: str) -> None:
    spec.gamma = e5.tensor(f"{prefix}.w").reshape(-1)
    spec.beta = e5.tensor(f"{prefix}.b").reshape(-1)


def build_spec(e5: E5File):
    from ctranslate2.specs import common_spec, transformer_spec

    c = e5.config
    encoder = transformer_spec.TransformerEncoderSpec(
        c.layers, c.heads, pre_norm=False, activation=common_spec.Activation.GELU,  # erf GELU, as BERT
        layernorm_embedding=True)
    spec = transformer_spec.TransformerEncoderModelSpec(encoder)
    spec.encoder.scale_embeddings = False
    spec.encoder.embeddings[0].weight = e5.tensor("emb.word", c.vocab_rows)
    # Every token has type 0, so that type's embedding is folded into the positions.
    positions = e5.tensor("emb.pos", c.max_positions) + e5.tensor("emb.type", c.token_types)[0]
    spec.encoder.position_encodings.encodings = positions
    _layer_norm(spec.encoder.layernorm_embedding, e5, "emb.ln")
    for i, layer in enumerate(spec.encoder.layer):
        fused = layer.self_attention.linear[0]
        fused.weight = np.concatenate([e5.tensor(f"l{i}.{p}.w", c.hidden) for p in "qkv"])
        fused.bias = np.concatenate([e5.tensor(f"l{i}.{p}.b").reshape(-1) for p in "qkv"])
        _linear(layer.self_attention.linear[1], e5, f"l{i}.ao", c.hidden)
        _layer_norm(layer.self_attention.layer_norm, e5, f"l{i}.aln")
        _linear(layer.ffn.linear_0, e5, f"l{i}.fi", c.ffn)
        _linear(layer.ffn.linear_1, e5, f"l{i}.fo", c.hidden)
        _layer_norm(layer.ffn.layer_norm, e5, f"l{i}.oln")
    pieces = e5.vocabulary.pieces
    # Ids go in, not strings; the vocabulary only has to name every embedding row once.
    spec.register_vocabulary(pieces + [f"<extra_id_{i}>" for i in range(c.vocab_rows - len(pieces))])
    spec.config.layer_norm_epsilon = c.eps
    spec.config.unk_token = pieces[e5.vocabulary.unk]
    return spec


def source_stamp(model_file: Path) -> dict:
    st = Path(model_file).stat()
    return {"file": Path(model_file).name, "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def is_current(out_dir: Path, model_file: Path) -> bool:
    try:
        return json.loads((out_dir / STAMP).read_text("utf-8")) == source_stamp(model_file)
    except (OSError, ValueError):
        return False


def convert(model_file: Path, out_dir: Path) -> Path:
    """Write the CTranslate2 model into out_dir (atomically: a half-written one never loads)."""
    started = time.perf_counter()
    spec = build_spec(E5File(model_file))
    spec.validate()
    spec.optimize(quantization="int8")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    try:
        spec.save(str(staging))
        (staging / STAMP).write_text(json.dumps(source_stamp(model_file)), "utf-8")
        staging.chmod(0o755)
        if out_dir.exists() and not is_current(out_dir, model_file):  # made from an older file
            shutil.rmtree(out_dir)
        if not out_dir.exists():  # else another process has just converted the same file
            staging.rename(out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    log.info("converted %s to CTranslate2 in %.1f s", model_file, time.perf_counter() - started)
    return out_dir


def main(argv: list[str]) -> int:
    if argv:
        model_file, out_dir = Path(argv[0]), Path(argv[1])
    else:
        from studio.language import MODEL_NAME
        from studio.models.registry import require_model

        model_file = require_model(MODEL_NAME)
        out_dir = model_file.parent / FOLDER
    print(f"converted into {convert(model_file, out_dir)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
