"""What Whisper is told with each decode: the language, the previous captions as its prompt, the
glossary's hotwords; and what is done to what it heard: the script Chinese captions are shown in,
glossary terms spelled right in finals."""

from __future__ import annotations

import collections
from collections.abc import Callable

from studio.captions.asr import DecodeRequest
from studio.captions.chinese import script_for, to_script
from studio.captions.hotword_choice import choose_hotwords, hotword_frame
from studio.captions.options import CaptionOptions
from studio.captions.term_correction import TermCorrector

_PROMPTS = {"zh": "以下是普通话的句子。"}   # a Simplified prompt steers Whisper to Simplified
_SPACELESS = ("zh", "ja", "th")             # captions joined without a space in the prompt


class DecodeContext:
    """Called on the captions thread only. `options` is the engine's current CaptionOptions."""

    def __init__(self, options: CaptionOptions, show=None) -> None:
        self.options = options
        self.show = show
        self._context: collections.deque[str] = collections.deque(maxlen=8)
        self.detected_language: str | None = None
        self.segment_index: int | None = None     # the show's segment on air: its terms are the hotwords
        self._corrector: tuple[tuple, TermCorrector] | None = None

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
        choice = (self.options.glossary, self.show, self.segment_index, language or self.language)
        return DecodeRequest(language=language, beam_size=beam_size,
                             prompt=context or _PROMPTS.get(language or ""),
                             hotwords=choose_hotwords(*choice), hotword_frame=hotword_frame(*choice),
                             word_timestamps=word_timestamps)

    def spoken_text(self, text: str, language: str) -> str:
        variant = self.options.chinese_script or script_for(language, self.show.markets if self.show else None)
        return to_script(text, variant) if language.startswith("zh") else text

    def final_text(self, text: str, language: str, scorer: Callable[[list[str]], list[float]] | None = None) -> str:
        """A final caption as shown: in its script, near-misses of glossary terms corrected (bolder
        where scorer, the recognizer's log_prob_scorer for its audio, says the audio allows it)."""
        text = self.spoken_text(text, language)
        key = (id(self.options.glossary), self.options.term_correction)
        if self._corrector is None or self._corrector[0] != key:   # new options: new glossary
            self._corrector = (key, TermCorrector(self.options.glossary, self.options.term_correction))
        return self._corrector[1].correct(text, language, scorer)[0]

    def heard(self, text: str, language: str) -> None:
        """A final caption: it becomes part of the next prompt."""
        self._context.append(text if language in _SPACELESS else " " + text)
