"""Comment translation into the host's language through the caption translation backends.

The caption TranslationHub (studio/captions/translate/hub.py) finds the installed models: an
OPUS-MT/Argos model for the pair, else the multilingual model (NLLB-200/M2M100), else the
two halves through English. Nothing installed: translation is None, never a fake. The catalog's
product names and SKUs are the glossary (kept verbatim, as in captions).
"""

from __future__ import annotations

import logging
import threading
from typing import Callable

log = logging.getLogger(__name__)

Translate = Callable[[str, str, str], "str | None"]     # (text, source, target) -> text or None


class HubTranslator:
    """Callable (text, source, target) -> str | None; one hub per target, calls take turns."""

    def __init__(self, show=None):
        self.show = show
        self._hubs: dict[str, object] = {}
        self._lock = threading.Lock()
        # pairs asked for that no installed model (nor an approved text) could translate: the host is told,
        # never left wondering why a Thai comment has no Chinese under it
        self._untranslated: set[tuple[str, str]] = set()
        self._pairs_lock = threading.Lock()     # not _lock: the GUI's snapshot must not wait for a translation

    def untranslated_pairs(self) -> list[str]:
        """'th→zh' for each language pair that came back untranslated, sorted."""
        with self._pairs_lock:
            return [f"{s}→{t}" for s, t in sorted(self._untranslated)]

    def __call__(self, text: str, source: str, target: str) -> str | None:
        from studio.captions.glossary import Glossary
        from studio.captions.options import CaptionOptions
        from studio.captions.translate.hub import TranslationHub, base_lang

        with self._lock:
            hub = self._hubs.get(target)
            if hub is None:
                glossary = Glossary.from_show(self.show) if self.show is not None else Glossary()
                hub = TranslationHub(CaptionOptions(translate_to=[target], glossary=glossary), None,
                                     lambda severity, message: log.info("comment translation: %s", message))
                self._hubs[target] = hub
            try:
                result = hub.translate_final(text, source, None).get(target) or None
            except Exception as exc:  # noqa: BLE001 — a broken model must not stop the inbox
                log.warning("comment translation %s->%s failed: %s", source, target, exc)
                result = None
            if result is None:
                with self._pairs_lock:
                    self._untranslated.add((base_lang(source), base_lang(target)))
            return result
