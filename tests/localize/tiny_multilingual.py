"""A tiny multilingual model with the NLLB-200 / M2M100 layout, built for the tests (neither
can be downloaded here, and transformers + torch, which ct2-transformers-converter needs, are
not installed).

The CTranslate2 spec is made the way the converter's M2M100Loader makes it (pre-norm, ReLU, no
embedding layer norm, decoder starting from </s>), the vocabulary is SentencePiece pieces plus
the family's language tokens, and the folder holds what a converted model holds (model.bin,
config.json, shared_vocabulary.json, sentencepiece.bpe.model). Weights are random: the output is
nonsense, but loading, tokenising, the forced target-language token and decoding run through
the real code exactly as with the real models.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from studio.captions.translate.langcodes import SEED_LANGUAGES, model_token
from tests.captions.tiny_mt import build_ct2_model, train_spm


def multilingual_folder(folder: Path, family: str = "m2m100") -> Path:
    from ctranslate2.specs import common_spec

    spm_model = train_spm(folder.parent / f"_{folder.name}_spm")
    languages = tuple(dict.fromkeys(model_token(family, code) for code in SEED_LANGUAGES + ("de", "ja")))
    extra = languages + (("madeupword0", "madeupword1") if family == "m2m100" else ("<mask>",))
    build_ct2_model(folder, spm_model, extra_tokens=extra,
                    spec_options={"pre_norm": True, "activation": common_spec.Activation.RELU,
                                  "layernorm_embedding": False},
                    config={"decoder_start_token": "</s>", "bos_token": "<s>", "eos_token": "</s>",
                            "unk_token": "<unk>"})
    shutil.copyfile(spm_model, folder / "sentencepiece.bpe.model")
    shutil.rmtree(spm_model.parent)
    return folder
