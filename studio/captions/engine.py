"""The streaming caption engine: audio chunks in, partial and final captions out.

VAD-gated utterances (faster-whisper's Silero VAD) -> Whisper -> LocalAgreement for partials ->
guards -> Chinese script -> translations (approved script lines first, then text MT, then
Whisper's translate task for English). The same engine serves the live microphone, the CLI over
a file (`studio captions`) and the teleprompter's voice follower.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Callable

import numpy as np

from studio.captions.asr import CaptionModelError, WhisperRecognizer
from studio.captions.audio_timeline import AudioTimeline
from studio.captions.engine_state import CaptionStats, EngineState, Utterance
from studio.captions.final_decode import FinalDecoder, FinalWay, LatencyGuard
from studio.captions.guards import clean_segments
from studio.captions.intake import AudioIntake
from studio.captions.mic_watch import SilentMicWatch
from studio.captions.options import CaptionOptions
from studio.captions.prompting import DecodeContext
from studio.captions.shedding import LoadGovernor, ShedLevel, load_smaller_model, smaller_model_name
from studio.captions.stabilizer import LocalAgreement
from studio.captions.vad import WINDOW_S, WINDOW_SAMPLES, StreamingVad, quietest_cut
from studio.core.clock import SessionClock
from studio.core.events import CaptionEvent, Severity, StatusMessage
from studio.core.frames import AUDIO_SAMPLE_RATE_HZ, AudioChunk
from studio.core.messages import HostMessage

log = logging.getLogger(__name__)

SR = AUDIO_SAMPLE_RATE_HZ


class StreamingCaptioner:
    """Streaming captions over a stream of `AudioChunk`s.

    Threads: `insert_audio` may be called from any thread (the audio dispatch thread); it only
    appends to a bounded queue (studio.captions.intake: live, the newest audio wins and what is
    shed is counted and said). `process`, `finish`, `stats` and everything else run on the
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
        self._intake = AudioIntake(options.max_backlog_s if options.shed_load else None)
        self._shed_said_s = -1e9
        self._options_lock = threading.Lock()
        self._pending_options: CaptionOptions | None = None
        self._segment_index: int | None = None
        self.state = EngineState.IDLE
        self._recognizer: WhisperRecognizer | None = None
        self._model_name = options.model
        self._vad: StreamingVad | None = None
        self._hub = TranslationHub(options, show, self._status)
        self._governor = LoadGovernor(options.shed_rtf, options.relax_rtf, ShedLevel.SHORT_WINDOW)
        self._stabilizer = LocalAgreement()
        self._timeline = AudioTimeline()
        self._vad_windows = 0
        self._speech: Utterance | None = None
        self._silence_run = 0
        self._last_partial_sample = 0
        self._last_partial_text = ""
        self._partial_out = False
        self._decode = DecodeContext(options, show)
        self._mic = SilentMicWatch(self._status)
        self._counts = {"partials": 0, "finals": 0, "dropped": 0}
        self._want_smaller = False
        self._finals = FinalDecoder()

    # ---- any thread -------------------------------------------------------------------------

    def insert_audio(self, chunk: AudioChunk) -> None:
        """Queue a chunk (16 kHz mono float32). Cheap; safe from the audio thread."""
        self._intake.put(chunk)

    def update_options(self, options: CaptionOptions) -> None:
        """New language/model/translation choices from the host; applied at the next process()."""
        with self._options_lock:
            self._pending_options = options

    def set_segment(self, index: int | None) -> None:
        """The run of show's current segment: its lines are tried first for approved translations,
        and its glossary terms are Whisper's hotwords (hotword_choice.py)."""
        self._segment_index = index
        self._decode.segment_index = index
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
            can_shrink = smaller_model_name(self._model_name, self.options) is not None
            self._governor.max_level = ShedLevel.SMALLER_MODEL if can_shrink else ShedLevel.SHORT_WINDOW
        self.state = EngineState.LISTENING

    def process(self) -> list[CaptionEvent]:
        """Take in the queued audio; return the caption events it produced."""
        self._apply_pending_options()
        drained = self._intake.drain()
        if self.state is EngineState.IDLE:
            self._try_load()
        if not drained.chunks:
            return []
        events = self._close_before_gap(drained) if drained.shed_chunks else []
        samples = self._timeline.append(drained.chunks)
        if self.state is not EngineState.LISTENING:
            self._timeline.trim(self._timeline.samples_in)
            return events
        self._mic.watch(samples)
        started = time.perf_counter()
        events += self._run_vad(samples, at_end=False)
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
                            self._timeline.samples_in / SR, self._counts["partials"], self._counts["finals"],
                            self._counts["dropped"], self._intake.shed_chunks, round(self._intake.shed_s, 3))

    @property
    def shed_changes(self) -> list[tuple[float, ShedLevel]]:
        return list(self._governor.changes)

    # For work sharing this thread and model (the prompter's early signal): captions thread only.
    @property
    def recognizer(self) -> WhisperRecognizer | None:
        return self._recognizer if self.state is EngineState.LISTENING else None

    @property
    def shed_level(self) -> ShedLevel:
        return self._governor.level

    @property
    def rtf(self) -> float:
        return self._governor.rtf

    @property
    def decode_language(self) -> str | None:
        return self._decode.language       # the host's choice, else the detected one

    def backlog_s(self) -> float:
        return max(0.0, self._backlog_s())

    def set_latency_guard(self, guard: LatencyGuard | None) -> None:
        """A reader that cannot wait long on this thread (studio.captions.final_decode)."""
        self._finals.guard = guard

    @property
    def cheapened_finals(self) -> int:
        return self._finals.cheapened

    # ---- internals --------------------------------------------------------------------------

    def _status(self, severity: Severity, text: str, said: HostMessage | None = None) -> None:
        self._on_status(StatusMessage(severity, text, source="captions", message=said))

    def _try_load(self) -> None:
        try:
            self.load()
        except CaptionModelError as exc:
            self.state = EngineState.PAUSED
            self._status(Severity.ERROR, f"Captions paused: {exc}")

    def _close_before_gap(self, drained) -> list[CaptionEvent]:
        """Audio was shed before this round's: the sentence in progress ends where its audio
        ends (a final from what was heard, never dropped), and the host is told what was skipped."""
        if self.clock.now_s() - self._shed_said_s >= 10.0:    # said, not repeated every round
            self._shed_said_s = self.clock.now_s()
            self._status(Severity.WARNING, f"Captions fell behind: skipped {drained.shed_s:.1f} s of audio "
                         f"({self._intake.shed_s:.0f} s so far) to stay live.")
        events: list[CaptionEvent] = []
        if self.state is EngineState.LISTENING and self._speech is not None:
            self._speech.end_sample = self._timeline.samples_in
            events = self._final(self._speech)
            self._speech = None
        self._timeline.trim(self._timeline.samples_in)
        return events

    def _apply_pending_options(self) -> None:
        with self._options_lock:
            options, self._pending_options = self._pending_options, None
        if options is None:
            return
        old = self.options
        self.options = self._decode.options = options
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
            self._decode.reset()

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
                    start = max(self._timeline.origin, w.index * WINDOW_SAMPLES - pre_roll)
                    self._speech = Utterance(start, end, 1)
                    self._silence_run = 0
                    self._last_partial_sample = start
                    self._stabilizer.reset()
                    self._last_partial_text = ""
                else:
                    self._timeline.trim(end - pre_roll)
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
                self._timeline.trim(end - pre_roll)
            elif end - utt.start_sample >= max_samples:
                cut = self._cut_point(utt)
                head = Utterance(utt.start_sample, cut, utt.voiced_windows)
                events += self._final(head)
                self._speech = Utterance(cut, end, 1)
                self._last_partial_sample = cut
                self._stabilizer.reset()
                self._last_partial_text = ""
                self._timeline.trim(cut)
        if at_end and self._speech is not None:
            self._speech.end_sample = self._timeline.samples_in
            events += self._final(self._speech)
            self._speech = None
        return events

    def _cut_point(self, utt: Utterance) -> int:
        """Where to split a run-on utterance: the quietest 32 ms in its last 3 s."""
        return utt.start_sample + quietest_cut(self._timeline.slice(utt.start_sample, utt.end_sample))

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
        audio = self._timeline.slice(utt.start_sample, utt.end_sample)
        # While a reader waits on this thread (voice follow), a long utterance's partial keeps a window
        # just longer than its audio too, instead of falling back to Whisper's 30 s one.
        window_s = 10.0 if self._finals.guard_budget_s() is None else min(30.0, max(10.0, len(audio) / SR + 3.0))
        self._finals.before_block(self._finals.costs.expected_s(FinalWay(1, False, True), len(audio) / SR))
        decoded = self._recognizer.decode_quick(audio, self._decode.request(1, False), window_s=window_s)
        text = clean_segments(list(decoded.segments), utt.voiced_windows * WINDOW_S)
        if not text:
            return []
        language = self._decode.language or decoded.language
        stable = self._stabilizer.update(self._decode.spoken_text(text, language))
        if stable.text == self._last_partial_text:
            return []
        self._last_partial_text = stable.text
        self._partial_out = True
        self._counts["partials"] += 1
        translations = self._hub.translate_partial(stable.committed.strip(), language)
        return [CaptionEvent("partial", self._timeline.time_s(utt.start_sample), self._timeline.time_s(utt.end_sample),
                             self.clock.now_s(), stable.text, language, translations)]

    def _final(self, utt: Utterance) -> list[CaptionEvent]:
        voiced_s = utt.voiced_windows * WINDOW_S
        start_s, end_s = self._timeline.time_s(utt.start_sample), self._timeline.time_s(utt.end_sample)
        text, language, words, decoded = "", self._decode.language or "", (), None
        if voiced_s * 1000 >= self.options.vad.min_speech_ms:
            audio = self._timeline.slice(utt.start_sample, utt.end_sample)
            decoded = self._finals.decode(self._recognizer, audio, lambda beam, words: self._decode.request(
                beam, words, final=True), self._plan())
            text = clean_segments(list(decoded.segments), voiced_s)
            if not text and any(s.text.strip() for s in decoded.segments):
                self._counts["dropped"] += 1
            if self.options.spoken_language is None and decoded.language_prob >= 0.5:
                self._decode.detected_language = decoded.language
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
        # The audio check of term corrections costs an encoder pass: the first thing shed under load.
        check = None if self._governor.level >= ShedLevel.FINALS_ONLY else self._recognizer.log_prob_scorer
        if check is not None:
            self._finals.before_block(self._finals.costs.expected_s(FinalWay(1, False), 0.0))
        text = self._decode.final_text(text, language, check and check(audio, language))
        self._decode.heard(text, language)
        translations = self._hub.translate_final(text, language, self._timeline.slice(utt.start_sample, utt.end_sample))
        self._counts["finals"] += 1
        return [CaptionEvent("final", start_s, end_s, self.clock.now_s(), text, language, translations, words)]

    def _plan(self):
        o = self.options
        return self._governor.plan(o.partial_interval_s, o.beam_size, o.word_timestamps)

    def _backlog_s(self) -> float:
        """How far processing lags the audio: session now minus the newest sample's time."""
        return self.clock.now_s() - self._timeline.time_s(self._timeline.samples_in) + self._intake.queued_s

    def _governor_round(self, audio_s: float, busy_s: float) -> None:
        backlog_s = self._backlog_s() if self.options.shed_load else None
        announced, wants_smaller = self._governor.take_round(audio_s, busy_s, backlog_s)
        if announced is not None:
            self._status(*announced)
        self._want_smaller = self._want_smaller or wants_smaller

    def _maybe_switch_model(self) -> None:
        """At a pause, swap in the smaller model the governor asked for (if installed)."""
        if not self._want_smaller:
            return
        self._want_smaller = False
        loaded = load_smaller_model(self._model_name, self.options)
        if loaded is None:
            return
        smaller, recognizer = loaded
        self._recognizer = recognizer
        self._model_name = smaller
        self._hub.set_recognizer(recognizer)
        self._status(Severity.WARNING, f"Captions switched to the smaller '{smaller}' model to keep up.")

