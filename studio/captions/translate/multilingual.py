"""One multilingual translation model (NLLB-200 or M2M100, CTranslate2 build) for every pair.

The folder is what `ct2-transformers-converter --model facebook/nllb-200-distilled-600M` (or
facebook/m2m100_418M) writes, plus the original repository's `sentencepiece.bpe.model`:

    model.bin  config.json  shared_vocabulary.json (or .txt)  sentencepiece.bpe.model

Both models read `[source language token] + pieces + </s>` and are told the target language
by a forced first decoder token (CTranslate2's `target_prefix`), which comes back first in
the hypothesis and is dropped. So zh → th is one step, never zh → en → th.
The family is read from the vocabulary: NLLB has "eng_Latn", M2M100 "__en__".
"""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

from studio.captions.translate.ct2_text import TranslationModelError, split_sentences
from studio.captions.translate.langcodes import UnsupportedLanguageError, model_token

_SPM_NAMES = ("sentencepiece.bpe.model", "sentencepiece.model", "spm.model")
_VOCAB_NAMES = ("shared_vocabulary.json", "shared_vocabulary.txt")
# Writing systems without spaces between sentences (joined as is).
_SPACELESS = ("zh", "ja", "th")
# Tokens that are never text: language codes of either family, fairseq's padding words, specials.
_NOT_TEXT = re.compile(r"^(?:__[a-z]{2,3}__|[a-z]{3}_[A-Z][a-z]{3}|madeupword\d+|<unk>|<s>|</s>|<pad>|<mask>)$")


def _read_vocabulary(folder: Path) -> list[str]:
    for name in _VOCAB_NAMES:
        path = folder / name
        if path.is_file():
            text = path.read_text("utf-8")
            return json.loads(text) if name.endswith(".json") else text.splitlines()
    raise TranslationModelError(f"{folder}: no shared_vocabulary.json/.txt beside model.bin "
                                f"(convert the model with ct2-transformers-converter)")


def model_family(folder: Path) -> str:
    """'nllb' or 'm2m100', from the language tokens in the model's vocabulary."""
    tokens = set(_read_vocabulary(Path(folder)))
    if "eng_Latn" in tokens:
        return "nllb"
    if "__en__" in tokens:
        return "m2m100"
    raise TranslationModelError(f"{folder} is not a multilingual NLLB-200 or M2M100 model "
                                f"(no eng_Latn or __en__ token in its vocabulary)")


def is_multilingual_folder(folder: Path) -> bool:
    folder = Path(folder)
    if not (folder / "model.bin").is_file():
        return False
    try:
        model_family(folder)
    except (TranslationModelError, OSError, ValueError):
        return False
    return True


class MultilingualTranslator:
    """Any supported language to any other with one model. Thread-safe: CTranslate2 serialises
    calls on one translator; the tokenizer is used under a lock."""

    def __init__(self, folder: Path, device: str = "cpu", threads: int = 1) -> None:
        import ctranslate2
        import sentencepiece as spm

        self.folder = Path(folder)
        if not (self.folder / "model.bin").is_file():
            raise TranslationModelError(f"{self.folder} holds no CTranslate2 translation model (model.bin)")
        self.family = model_family(self.folder)
        spm_path = next((self.folder / n for n in _SPM_NAMES if (self.folder / n).is_file()), None)
        if spm_path is None:
            raise TranslationModelError(f"{self.folder}: no sentencepiece.bpe.model beside model.bin "
                                        f"(copy it from the original model's repository)")
        compute = ("int8" if device == "cpu" and "int8" in ctranslate2.get_supported_compute_types("cpu")
                   else "float32" if device == "cpu" else "float16")
        try:
            self._translator = ctranslate2.Translator(str(self.folder), device=device, compute_type=compute,
                                                      inter_threads=1, intra_threads=threads)
            self._spm = spm.SentencePieceProcessor(model_file=str(spm_path))
        except Exception as exc:  # ctranslate2/sentencepiece raise RuntimeError/OSError on bad files
            raise TranslationModelError(f"the multilingual model in {self.folder} could not be loaded ({exc}); "
                                        f"download or import it again") from exc
        self._lock = threading.Lock()

    def token(self, lang: str) -> str:
        return model_token(self.family, lang)

    def encode(self, sentence: str, source: str) -> list[str]:
        """The source tokens the model reads: language token, pieces, end of sentence."""
        with self._lock:
            pieces = self._spm.encode(sentence, out_type=str)
        return [self.token(source), *pieces, "</s>"]

    def translate_tokens(self, text: str, source: str, target: str, beam_size: int = 2) -> list[list[str]]:
        """Per sentence, the model's output tokens, forced target-language token first."""
        sentences = split_sentences(text)
        if not sentences:
            return []
        batch = [self.encode(s, source) for s in sentences]
        prefix = [self.token(target)]
        results = self._translator.translate_batch(
            batch, target_prefix=[prefix] * len(batch), beam_size=beam_size,
            max_decoding_length=max(len(t) for t in batch) * 3 + 10, repetition_penalty=1.1)
        return [r.hypotheses[0] for r in results]

    def translate(self, text: str, source: str, target: str, beam_size: int = 2) -> str:
        """text in `source` as `target`, directly. Raises UnsupportedLanguageError for a language
        the model has no code for."""
        out = []
        for tokens in self.translate_tokens(text, source, target, beam_size):
            tokens = [t for t in tokens if not _NOT_TEXT.match(t)]
            with self._lock:
                out.append(self._spm.decode(tokens))
        joiner = "" if target.split("-")[0].lower() in _SPACELESS else " "
        return joiner.join(s.strip() for s in out).strip()

    def pair(self, source: str, target: str):
        """A `translate(text) -> str` for one direction (what glossary masking calls)."""
        self.token(source), self.token(target)   # fail now, not on the first line
        return lambda text: self.translate(text, source, target)


__all__ = ["MultilingualTranslator", "UnsupportedLanguageError", "is_multilingual_folder", "model_family"]
