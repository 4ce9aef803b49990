"""The caption options the host picks (one dataclass, shared by the window, the CLI and the session)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from studio.captions.glossary import Glossary
from studio.captions.term_correction import CorrectionOptions
from studio.captions.vad import VadOptions

# Names the host picks -> model names in assets/models/manifest.json.
WHISPER_MODELS = {
    "tiny": "whisper-tiny", "tiny.en": "whisper-tiny.en",
    "base": "whisper-base", "base.en": "whisper-base.en",
    "small": "whisper-small", "small.en": "whisper-small.en",
    "medium": "whisper-medium", "large-v3": "whisper-large-v3",
    "turbo": "whisper-large-v3-turbo",
}
# Smaller models to fall back to when the machine cannot keep up (load shedding, last step).
SMALLER_MODEL = {"turbo": "small", "large-v3": "small", "medium": "base", "small": "base",
                 "small.en": "base.en", "base": "tiny", "base.en": "tiny.en"}


def whisper_language_code(language: str | None) -> str | None:
    """Whisper's code for a spoken language: a show or a host may say 'pt-BR' or 'zh_TW' (a reading in Brazilian
    Portuguese stopped with "Whisper does not know the language 'pt-BR'"); Whisper knows 'pt', 'zh'."""
    if language in (None, "", "auto"):
        return None
    return language.replace("_", "-").split("-")[0].lower()


@dataclass
class CaptionOptions:
    """What to recognise and translate.

    language: the spoken language as a Whisper code ("en", "zh", "es"...) or "auto".
    model: a size name from WHISPER_MODELS ("base", "turbo"...) or a path to a CTranslate2
        Whisper folder (an imported model).
    device: "auto" (CUDA when ctranslate2 sees a GPU, else CPU), "cpu" or "cuda".
    translate_to: caption languages besides the spoken one, as many as the viewers need, e.g.
        ["en", "es", "pt"]; "zh-Hant"/"zh-Hans" pick the Chinese script. Every one reaches the
        caption feed, the Captions panel and the subtitle files.
    bar_languages: the caption languages the program's caption bar shows under the spoken line,
        in order; None: every one of translate_to.
    chinese_script: "zh-Hans" or "zh-Hant": the script Chinese captions are shown in (OpenCC);
        None keeps what Whisper wrote.
    glossary: brand names and terms to hear right (Whisper hotwords) and keep in translation.
    term_correction: near-misses of glossary terms in final captions spelled as the term
        (studio.captions.term_correction), before translation and the claim check.
    translation_models: explicit model paths by pair "zh-en" (a CTranslate2 OPUS-MT folder or an
        Argos .argosmodel file); pairs not listed are looked up among installed models by name.
        Key "multilingual": an NLLB-200 or M2M100 folder (or registry name) for any pair.
    """

    language: str = "auto"
    model: str = "base"
    device: str = "auto"
    translate_to: list[str] = field(default_factory=list)
    bar_languages: list[str] | None = None
    chinese_script: str | None = None
    glossary: Glossary = field(default_factory=Glossary)
    term_correction: CorrectionOptions = field(default_factory=CorrectionOptions)
    translation_models: dict[str, Path] = field(default_factory=dict)
    partial_interval_s: float = 1.2       # one encoder pass (~0.75 s with base here) per partial
    max_utterance_s: float = 12.0         # force a final in a long run-on sentence
    beam_size: int = 5                    # finals; partials use greedy search
    context_chars: int = 200              # previous captions given to Whisper as its prompt
    word_timestamps: bool = True
    cpu_threads: int = 0                  # 0: ctranslate2's default (all cores, up to 4)
    vad: VadOptions = field(default_factory=VadOptions)
    # Load shedding (live use): above this real-time factor (decode seconds per audio second) the engine
    # does less work; below `relax_rtf` it gradually restores it.
    shed_rtf: float = 0.7
    relax_rtf: float = 0.35
    allow_smaller_model: bool = True
    shed_load: bool = True                # False for offline files: no latency to protect
    # Live: audio waiting longer than this is shed, oldest first (counted and said; the sentence in
    # progress still gets its final). Far above the governor's 2 s backlog step: a last resort.
    max_backlog_s: float = 15.0

    @property
    def shown_on_bar(self) -> tuple[str, ...]:
        chosen = self.translate_to if self.bar_languages is None else self.bar_languages
        return tuple(lang for lang in dict.fromkeys(chosen) if lang in self.translate_to)

    @property
    def spoken_language(self) -> str | None:
        """Whisper's code for the spoken language (whisper_language_code)."""
        return whisper_language_code(self.language)
