"""Which translation each caption language gets, in order of trust:

1. the producer-approved translation of the script line the host just read (run of show);
2. a text model for the pair (CTranslate2 OPUS-MT/Marian folder or Argos package); else one
   multilingual model (NLLB-200 or M2M100) straight from the source to the target; else the
   two halves of a pair through English (zh -> en -> es);
3. for English only: Whisper's own translate task over the utterance's audio;
4. nothing, with one clear message: that caption language pauses, the others go on.

Chinese targets (zh, zh-Hans, zh-Hant) come out in the script the market reads (OpenCC).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

import numpy as np

from studio.captions.approved import ScriptAligner
from studio.captions.chinese import script_for, to_script
from studio.captions.options import CaptionOptions
from studio.captions.translate.ct2_text import CT2TextTranslator, TranslationModelError, unpack_argos
from studio.captions.translate.terms import translate_with_terms
from studio.core.events import Severity

log = logging.getLogger(__name__)


def base_lang(code: str) -> str:
    return code.split("-")[0].lower()


def installed_text_model(source: str, target: str) -> Path | None:
    """An installed model for the pair: models/opus-mt-<s>-<t>/ or models/argos-<s>-<t>/."""
    from studio import paths
    from studio.models.registry import installed_path, known_models

    for name in (f"opus-mt-{source}-{target}", f"argos-{source}-{target}"):
        if name in known_models():
            path = installed_path(name)
            if path is not None:
                return path
        folder = paths.models_dir() / name      # imported by hand, not in the manifest
        if (folder / "model.bin").is_file() or (folder / "metadata.json").is_file():
            return folder
    return None


MULTILINGUAL_MODELS = ("m2m100-418m", "nllb-200-distilled-600m")


def installed_multilingual_model(preferred: str | None = None) -> Path | None:
    """An installed multilingual model (NLLB-200 or M2M100): `preferred` (a registry name or a
    folder) when given, else the first installed of MULTILINGUAL_MODELS (M2M100 first: its MIT
    licence allows commercial use)."""
    from studio import paths
    from studio.captions.translate.multilingual import is_multilingual_folder
    from studio.models.registry import installed_path, known_models

    if preferred and Path(preferred).is_dir():
        return Path(preferred)
    for name in ([preferred] if preferred else list(MULTILINGUAL_MODELS)):
        if name in known_models() and installed_path(name) is not None:
            return installed_path(name)
        folder = paths.models_dir() / name      # converted and copied in by hand
        if is_multilingual_folder(folder):
            return folder
    return None


class TranslationHub:
    """Translations for the caption languages. Called on the captions thread only
    (set_segment may come from any thread: it stores one int)."""

    def __init__(self, options: CaptionOptions, show, on_status: Callable[[Severity, str], None]) -> None:
        self.options = options
        self.show = show
        self._status = on_status
        self._aligner = ScriptAligner(show) if show is not None else None
        self._segment_index: int | None = None
        self._recognizer = None
        self._text_models: dict[tuple[str, str], CT2TextTranslator | None] = {}
        self._multilingual_model = None   # MultilingualTranslator once loaded, False when there is none
        self._warned: set[tuple[str, str]] = set()
        self._partial_cache: tuple[str, dict[str, str]] = ("", {})

    def set_recognizer(self, recognizer) -> None:
        self._recognizer = recognizer

    def set_segment(self, index: int | None) -> None:
        self._segment_index = index

    def update_options(self, options: CaptionOptions) -> None:
        self.options = options
        self._partial_cache = ("", {})
        # Pairs that had no model are looked up again: the host may have just installed one.
        self._text_models = {k: v for k, v in self._text_models.items() if v is not None}
        if self._multilingual_model is False:
            self._multilingual_model = None
        self._warned.clear()

    def translate_final(self, text: str, source: str, audio: np.ndarray | None) -> dict[str, str]:
        return self._translate(text, source, audio, final=True)

    def translate_partial(self, committed: str, source: str) -> dict[str, str]:
        """Translations of a partial's committed words (text models only: cheap, and stable)."""
        if not committed or not self.options.translate_to:
            return {}
        if committed == self._partial_cache[0]:
            return dict(self._partial_cache[1])
        out = self._translate(committed, source, None, final=False)
        self._partial_cache = (committed, out)
        return out

    def _translate(self, text: str, source: str, audio: np.ndarray | None, final: bool) -> dict[str, str]:
        out: dict[str, str] = {}
        approved = None
        if self._aligner is not None and final:
            approved = self._aligner.match(text, self._segment_index)
        for target in self.options.translate_to:
            if base_lang(target) == base_lang(source):
                variant = script_for(target) if base_lang(target) == "zh" else None
                if variant:
                    out[target] = to_script(text, variant)
                continue
            result = None
            if approved is not None:
                result = approved.translations.get(target) or approved.translations.get(base_lang(target))
            if result is None:
                result = self._machine(text, source, target, audio, final)
            if result:
                variant = script_for(target, self.show.markets if self.show else None)
                out[target] = to_script(result, variant) if variant else result
        return out

    def _machine(self, text: str, source: str, target: str, audio, final: bool) -> str | None:
        src, tgt = base_lang(source), base_lang(target)
        glossary = self.options.glossary
        direct = self._model(src, tgt)
        if direct is not None:
            return translate_with_terms(text, target, glossary, direct.translate)
        multilingual = self._multilingual(src, tgt)
        if multilingual is not None:
            return translate_with_terms(text, target, glossary, multilingual)
        if src != "en" and tgt != "en":
            first, second = self._model(src, "en"), self._model("en", tgt)
            if first is not None and second is not None:
                english = translate_with_terms(text, "en", glossary, first.translate)
                return translate_with_terms(english, target, glossary, second.translate)
        if tgt == "en" and self._recognizer is not None and self._recognizer.multilingual:
            if not final or audio is None or not len(audio):
                return None
            return self._whisper_to_english(audio, source)
        self._warn_once(src, tgt)
        return None

    def _whisper_to_english(self, audio: np.ndarray, source: str) -> str | None:
        from studio.captions.asr import DecodeRequest
        from studio.captions.guards import clean_segments

        decoded = self._recognizer.decode(audio, DecodeRequest(language=base_lang(source), task="translate",
                                                               beam_size=1, hotwords=self.options.glossary.hotwords()))
        # The utterance passed the hallucination guards as a transcript: only loops and wild
        # guesses are dropped here (translate runs at lower log-probabilities than transcribe).
        return clean_segments(list(decoded.segments), voiced_s=len(audio) / 16_000, heard_voice=True,
                              min_logprob=-2.5) or None

    def _model(self, src: str, tgt: str) -> CT2TextTranslator | None:
        key = (src, tgt)
        if key in self._text_models:
            return self._text_models[key]
        path = self.options.translation_models.get(f"{src}-{tgt}") or installed_text_model(src, tgt)
        model = None
        if path is not None:
            try:
                model = CT2TextTranslator(self._unpacked(Path(path)))
            except (TranslationModelError, OSError) as exc:
                self._status(Severity.ERROR, f"Captions in '{tgt}' paused: {exc}")
                self._warned.add(key)
        self._text_models[key] = model
        return model

    def _multilingual(self, src: str, tgt: str):
        """translate(text) for src→tgt through the installed multilingual model, or None."""
        from studio.captions.translate.langcodes import supported
        from studio.captions.translate.multilingual import MultilingualTranslator

        if self._multilingual_model is None:
            path = installed_multilingual_model(self.options.translation_models.get("multilingual"))
            self._multilingual_model = False
            if path is not None:
                try:
                    self._multilingual_model = MultilingualTranslator(path)
                except (TranslationModelError, OSError) as exc:
                    self._status(Severity.ERROR, f"Multilingual translation model not used: {exc}")
        if not self._multilingual_model or not (supported(src) and supported(tgt)):
            return None
        return self._multilingual_model.pair(src, tgt)

    def _unpacked(self, path: Path) -> Path:
        """An .argosmodel file is unpacked once beside itself (<file>.d/)."""
        if path.is_file():
            target = path.with_name(path.name + ".d")
            if not target.is_dir():
                unpack_argos(path, target)
            return target
        return path

    def _warn_once(self, src: str, tgt: str) -> None:
        if (src, tgt) in self._warned:
            return
        self._warned.add((src, tgt))
        from studio.models.registry import known_models

        name = f"argos-{src}-{tgt}"
        hint = (f"download one with `studio models download {name}`, or import" if name in known_models()
                else "import") + " an OPUS-MT (CTranslate2) folder or an Argos .argosmodel file for the pair"
        if tgt == "en":
            hint += "; or use a multilingual Whisper model, which can translate speech to English"
        self._status(Severity.WARNING, f"No translation model for {src}→{tgt}: '{tgt}' captions paused; {hint}.")
