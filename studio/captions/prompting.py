"""What Whisper is told with each decode: the language, the previous captions as its prompt, the
glossary's hotwords; and the script Chinese captions are shown in."""

from __future__ import annotations

import collections

from studio.captions.asr import DecodeRequest
from studio.captions.chinese import script_for, to_script
from studio.captions.options import CaptionOptions

_PROMPTS = {"zh": "以下是普通话的句子。"}   # a Simplified prompt steers Whisper to Simplified
_SPACELESS = ("zh", "ja", "th")             # captions joined without a space in the prompt


class DecodeContext:
    """Called on the captions thread only. `options` is the engine's current CaptionOptions."""

    def __init__(self, options: CaptionOptions, show=None) -> None:
        self.options = options
        self.show = show
        self._context: collections.deque[str] = collections.deque(maxlen=8)
        self.detected_language: str | None = None

    def reset(self) -> None:
        """The spoken language changed: the old captions would steer Whisper wrong."""
        self._context.clear()
        self.detected_language = None

    @property
    def language(self) -> str | None:
        return self.options.spoken_language or self.detected_language

    def request(self, beam_size: int, word_timestamps: bool, final: bool = False) -> DecodeRequest:
        # In auto mode each final detects its language again (hosts switch languages mid-show);
        # partials reuse the last detection (no detection pass in the quick decode).
        language = self.options.spoken_language if final else self.language
        context = "".join(self._context)[-self.options.context_chars:]
        return DecodeRequest(language=language, beam_size=beam_size,
                             prompt=context or _PROMPTS.get(language or ""),
                             hotwords=self.options.glossary.hotwords(), word_timestamps=word_timestamps)

    def spoken_text(self, text: str, language: str) -> str:
        variant = self.options.chinese_script or script_for(language, self.show.markets if self.show else None)
        return to_script(text, variant) if language.startswith("zh") else text

    def heard(self, text: str, language: str) -> None:
        """A final caption: it becomes part of the next prompt."""
        self._context.append(text if language in _SPACELESS else " " + text)
