"""A tiny text translation model built for the tests (no translation model can be downloaded here).

A SentencePiece model trained on a few hundred sentences and a 2-layer CTranslate2 Transformer
with random weights: the output is nonsense, but loading, tokenising, translating and decoding
run through the real code (ctranslate2.Translator, sentencepiece) exactly as with OPUS-MT.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import numpy as np

WORDS = ("lipstick matte red gold hoop earring scarf mug serum charger hat cream glasses shade "
         "color price offer stock order cart tonight today everyone watching light comfortable "
         "skin tone warranty bag recycled minutes hours week sensitive available").split()


def corpus(n: int = 400, seed: int = 1) -> list[str]:
    rng = np.random.default_rng(seed)
    return [" ".join(rng.choice(WORDS, size=int(rng.integers(4, 10)))).capitalize() + "."
            for _ in range(n)]


def train_spm(folder: Path, name: str = "spm") -> Path:
    import sentencepiece as spm

    folder.mkdir(parents=True, exist_ok=True)
    text = folder / f"{name}.txt"
    text.write_text("\n".join(corpus()), "utf-8")
    spm.SentencePieceTrainer.train(input=str(text), model_prefix=str(folder / name), vocab_size=90,
                                   model_type="unigram", character_coverage=1.0, hard_vocab_limit=False,
                                   minloglevel=2)
    text.unlink()
    return folder / f"{name}.model"


def build_ct2_model(out_dir: Path, spm_model: Path, d_model: int = 16, ffn: int = 32, seed: int = 0,
                    extra_tokens: tuple[str, ...] = (), spec_options: dict | None = None,
                    config: dict | None = None) -> Path:
    """extra_tokens join the vocabulary after the SentencePiece pieces (language tokens of a
    multilingual model); spec_options go to TransformerSpec.from_config; config to the model's
    config.json (what the converter's set_config writes)."""
    import ctranslate2
    import sentencepiece as spm
    from ctranslate2.specs import model_spec, transformer_spec

    sp = spm.SentencePieceProcessor(model_file=str(spm_model))
    vocab = [sp.id_to_piece(i) for i in range(sp.get_piece_size())] + list(extra_tokens)
    rng = np.random.default_rng(seed)
    spec = transformer_spec.TransformerSpec.from_config(2, 2, **(spec_options or {}))
    for key, value in (config or {}).items():
        setattr(spec.config, key, value)

    def shape_for(name: str) -> tuple[int, ...]:
        if name.endswith(("gamma", "beta")) or (name.endswith("bias") and "linear" not in name):
            return (d_model,)
        if "embeddings" in name or name.endswith("projection/weight"):
            return (len(vocab), d_model)
        if name.endswith("ffn/linear_0/weight"):
            return (ffn, d_model)
        if name.endswith("ffn/linear_1/weight"):
            return (d_model, ffn)
        if name.endswith("self_attention/linear_0/weight"):
            return (3 * d_model, d_model)
        if name.endswith("attention/linear_1/weight") and "/attention/" in name:
            return (2 * d_model, d_model)   # cross-attention: fused keys and values
        return (d_model, d_model)

    def fill(spec_obj, name, value):
        if value is None:
            attr = name.split("/")[-1]
            data = (np.ones if attr == "gamma" else np.zeros if attr == "beta" else
                    (lambda s: rng.normal(0, 0.3, s)))(shape_for(name))
            setattr(spec_obj, attr, np.asarray(data, dtype=np.float32))

    model_spec.visit_spec(spec, fill)
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.validate()
    spec.optimize(quantization=None)
    out_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(out_dir))
    ctranslate2.Translator(str(out_dir))  # fails here if the spec is inconsistent
    return out_dir


def opus_mt_folder(folder: Path, source: str = "en", target: str = "es") -> Path:
    """An OPUS-MT-style CTranslate2 folder: model.bin + source.spm/target.spm + translation.json."""
    spm_model = train_spm(folder / "_spm")
    build_ct2_model(folder, spm_model)
    for side in ("source", "target"):
        (folder / f"{side}.spm").write_bytes(spm_model.read_bytes())
    (folder / "translation.json").write_text(json.dumps({"source": source, "target": target}), "utf-8")
    for f in (folder / "_spm").iterdir():
        f.unlink()
    (folder / "_spm").rmdir()
    return folder


def argos_package(path: Path, source: str = "zh", target: str = "en") -> Path:
    """An Argos .argosmodel zip: <dir>/metadata.json, <dir>/model/, <dir>/sentencepiece.model."""
    work = path.parent / f"_{path.stem}"
    spm_model = train_spm(work / "spm")
    build_ct2_model(work / "model", spm_model)
    top = f"translate-{source}_{target}-0_1"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(f"{top}/metadata.json", json.dumps({"package_version": "0.1", "from_code": source,
                                                        "to_code": target, "type": "translate"}))
        zf.write(spm_model, f"{top}/sentencepiece.model")
        for f in (work / "model").iterdir():
            zf.write(f, f"{top}/model/{f.name}")
        zf.writestr(f"{top}/stanza/README", "stanza is not used by the studio")
    path.write_bytes(buf.getvalue())
    return path
