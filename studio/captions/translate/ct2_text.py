"""Text translation with CTranslate2 and SentencePiece, for two model layouts.

- OPUS-MT / Marian converted with `ct2-transformers-converter` (or ct2-opus-mt-converter): a
  folder with model.bin, the vocabularies, and `source.spm` + `target.spm` (Helsinki-NLP's
  names). Multi-target OPUS-MT models want a `>>spa<<` token first: give it as
  `source_prefix` in an optional `translation.json` ({"source": "zh", "target": "en",
  "source_prefix": ">>spa<<"}).
- Argos Translate packages (.argosmodel: a zip holding metadata.json, model/ for CTranslate2
  and sentencepiece.model), read directly: no argostranslate, stanza or torch needed.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


class TranslationModelError(RuntimeError):
    """A translation model is missing or damaged; the message says which and what to do."""


@dataclass(frozen=True)
class TextModelLayout:
    model_dir: Path           # the CTranslate2 model (model.bin + vocabularies)
    source_spm: Path
    target_spm: Path
    source: str | None
    target: str | None
    source_prefix: str | None = None
    target_prefix: str | None = None


# Sentences are translated one by one (better quality on small models, and a batch).
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s*")


def split_sentences(text: str) -> list[str]:
    return [s for s in (p.strip() for p in _SENTENCE_END.split(text)) if s]


def inspect_folder(folder: Path) -> TextModelLayout:
    """Recognise an OPUS-MT/Marian CTranslate2 folder or an unpacked Argos package."""
    folder = Path(folder)
    if (folder / "metadata.json").is_file() and (folder / "model").is_dir():
        meta = json.loads((folder / "metadata.json").read_text("utf-8"))
        spm = folder / "sentencepiece.model"
        if not spm.is_file():
            raise TranslationModelError(f"{folder}: Argos package without sentencepiece.model "
                                        f"(BPE packages are not supported)")
        return TextModelLayout(folder / "model", spm, spm, meta.get("from_code"), meta.get("to_code"),
                               meta.get("source_prefix"), meta.get("target_prefix"))
    if not (folder / "model.bin").is_file():
        raise TranslationModelError(f"{folder} holds no CTranslate2 translation model (model.bin)")
    config = {}
    if (folder / "translation.json").is_file():
        config = json.loads((folder / "translation.json").read_text("utf-8"))
    source_spm, target_spm = folder / "source.spm", folder / "target.spm"
    if not source_spm.is_file():
        shared = [p for p in (folder / "sentencepiece.model", folder / "spm.model") if p.is_file()]
        if not shared:
            raise TranslationModelError(f"{folder}: no source.spm/target.spm or sentencepiece.model beside model.bin")
        source_spm = target_spm = shared[0]
    elif not target_spm.is_file():
        target_spm = source_spm
    return TextModelLayout(folder, source_spm, target_spm, config.get("source"), config.get("target"),
                           config.get("source_prefix"), config.get("target_prefix"))


def unpack_argos(package: Path, target: Path) -> Path:
    """Unpack a .argosmodel zip into the folder target (atomically); returns target."""
    package = Path(package)
    try:
        archive = zipfile.ZipFile(package)
    except (zipfile.BadZipFile, OSError) as exc:
        raise TranslationModelError(f"{package} is not an Argos .argosmodel package ({exc})") from None
    with archive:
        names = archive.namelist()
        meta_names = [n for n in names if n.endswith("metadata.json") and n.count("/") <= 1]
        if not meta_names:
            raise TranslationModelError(f"{package}: no metadata.json inside; not an Argos package")
        top = meta_names[0][: -len("metadata.json")]
        meta = json.loads(archive.read(meta_names[0]).decode("utf-8"))
        if not meta.get("from_code") or not meta.get("to_code"):
            raise TranslationModelError(f"{package}: metadata.json names no from_code/to_code")
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
        try:
            for name in names:
                if not name.startswith(top) or name.endswith("/") or "/stanza/" in name:
                    continue  # stanza (sentence splitting with torch) is not used
                rel = Path(name[len(top):])
                if rel.is_absolute() or ".." in rel.parts:
                    raise TranslationModelError(f"{package}: unsafe path {name!r} in the archive")
                out = staging / rel
                out.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(name) as src, open(out, "wb") as dst:
                    shutil.copyfileobj(src, dst)
            inspect_folder(staging)
            if target.exists():
                shutil.rmtree(target)
            staging.rename(target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return target


class CT2TextTranslator:
    """One CTranslate2 text translation model. Called on the captions thread only.

    Small (OPUS-MT is ~75 M parameters) and run on 1 thread so it does not compete with Whisper.
    """

    def __init__(self, folder: Path, device: str = "cpu", threads: int = 1) -> None:
        import ctranslate2
        import sentencepiece as spm

        path = Path(folder)
        self.layout = inspect_folder(path)
        try:
            self._translator = ctranslate2.Translator(str(self.layout.model_dir), device=device,
                                                      compute_type="int8" if device == "cpu" else "float16",
                                                      inter_threads=1, intra_threads=threads)
            self._source = spm.SentencePieceProcessor(model_file=str(self.layout.source_spm))
            self._target = (self._source if self.layout.target_spm == self.layout.source_spm
                            else spm.SentencePieceProcessor(model_file=str(self.layout.target_spm)))
        except Exception as exc:  # ctranslate2/sentencepiece raise RuntimeError/OSError on bad files
            raise TranslationModelError(f"the translation model in {folder} could not be loaded ({exc}); "
                                        f"download or import it again") from exc

    def translate(self, text: str, beam_size: int = 2) -> str:
        sentences = split_sentences(text)
        if not sentences:
            return ""
        batch = []
        for sentence in sentences:
            tokens = self._source.encode(sentence, out_type=str)
            if self.layout.source_prefix:
                tokens = [self.layout.source_prefix] + tokens
            batch.append(tokens)
        prefixes = [[self.layout.target_prefix]] * len(batch) if self.layout.target_prefix else None
        results = self._translator.translate_batch(
            batch, target_prefix=prefixes, beam_size=beam_size,
            max_decoding_length=max(len(t) for t in batch) * 3 + 10, repetition_penalty=1.1)
        out = []
        for result in results:
            tokens = result.hypotheses[0]
            if self.layout.target_prefix and tokens and tokens[0] == self.layout.target_prefix:
                tokens = tokens[1:]
            out.append(self._target.decode(tokens))
        joiner = "" if (self.layout.target or "").startswith(("zh", "ja", "th")) else " "
        return joiner.join(s.strip() for s in out).strip()
