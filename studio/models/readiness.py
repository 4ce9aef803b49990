"""Whether the models that asked-for captions need are on this machine, judged from the files
alone (nothing is loaded: the window calls this on its GUI thread).

A feature that was asked for and cannot run must never look as if it ran: `studio run`,
`studio captions` and the window list these sentences as problems and leave the feature
out, while the features that can run go on.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CaptionReadiness:
    can_caption: bool = True                                  # a usable Whisper model for the language
    translations: list[str] = field(default_factory=list)    # caption languages that will be translated
    problems: list[str] = field(default_factory=list)        # one sentence each, for the host


def check_captions(options, show=None) -> CaptionReadiness:
    """options: a studio.captions.options.CaptionOptions; show: its run of show or None."""
    from studio.captions.asr import CaptionModelError, resolve_model_path
    from studio.captions.options import WHISPER_MODELS
    from studio.captions.translate.hub import base_lang

    out = CaptionReadiness()
    try:
        resolve_model_path(options.model)
    except CaptionModelError as exc:
        out.can_caption = False
        out.problems.append(f"Captions are off: {exc}")
        return out
    spoken = options.spoken_language
    english_only = WHISPER_MODELS.get(options.model, options.model).endswith(".en")
    if english_only and spoken not in (None, "en"):
        out.can_caption = False
        out.problems.append(f"Captions are off: the model '{options.model}' understands English only; "
                            f"pick a multilingual model (tiny, base, small...) for '{spoken}'")
        return out
    for target in options.translate_to:
        if spoken is None or base_lang(target) == base_lang(spoken):
            out.translations.append(target)   # the source is known only once speech is heard
            continue
        if _can_translate(options, base_lang(spoken), base_lang(target), english_only):
            out.translations.append(target)
        else:
            out.problems.append(_no_translation(options, show, base_lang(spoken), target))
    return out


def _has_text_model(options, src: str, tgt: str) -> bool:
    from studio.captions.translate.hub import installed_text_model

    return f"{src}-{tgt}" in options.translation_models or installed_text_model(src, tgt) is not None


def _can_translate(options, src: str, tgt: str, english_only: bool) -> bool:
    """The same ways the captions' TranslationHub has: a model for the pair, a multilingual
    translation model (NLLB-200 / M2M100) for both languages, two through English, or Whisper's
    own speech-to-English with a multilingual model."""
    from studio.captions.translate.hub import installed_multilingual_model
    from studio.captions.translate.langcodes import supported

    if _has_text_model(options, src, tgt):
        return True
    if supported(src) and supported(tgt) and installed_multilingual_model(
            options.translation_models.get("multilingual")) is not None:
        return True
    if src != "en" and tgt != "en" and _has_text_model(options, src, "en") and _has_text_model(options, "en", tgt):
        return True
    return tgt == "en" and not english_only


def _no_translation(options, show, src: str, target: str) -> str:
    from studio import paths
    from studio.models.registry import install_advice, known_models

    tgt = target.split("-")[0].lower()
    approved = sum(target in line.live_translations() or tgt in line.live_translations()
                   for segment in (show.segments if show else []) for line in segment.lines)
    what = (f"'{target}' captions show only the {approved} line(s) the show has an approved translation for"
            if approved else f"'{target}' captions are off")
    name = f"argos-{src}-{tgt}"
    how = (install_advice(name) if name in known_models() else
           f"put an OPUS-MT (CTranslate2) folder for the pair in {paths.models_dir() / f'opus-mt-{src}-{tgt}'}")
    how += "; or one multilingual model for every pair: `studio models download m2m100-418m`"
    return f"No translation model for {src}→{tgt} is installed, so {what}. To fix: {how}"
