"""The streaming caption engine: audio chunks in, partial and final captions out.

VAD-gated utterances (faster-whisper's Silero VAD) -> Whisper -> LocalAgreement for partials ->
guards -> Chinese script -> translations (approved script lines first, then text MT, then
Whisper's translate task for English). The same engine serves the live microphone, the CLI over
a file (`studio captions`) and the teleprompter's voice follower.
"""

from __future__ import annotations

import collections
import enum
import logging
import threading
import time
from dataclasses import dataclass
from typing import Callable

import numpy as np

from studio.captions.asr import CaptionModelError, DecodeRequest, WhisperRecognizer
from studio.captions.chinese import script_for, to_script
from studio.captions.guards import clean_segments
from studio.captions.options import SMALLER_MODEL, WHISPER_MODELS, CaptionOptions
from studio.captions.shedding import LoadGovernor, ShedLevel
from studio.captions.stabilizer import LocalAgreement
from studio.captions.vad import WINDOW_S, WINDOW_SAMPLES, StreamingVad
from studio.core.clock import SessionClock
from studio.core.events import CaptionEvent, Severity, StatusMessage
from studio.core.frames import AUDIO_SAMPLE_RATE_HZ, AudioChunk

log = logging.getLogger(__name__)

SR = AUDIO_SAMPLE_RATE_HZ
_SILENT_MIC_DBFS = -70.0      # digital silence or a muted input; a quiet room is around -55
_SILENT_MIC_AFTER_S = 10.0
_PROMPTS = {"zh": "以下是普通话的句子。"}   # a Simplified prompt steers Whisper to Simplified


class EngineState(enum.Enum):
    IDLE = "idle"          # model not loaded yet
    LISTENING = "listening"
    PAUSED = "paused"      # model missing or broken: audio is dropped, the stream goes on
    FINISHED = "finished"


@dataclass(frozen=True)
class CaptionStats:
    state: EngineState
    rtf: float
    shed_level: ShedLevel
    model: str
    audio_s: float
    partials: int
    finals: int
    dropped_hallucinations: int


@dataclass
class _Utterance:
    start_sample: int
    end_sample: int
    voiced_windows: int


class StreamingCaptioner:
    """Streaming captions over a stream of `AudioChunk`s.

    Threads: `insert_audio` may be called from any thread (the audio dispatch thread); it only
    appends to a locked queue. `process`, `finish`, `stats` and everything else run on the
    captions thread, which owns the Whisper model ("thread-compatible, not thread-safe").
    `update_options` and `set_segment` may be called from any thread; they apply at the next
    `process`.

    Events: `process()` returns partials (about every `partial_interval_s` of speech, words
    stabilised by LocalAgreement) and a final at each pause. A final with empty text withdraws
    a partial that turned out to be noise. Status for the host (model missing, silent mic,
    unsupported language pair, load shedding) goes to `on_status`.
    """

    def __init__(self, options: CaptionOptions, show=None, clock: SessionClock | None = None,
                 on_status: Callable[[StatusMessage], None] | None = None) -> None:
        from studio.captions.translate.hub import TranslationHub

        self.options = options
        self.show = show
        self.clock = clock or SessionClock()
        self._on_status = on_status or (lambda m: log.log(logging.WARNING if m.severity is not Severity.INFO
                                                          else logging.INFO, "%s", m.text))
        self._queue: collections.deque[AudioChunk] = collections.deque()
        self._queue_lock = threading.Lock()
        self._pending_options: CaptionOptions | None = None
        self._segment_index: int | None = None
        self.state = EngineState.IDLE
        self._recognizer: WhisperRecognizer | None = None
        self._model_name = options.model
        self._vad: StreamingVad | None = None
        self._hub = TranslationHub(options, show, self._status)
        self._governor = LoadGovernor(options.shed_rtf, options.relax_rtf, ShedLevel.SHORT_WINDOW)
        self._stabilizer = LocalAgreement()
        # Audio kept from sample index _origin on (the current utterance plus a pre-roll).
        self._audio = np.zeros(0, dtype=np.float32)
        self._origin = 0
        self._samples_in = 0            # samples received since the stream began
        self._base_ns: int | None = None   # session time of sample 0
        self._vad_windows = 0
        self._speech: _Utterance | None = None
        self._silence_run = 0
        self._last_partial_sample = 0
        self._last_partial_text = ""
        self._partial_out = False
        self._context: collections.deque[str] = collections.deque(maxlen=8)
        self._detected_language: str | None = None
        self._quiet_s = 0.0
        self._mic_warned = False
        self._counts = {"partials": 0, "finals": 0, "dropped": 0}
        self._want_smaller = False

    # ---- any thread -------------------------------------------------------------------------

    def insert_audio(self, chunk: AudioChunk) -> None:
        """Queue a chunk (16 kHz mono float32). Cheap; safe from the audio thread."""
        if chunk.sample_rate_hz != SR:
            raise ValueError(f"captions need {SR} Hz audio, got {chunk.sample_rate_hz} Hz")
        with self._queue_lock:
            self._queue.append(chunk)

    def update_options(self, options: CaptionOptions) -> None:
        """New language/model/translation choices from the host; applied at the next process()."""
        with self._queue_lock:
            self._pending_options = options

    def set_segment(self, index: int | None) -> None:
        """The run of show's current segment: its lines are tried first for approved translations."""
        self._segment_index = index
        self._hub.set_segment(index)

    # ---- captions thread --------------------------------------------------------------------

    def load(self) -> None:
        """Load Whisper now (else the first process() does). Raises CaptionModelError."""
        if self._vad is None:
            self._vad = StreamingVad()
        if self._recognizer is None:
            recognizer = WhisperRecognizer(self._model_name, self.options.device, self.options.cpu_threads)
            recognizer.check_language(self.options.spoken_language)
            self._recognizer = recognizer
            self._hub.set_recognizer(recognizer)
            self._governor.max_level = (ShedLevel.SMALLER_MODEL if self._smaller_model() else ShedLevel.SHORT_WINDOW)
        self.state = EngineState.LISTENING

    def process(self) -> list[CaptionEvent]:
        """Take in the queued audio; return the caption events it produced."""
        self._apply_pending_options()
        chunks = self._drain()
        if self.state is EngineState.IDLE:
            self._try_load()
        if not chunks:
            return []
        samples = self._append(chunks)
        if self.state is not EngineState.LISTENING:
            self._trim(self._samples_in)
            return []
        self._watch_level(samples)
        started = time.perf_counter()
        events = self._run_vad(samples, at_end=False)
        events += self._maybe_partial()
        busy_s = time.perf_counter() - started
        self._governor_round(len(samples) / SR, busy_s)
        return events

    def finish(self) -> list[CaptionEvent]:
        """End of stream: everything still queued or in an utterance becomes finals."""
        events = self.process()
        if self.state is EngineState.LISTENING:
            events += self._run_vad(np.zeros(0, dtype=np.float32), at_end=True)
        self.state = EngineState.FINISHED
        return events

    def stats(self) -> CaptionStats:
        return CaptionStats(self.state, self._governor.rtf, self._governor.level, self._model_name,
                            self._samples_in / SR, self._counts["partials"], self._counts["finals"],
                            self._counts["dropped"])

    @property
    def shed_changes(self) -> list[tuple[float, ShedLevel]]:
        return list(self._governor.changes)

    # ---- internals --------------------------------------------------------------------------

    def _status(self, severity: Severity, text: str) -> None:
        self._on_status(StatusMessage(severity, text, source="captions"))

    def _try_load(self) -> None:
        try:
            self.load()
        except CaptionModelError as exc:
            self.state = EngineState.PAUSED
            self._status(Severity.ERROR, f"Captions paused: {exc}")

    def _apply_pending_options(self) -> None:
        with self._queue_lock:
            options, self._pending_options = self._pending_options, None
        if options is None:
            return
        old = self.options
        self.options = options
        self._hub.update_options(options)
        if (options.model, options.device, options.cpu_threads) != (old.model, old.device, old.cpu_threads):
            self._recognizer = None
            self._model_name = options.model
            self.state = EngineState.IDLE
        elif options.language != old.language and self._recognizer is not None:
            try:
                self._recognizer.check_language(options.spoken_language)
                if self.state is EngineState.PAUSED:
                    self.state = EngineState.LISTENING
            except CaptionModelError as exc:
                self.state = EngineState.PAUSED
                self._status(Severity.ERROR, f"Captions paused: {exc}")
        if options.language != old.language:
            self._context.clear()
            self._detected_language = None

    def _drain(self) -> list[AudioChunk]:
        with self._queue_lock:
            chunks = list(self._queue)
            self._queue.clear()
        return chunks

    def _append(self, chunks: list[AudioChunk]) -> np.ndarray:
        parts = []
        for chunk in chunks:
            expected_ns = (None if self._base_ns is None
                           else self._base_ns + int(self._samples_in * 1e9 / SR))
            if expected_ns is None or abs(chunk.timestamp_ns - expected_ns) > 200_000_000:
                # First chunk, or a gap/jump (device restarted): re-anchor the timeline.
                self._base_ns = chunk.timestamp_ns - int(self._samples_in * 1e9 / SR)
            samples = np.asarray(chunk.samples, dtype=np.float32).reshape(-1)
            parts.append(samples)
            self._samples_in += len(samples)
        samples = np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)
        self._audio = np.concatenate([self._audio, samples])
        return samples

    def _time_s(self, sample: int) -> float:
        return ((self._base_ns or 0) + sample * 1e9 / SR) / 1e9

    def _slice(self, start: int, end: int) -> np.ndarray:
        return self._audio[max(0, start - self._origin): max(0, end - self._origin)]

    def _trim(self, keep_from: int) -> None:
        keep_from = min(keep_from, self._samples_in)
        if keep_from > self._origin:
            self._audio = self._audio[keep_from - self._origin:]
            self._origin = keep_from

    def _watch_level(self, samples: np.ndarray) -> None:
        if not len(samples):
            return
        rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
        dbfs = 20 * np.log10(max(rms, 1e-10))
        if dbfs < _SILENT_MIC_DBFS:
            self._quiet_s += len(samples) / SR
            if self._quiet_s >= _SILENT_MIC_AFTER_S and not self._mic_warned:
                self._mic_warned = True
                self._status(Severity.WARNING, f"No sound from the microphone for {int(self._quiet_s)} s: "
                             f"check it is plugged in and not muted. Captions resume when sound returns.")
        else:
            if self._mic_warned:
                self._status(Severity.INFO, "Microphone sound is back; captions resumed.")
            self._quiet_s = 0.0
            self._mic_warned = False

    def _run_vad(self, samples: np.ndarray, at_end: bool) -> list[CaptionEvent]:
        vad = self.options.vad
        events: list[CaptionEvent] = []
        windows = self._vad.feed(samples) if len(samples) else []
        min_silence = max(1, int(vad.min_silence_ms / 1000 / WINDOW_S))
        pre_roll = int(vad.pre_roll_ms * SR / 1000)
        max_samples = int(self.options.max_utterance_s * SR)
        for w in windows:
            end = (w.index + 1) * WINDOW_SAMPLES
            if self._speech is None:
                if w.speech_prob >= vad.threshold:
                    start = max(self._origin, w.index * WINDOW_SAMPLES - pre_roll)
                    self._speech = _Utterance(start, end, 1)
                    self._silence_run = 0
                    self._last_partial_sample = start
                    self._stabilizer.reset()
                    self._last_partial_text = ""
                else:
                    self._trim(end - pre_roll)
                continue
            utt = self._speech
            utt.end_sample = end
            if w.speech_prob < vad.neg_threshold:
                self._silence_run += 1
            else:
                self._silence_run = 0
                if w.speech_prob >= vad.threshold:
                    utt.voiced_windows += 1
            if self._silence_run >= min_silence:
                # The pause ends the utterance; keep 200 ms of it (Whisper likes a clean ending).
                utt.end_sample = end - (self._silence_run * WINDOW_SAMPLES) + int(0.2 * SR)
                events += self._final(utt)
                self._speech = None
                self._trim(end - pre_roll)
            elif end - utt.start_sample >= max_samples:
                cut = self._cut_point(utt)
                head = _Utterance(utt.start_sample, cut, utt.voiced_windows)
                events += self._final(head)
                self._speech = _Utterance(cut, end, 1)
                self._last_partial_sample = cut
                self._stabilizer.reset()
                self._last_partial_text = ""
                self._trim(cut)
        if at_end and self._speech is not None:
            self._speech.end_sample = self._samples_in
            events += self._final(self._speech)
            self._speech = None
        return events

    def _cut_point(self, utt: _Utterance) -> int:
        """Where to split a run-on utterance: the quietest 32 ms in its last 3 s."""
        audio = self._slice(utt.start_sample, utt.end_sample)
        n = len(audio) // WINDOW_SAMPLES
        lo = max(1, n - int(3.0 / WINDOW_S))
        frames = audio[: n * WINDOW_SAMPLES].reshape(n, WINDOW_SAMPLES)
        energy = np.sqrt(np.mean(frames[lo:] ** 2, axis=1))
        return utt.start_sample + (lo + int(np.argmin(energy)) + 1) * WINDOW_SAMPLES

    def _language(self) -> str | None:
        return self.options.spoken_language or self._detected_language

    def _prompt(self, language: str | None) -> str | None:
        context = "".join(self._context)[-self.options.context_chars:]
        return context or _PROMPTS.get(language or "")

    def _request(self, beam_size: int, word_timestamps: bool, final: bool = False) -> DecodeRequest:
        # In auto mode each final detects its language again (hosts switch languages mid-show);
        # partials reuse the last detection (no detection pass in the quick decode).
        language = self.options.spoken_language if final else self._language()
        return DecodeRequest(language=language, beam_size=beam_size, prompt=self._prompt(language),
                             hotwords=self.options.glossary.hotwords(), word_timestamps=word_timestamps)

    def _spoken_text(self, text: str, language: str) -> str:
        variant = self.options.chinese_script or script_for(language, self.show.markets if self.show else None)
        return to_script(text, variant) if language.startswith("zh") else text

    def _maybe_partial(self) -> list[CaptionEvent]:
        utt = self._speech
        plan = self._plan()
        if utt is None or plan.partial_interval_s is None:
            return []
        if utt.voiced_windows * WINDOW_S * 1000 < self.options.vad.min_speech_ms:
            return []
        if (utt.end_sample - self._last_partial_sample) < plan.partial_interval_s * SR:
            return []
        if self._backlog_s() > LoadGovernor.BACKLOG_LIMIT_S:
            return []  # behind: the next final matters more than a stale partial
        self._last_partial_sample = utt.end_sample
        audio = self._slice(utt.start_sample, utt.end_sample)
        decoded = self._recognizer.decode_quick(audio, self._request(1, False))
        text = clean_segments(list(decoded.segments), utt.voiced_windows * WINDOW_S)
        if not text:
            return []
        language = self._language() or decoded.language
        stable = self._stabilizer.update(self._spoken_text(text, language))
        if stable.text == self._last_partial_text:
            return []
        self._last_partial_text = stable.text
        self._partial_out = True
        self._counts["partials"] += 1
        translations = self._hub.translate_partial(stable.committed.strip(), language)
        return [CaptionEvent("partial", self._time_s(utt.start_sample), self._time_s(utt.end_sample),
                             self.clock.now_s(), stable.text, language, translations)]

    def _final(self, utt: _Utterance) -> list[CaptionEvent]:
        voiced_s = utt.voiced_windows * WINDOW_S
        start_s, end_s = self._time_s(utt.start_sample), self._time_s(utt.end_sample)
        text, language, words, decoded = "", self._language() or "", (), None
        if voiced_s * 1000 >= self.options.vad.min_speech_ms:
            plan = self._plan()
            audio = self._slice(utt.start_sample, utt.end_sample)
            request = self._request(plan.beam_size, plan.word_timestamps, final=True)
            if plan.short_window_finals:
                decoded = self._recognizer.decode_quick(audio, request, window_s=min(30.0, len(audio) / SR + 3.0))
            else:
                decoded = self._recognizer.decode(audio, request)
            text = clean_segments(list(decoded.segments), voiced_s)
            if not text and any(s.text.strip() for s in decoded.segments):
                self._counts["dropped"] += 1
            if self.options.spoken_language is None and decoded.language_prob >= 0.5:
                self._detected_language = decoded.language
            language = self.options.spoken_language or decoded.language
            if text:
                words = tuple((w, start_s + a, start_s + b) for w, a, b in decoded.words)
        self._maybe_switch_model()
        if not text:
            if not self._partial_out:
                return []
            self._partial_out = False
            return [CaptionEvent("final", start_s, end_s, self.clock.now_s(), "", language)]
        self._partial_out = False
        text = self._spoken_text(text, language)
        self._context.append(text if language in ("zh", "ja", "th") else " " + text)
        translations = self._hub.translate_final(text, language, self._slice(utt.start_sample, utt.end_sample))
        self._counts["finals"] += 1
        return [CaptionEvent("final", start_s, end_s, self.clock.now_s(), text, language, translations, words)]

    def _plan(self):
        o = self.options
        return self._governor.plan(o.partial_interval_s, o.beam_size, o.word_timestamps)

    def _backlog_s(self) -> float:
        """How far processing lags the audio: session now minus the newest sample's time."""
        with self._queue_lock:
            queued = sum(len(c.samples) for c in self._queue) / SR
        return self.clock.now_s() - self._time_s(self._samples_in) + queued

    def _governor_round(self, audio_s: float, busy_s: float) -> None:
        if not self.options.shed_load:
            self._governor.observe(audio_s, busy_s)
            return
        before = self._governor.level
        level = self._governor.record(audio_s, busy_s, max(0.0, self._backlog_s()))
        # Every step down is announced; steps back up only once full quality is back (no chatter).
        if level > before or (level < before and level is ShedLevel.FULL):
            words = {ShedLevel.FULL: "full quality", ShedLevel.FEWER_PARTIALS: "fewer live updates",
                     ShedLevel.FINALS_ONLY: "captions at each pause only",
                     ShedLevel.SHORT_WINDOW: "captions at each pause, faster and a little less accurate",
                     ShedLevel.SMALLER_MODEL: "a smaller model"}
            verb = "busy" if level > before else "keeping up again"
            self._status(Severity.INFO if level < before else Severity.WARNING,
                         f"Captions: the computer is {verb} (real-time factor {self._governor.rtf:.2f}); "
                         f"now {words[level]}.")
            if level is ShedLevel.SMALLER_MODEL:
                self._want_smaller = True

    def _smaller_model(self) -> str | None:
        """The next smaller Whisper model if shedding may use it and it is installed."""
        from studio.models.registry import installed_path

        smaller = SMALLER_MODEL.get(self._model_name)
        if not self.options.allow_smaller_model or smaller is None:
            return None
        return smaller if installed_path(WHISPER_MODELS[smaller]) is not None else None

    def _maybe_switch_model(self) -> None:
        """At a pause, swap in the smaller model the governor asked for (if installed)."""
        if not self._want_smaller:
            return
        self._want_smaller = False
        smaller = self._smaller_model()
        if smaller is None:
            return
        try:
            recognizer = WhisperRecognizer(smaller, self.options.device, self.options.cpu_threads)
            recognizer.check_language(self.options.spoken_language)
        except CaptionModelError as exc:
            log.info("no smaller model to shed to: %s", exc)
            return
        self._recognizer = recognizer
        self._model_name = smaller
        self._hub.set_recognizer(recognizer)
        self._status(Severity.WARNING, f"Captions switched to the smaller '{smaller}' model to keep up.")

