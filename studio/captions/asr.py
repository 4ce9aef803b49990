"""Whisper through faster-whisper: one decode of one utterance, with the knobs streaming needs."""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from studio.captions.guards import SegmentScore, compression_ratio
from studio.captions.options import WHISPER_MODELS
from studio.captions.prompt_budget import WHISPER_MAX_TOKENS, fit_prompt

log = logging.getLogger(__name__)


class CaptionModelError(RuntimeError):
    """The Whisper model cannot be used (missing, corrupt, wrong language); the message says why."""


@dataclass(frozen=True)
class DecodeRequest:
    language: str | None
    task: str = "transcribe"          # "translate": speech -> English
    beam_size: int = 1
    prompt: str | None = None         # previous captions: context across utterances
    hotwords: str | None = None
    hotword_frame: str = "{}"          # the sentence the hotwords are said in (hotword_choice.py)
    word_timestamps: bool = False


@dataclass(frozen=True)
class Decoded:
    segments: tuple[SegmentScore, ...]
    words: tuple[tuple[str, float, float], ...]   # seconds from the utterance start
    language: str
    language_prob: float
    decode_s: float


def resolve_model_path(model: str) -> Path:
    """A size name ("base", "turbo") or a folder path -> an installed CTranslate2 Whisper folder."""
    from studio.models.registry import ModelMissingError, require_model

    candidate = Path(model).expanduser()
    if candidate.is_dir():
        if not (candidate / "model.bin").is_file():
            raise CaptionModelError(f"{candidate} is not a Whisper model folder (no model.bin in it)")
        return candidate
    name = WHISPER_MODELS.get(model, model)
    try:
        return require_model(name)
    except ModelMissingError as exc:
        raise CaptionModelError(str(exc)) from None


def _non_latin(text: str) -> bool:
    """Any letter beyond Latin and its diacritics (Greek on: U+0370), general punctuation aside."""
    return any(ord(ch) >= 0x370 and not 0x2000 <= ord(ch) <= 0x206F for ch in text)


def resolve_device(device: str) -> tuple[str, str]:
    """(device, compute_type): CUDA float16 when asked or available, else CPU int8."""
    import ctranslate2

    cuda = ctranslate2.get_cuda_device_count() > 0
    if device == "cuda" and not cuda:
        raise CaptionModelError("CUDA was chosen but no NVIDIA GPU is usable here; pick CPU or Auto")
    if device == "cuda" or (device == "auto" and cuda):
        return "cuda", "float16"
    return "cpu", "int8"


class WhisperRecognizer:
    """Owns one faster-whisper model. Called on the captions thread only."""

    def __init__(self, model: str, device: str = "auto", cpu_threads: int = 0) -> None:
        from faster_whisper import WhisperModel

        self.model_name = model
        self.path = resolve_model_path(model)
        self.device, compute_type = resolve_device(device)
        threads = cpu_threads or min(4, os.cpu_count() or 1)
        try:
            self._model = WhisperModel(str(self.path), device=self.device, compute_type=compute_type,
                                       cpu_threads=threads)
        except Exception as exc:  # ctranslate2 raises RuntimeError/ValueError on damaged files
            raise CaptionModelError(f"the Whisper model in {self.path} could not be loaded ({exc}); "
                                    f"download or import it again") from exc
        self.multilingual = self._model.model.is_multilingual
        self.languages = set(self._model.supported_languages)
        # The term check scores texts against the audio a final was just decoded from: keep that
        # decode's encoder output (the first 30 s window) so the check pays only for alignments.
        self._decoding: np.ndarray | None = None
        self._kept: tuple[np.ndarray, object] | None = None
        self._non_latin: list[int] | None = None
        self._model.encode = self._encode_keeping(self._model.encode)

    def _encode_keeping(self, encode):
        def encode_kept(features):
            out = encode(features)
            if self._decoding is not None and self._kept is None:
                self._kept = (self._decoding, out)
            return out
        return encode_kept

    def fitted_prompt(self, request: DecodeRequest, max_new_tokens: int) -> tuple[str | None, str | None]:
        """(hotwords, prompt) of request cut to fit Whisper's window with max_new_tokens to write."""
        start_tokens = (3 if self.multilingual else 1) + 2   # sot (language, task), startofprev, notimestamps
        return fit_prompt(lambda text: self._model.hf_tokenizer.encode(text, add_special_tokens=False).ids,
                          request.hotwords, request.prompt, WHISPER_MAX_TOKENS - max_new_tokens - start_tokens,
                          request.hotword_frame)

    def suppressed_tokens(self, task: str) -> list[int]:
        """Whisper's default list, and for the translate task every token written in another
        script than Latin: with base and a short clip the translate task tends to copy the speech
        in its own script ('Guangzhou市发地产…'), which is no English for a buyer."""
        if task != "translate":
            return [-1]
        if self._non_latin is None:
            tokenizer = self._model.hf_tokenizer
            eot = tokenizer.token_to_id("<|endoftext|>")
            self._non_latin = [i for i in range(eot) if _non_latin(tokenizer.decode([i]))]
        return [-1, *self._non_latin]

    def check_language(self, language: str | None) -> None:
        if language is None:
            return
        if not self.multilingual and language != "en":
            raise CaptionModelError(f"the model '{self.model_name}' understands English only; "
                                    f"pick a multilingual model (tiny, base, small…) for '{language}'")
        if language not in self.languages:
            raise CaptionModelError(f"Whisper does not know the language '{language}'")

    def decode_quick(self, audio: np.ndarray, request: DecodeRequest, window_s: float = 10.0) -> Decoded:
        """Greedy decode over a short encoder window: for partials only.

        faster-whisper always pads to Whisper's 30 s window (0.55 s of encoder here with base);
        a 10 s window costs 0.09 s. Accuracy is a little lower (MEASUREMENTS.md), which partials
        can afford: LocalAgreement only commits words two decodes agree on, and each final is
        decoded again over the full window. Needs a known language (no detection here).
        """
        import time

        from faster_whisper.tokenizer import Tokenizer
        from faster_whisper.transcribe import get_suppressed_tokens

        started = time.perf_counter()
        duration_s = len(audio) / 16_000
        if duration_s > window_s - 1.0 or (self.multilingual and request.language is None):
            return self.decode(audio, request)
        m = self._model
        features = m.feature_extractor(audio)
        frames = int(round(window_s * 100))   # 100 mel frames per second
        features = np.pad(features, ((0, 0), (0, max(0, frames - features.shape[-1]))))[:, :frames]
        encoder_output = m.encode(features)
        language = request.language if self.multilingual else "en"
        tokenizer = Tokenizer(m.hf_tokenizer, self.multilingual, task=request.task, language=language)
        max_new_tokens = int(10 * duration_s) + 12
        hotwords, context = self.fitted_prompt(request, max_new_tokens)
        previous = tokenizer.encode(" " + context) if context else []
        prompt = m.get_prompt(tokenizer, previous, without_timestamps=True, hotwords=hotwords)
        result = m.model.generate(
            encoder_output, [prompt], beam_size=1, max_length=len(prompt) + max_new_tokens,
            suppress_blank=True, suppress_tokens=get_suppressed_tokens(tokenizer, self.suppressed_tokens(request.task)),
            return_scores=True, return_no_speech_prob=True)[0]
        tokens = [t for t in result.sequences_ids[0] if t < tokenizer.eot]
        text = tokenizer.decode(tokens)
        score = SegmentScore(text, float(result.scores[0]), float(result.no_speech_prob),
                             compression_ratio(text) if text else 0.0)
        return Decoded((score,), (), language, 1.0, time.perf_counter() - started)

    def log_prob_scorer(self, audio: np.ndarray, language: str | None) -> Callable[[list[str]], list[float]] | None:
        """How likely Whisper finds each of some texts for this audio: the sum of its token log
        probabilities, decoding forced to the text (the probabilities faster-whisper's word
        timestamps give each word) with no prompt, so the hotwords do not vouch for themselves.
        The term correction weighs a near-miss against the glossary term with it. The encoder
        runs on the first call only (finals with no candidate pay nothing); None for a language
        Whisper has no tokens for."""
        from faster_whisper.tokenizer import Tokenizer

        language = language if self.multilingual else "en"
        if language not in self.languages:
            return None
        m, encoded = self._model, []

        def score(texts: list[str]) -> list[float]:
            if not encoded:   # the full 30 s window, as the decode saw it
                # as transcribe does: the last mel frame is not content
                features = m.feature_extractor(audio)[:, :-1]
                frames = min(features.shape[-1], 3000)
                if self._kept is not None and self._kept[0] is audio:
                    encoded.append((self._kept[1], frames))
                else:
                    features = np.pad(features, ((0, 0), (0, max(0, 3000 - features.shape[-1]))))[:, :3000]
                    encoded.append((m.encode(features), frames))
            encoder_output, frames = encoded[0]
            tokenizer = Tokenizer(m.hf_tokenizer, self.multilingual, task="transcribe", language=language)
            out = []
            for text in texts:
                ids = tokenizer.encode(" " + text.strip())[:WHISPER_MAX_TOKENS - 8]
                probs = m.model.align(encoder_output, tokenizer.sot_sequence, [ids], frames)[0].text_token_probs
                out.append(float(np.sum(np.log(np.maximum(probs, 1e-9)))))
            return out
        return score

    def decode(self, audio: np.ndarray, request: DecodeRequest) -> Decoded:
        import time

        started = time.perf_counter()
        duration_s = len(audio) / 16_000
        language = request.language if self.multilingual else "en"
        # A loop cannot outrun the audio: speech is under ~8 tokens per second.
        max_new_tokens = min(220, int(10 * duration_s) + 12)
        hotwords, prompt = self.fitted_prompt(request, max_new_tokens)
        self._decoding, self._kept = audio, None
        segments, info = self._model.transcribe(
            audio, language=language, task=request.task, beam_size=request.beam_size,
            best_of=1, temperature=[0.0, 0.4] if request.beam_size > 1 else [0.0],
            condition_on_previous_text=False, initial_prompt=prompt,
            hotwords=hotwords, word_timestamps=request.word_timestamps,
            vad_filter=False, without_timestamps=True, max_new_tokens=max_new_tokens,
            suppress_tokens=self.suppressed_tokens(request.task))
        scores, words = [], []
        # One utterance fits one 30 s window and without_timestamps gives one segment per window.
        # Only the first is taken: with word timings faster-whisper would move `seek` to the last
        # word and decode the utterance's trailing silence again, which invents text ("test.
        # Next.") and costs a second encoder pass.
        try:
            for seg in itertools.islice(segments, 1):
                scores.append(SegmentScore(seg.text, seg.avg_logprob, seg.no_speech_prob, seg.compression_ratio))
                for w in seg.words or ():
                    words.append((w.word, float(w.start), float(w.end)))
        finally:
            self._decoding = None
        return Decoded(tuple(scores), tuple(words), info.language, float(info.language_probability),
                       time.perf_counter() - started)
