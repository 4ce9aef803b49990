"""Which model drafts each language pair: a pair model (OPUS-MT/Argos) when one is installed,
else one multilingual model (NLLB-200 or M2M100) straight from source to target, else two pair
models through English. `--model NAME` (a registry name or a folder) forces one multilingual model
for every pair."""

from __future__ import annotations

import os
from typing import Callable

from studio.captions.translate.ct2_text import CT2TextTranslator, TranslationModelError, unpack_argos
from studio.captions.translate.hub import base_lang, installed_multilingual_model, installed_text_model
from studio.captions.translate.langcodes import supported
from studio.captions.translate.multilingual import MultilingualTranslator

Translate = Callable[[str], str]


class NoModelError(RuntimeError):
    """No installed model translates the pair; the message says what to install (by key too: the window says it
    in the host's language)."""

    def __init__(self, text: str, said=None) -> None:
        super().__init__(text)
        self.message = said          # a studio.core.messages.HostMessage, or None

    @classmethod
    def for_pair(cls, source: str, target: str) -> "NoModelError":
        from studio.core.messages import message

        said = message("localize.no_model", pair=f"{source}→{target}")
        return cls(said.text, said)


class DraftEngines:
    """Loads models once and hands out one translate(text) per pair. Used on one worker thread."""

    def __init__(self, model: str | None = None, threads: int | None = None) -> None:
        self.forced = model
        # Half the cores, at most 4: OpenMP threads that find their cores busy spin (on a 2-core
        # machine, 2 threads decoded 50-100x slower than 1 while anything else ran).
        self.threads = threads or max(1, min(4, (os.cpu_count() or 2) // 2))
        self._pairs: dict[tuple[str, str], CT2TextTranslator | None] = {}
        self._multilingual: MultilingualTranslator | None | bool = None

    def _pair(self, src: str, tgt: str) -> CT2TextTranslator | None:
        if (src, tgt) not in self._pairs:
            path = installed_text_model(src, tgt)
            if path is not None and path.is_file():          # an .argosmodel: unpacked once beside itself
                target = path.with_name(path.name + ".d")
                path = target if target.is_dir() else unpack_argos(path, target)
            self._pairs[(src, tgt)] = CT2TextTranslator(path, threads=self.threads) if path else None
        return self._pairs[(src, tgt)]

    def multilingual(self) -> MultilingualTranslator | None:
        if self._multilingual is None:
            path = installed_multilingual_model(self.forced)
            if path is None and self.forced:
                raise NoModelError(f"the model '{self.forced}' is not installed: `studio models download "
                                   f"{self.forced}`, or convert and import it (docs/localisation.md)")
            self._multilingual = MultilingualTranslator(path, threads=self.threads) if path else False
        return self._multilingual or None

    def translator(self, source: str, target: str) -> tuple[Translate, str]:
        """(translate, what it is) for the pair; NoModelError when nothing installed can do it."""
        src, tgt = base_lang(source), base_lang(target)
        if not self.forced:
            direct = self._pair(src, tgt)
            if direct is not None:
                return direct.translate, direct.layout.model_dir.name
        multi = self.multilingual()
        if multi is not None and supported(source) and supported(target):
            return multi.pair(source, target), f"{multi.folder.name} ({multi.family}, direct)"
        if not self.forced and src != "en" and tgt != "en":
            first, second = self._pair(src, "en"), self._pair("en", tgt)
            if first is not None and second is not None:
                return (lambda text: second.translate(first.translate(text))), f"{src}→en→{tgt} pairs"
        raise NoModelError.for_pair(src, tgt)


__all__ = ["DraftEngines", "NoModelError", "TranslationModelError"]
