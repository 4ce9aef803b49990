"""The follower's own early signal: a quick decode of the newest audio, a few times a second.

Captions wait for LocalAgreement (two decodes agreeing) and for pauses, and under load the
caption engine sheds its partials (studio.captions.shedding), so words reach the prompter one
to three seconds late. The prompter does not need stable text, only the last few words: every
`every_s` while the host is heard, the last `window_s` of audio is decoded greedily over a
short encoder window (WhisperRecognizer.decode_quick: ~4 s of encoder instead of 30 s) and
handed to the follower as a "window" CaptionEvent, which it aligns on its own (no carried
state, so overlapping windows never count a word twice) and never commits.

CPU sharing: in a live session and in `studio follow --realtime` the decode runs on the captions
thread between the engine's rounds, with the captions' own model (studio.prompter.early_job: one
decode at a time, budgeted, and shed before the captions shed anything); as fast as possible
(`studio follow`, rehearsals) it runs on the loop that feeds the audio, with that same model.
It is skipped during silence and over sound the VAD does not take for speech (noise, music), and
its interval stretches so that it takes at most `max_share` of wall time (a decode that took 0.2 s
waits at least 0.8 s for the next at max_share 0.25).
`model="tiny.en"` gives English shows a cheaper signal next to base captions (a second model,
loaded with `cpu_threads`).
"""

from __future__ import annotations

import collections
import time
from dataclasses import dataclass

import numpy as np

from studio.captions.vad import WINDOW_S, StreamingVad
from studio.core.events import CaptionEvent
from studio.core.frames import AUDIO_SAMPLE_RATE_HZ

WINDOW_KIND = "window"    # CaptionEvent.kind of an early-signal event (never shown as a caption)


@dataclass(frozen=True)
class EarlySignalOptions:
    window_s: float = 2.5          # newest audio decoded: about seven words at a presenting pace
    every_s: float = 0.4           # how often, while the host is heard
    encoder_window_s: float = 4.0  # decode_quick's encoder window (must exceed window_s + 1)
    max_share: float = 0.25        # at most this share of the captions thread's time
    voiced_recent_s: float = 0.5   # decode only if speech was heard this recently
    # Speech after a pause is often a new line, and a jump shows in its first words: a window is due
    # once this much of it is heard (about three words), whenever the last one was decoded.
    onset_pause_s: float = 0.3
    onset_heard_s: float = 1.0
    # ... and once more when this much more is heard after that window's audio: its last word is often cut off and
    # dropped, so the first window holds one or two words of the new line, short of a leap (three rare words or
    # four ordinary ones); the regular windows came 1.5 s later (every replayed jump placed at the first window
    # holding its line's words: DEV, benchmarks/results/follow-round17-2026-12-08.txt).
    onset_windows: int = 2
    onset_again_s: float = 0.7
    # A window's words are only compared with the script, where a guess that is not there costs
    # nothing: it keeps decodes a caption would drop as a guess (below -1.5). Base drops 2 in 40 of an
    # English reading's windows at -1.5, 1 in 5 of a Spanish one's, 3 in 10 of a Portuguese one's,
    # which hold script words ("entre a pedaça por igual" for "... apertam por igual").
    min_logprob: float = -2.0
    # ... which lets Whisper's words for noise or music through (tiny.en wrote some for 2-3 draws in 10 of
    # brown noise at speaking level), and such windows held off the timed fallback. The level gate hears
    # any loud sound: a window is decoded only when the VAD (Silero, as the captions') hears speech in this
    # share of it. DEV: no window of 17 readings with 0.3 s of speech or more fell under 0.1 (5,558), and no
    # window of brown or pink noise, plucked chords or sweeping tones reached it (338); 0 turns the check off.
    min_speech_share: float = 0.1
    model: str | None = None       # None: the captions' model
    cpu_threads: int = 1           # for a model of its own: the captions keep the other core


def window_text(segments: list, audio_s: float, options: EarlySignalOptions) -> str:
    """The words of a decoded window worth aligning (segments: studio.captions.guards.SegmentScore):
    the voice gate heard the host, so no silence, and a guess down to options.min_logprob."""
    from studio.captions.guards import clean_segments

    return clean_segments(segments, audio_s, heard_voice=True, min_logprob=options.min_logprob)


class EarlySignal:
    """A Whisper recognizer (its own, or the captions' one handed in) and a ring of the newest
    audio. One thread only: the one that decodes with that recognizer."""

    def __init__(self, model: str, language: str | None, options: EarlySignalOptions | None = None,
                 recognizer=None) -> None:
        from studio.captions.asr import WhisperRecognizer
        from studio.captions.options import whisper_language_code

        self.options = options or EarlySignalOptions()
        self.recognizer = recognizer or WhisperRecognizer(self.options.model or model, "cpu",
                                                          self.options.cpu_threads)
        # Without a known language decode_quick falls back to the full 30 s window: English-only
        # models know theirs; a multilingual one needs the show's.
        self.language = whisper_language_code(language) if self.recognizer.multilingual else "en"
        self.recognizer.check_language(self.language)
        self._ring: collections.deque[np.ndarray] = collections.deque()
        self._ring_samples = 0
        self._end_s: float | None = None     # session time of the newest sample
        self._voiced_s: float | None = None  # session time of the last voiced chunk
        self._onset_s: float | None = None   # speech began after a pause then, not decoded since
        self._onset_windows = 0              # windows decoded since that onset
        self._next_s = 0.0
        self._vad = None
        if self.options.min_speech_share > 0:
            self._vad = StreamingVad()
        # speech probability of each 32 ms of the ring's audio
        self._speech: collections.deque[float] = collections.deque(maxlen=int(self.options.window_s / WINDOW_S))
        self.nonspeech = 0          # windows not decoded: the VAD heard no speech in them
        self.decodes = 0
        self.busy_s = 0.0

    def feed(self, samples: np.ndarray, end_s: float, voiced: bool) -> None:
        """Audio as the microphone delivers it (16 kHz mono float32), ending at session time end_s."""
        self._ring.append(samples)
        self._ring_samples += len(samples)
        keep = int(self.options.window_s * AUDIO_SAMPLE_RATE_HZ)
        while self._ring and self._ring_samples - len(self._ring[0]) >= keep:
            self._ring_samples -= len(self._ring.popleft())
        self._end_s = end_s
        if self._vad is not None:
            self._speech.extend(w.speech_prob for w in self._vad.feed(samples))
        if voiced:
            start_s = end_s - len(samples) / AUDIO_SAMPLE_RATE_HZ
            if self._voiced_s is not None and start_s - self._voiced_s >= self.options.onset_pause_s:
                self._onset_s = start_s
                self._onset_windows = 0
            self._voiced_s = end_s

    def hears_voice(self) -> bool:
        """Speech in the newest `voiced_recent_s` of audio."""
        return (self._end_s is not None and self._voiced_s is not None
                and self._end_s - self._voiced_s <= self.options.voiced_recent_s)

    def due(self, now_s: float) -> bool:
        return self.hears_voice() and (now_s >= self._next_s or self.onset_due())

    def onset_due(self) -> bool:
        """Enough of the speech after a pause is heard for its first window."""
        return (self._onset_s is not None and self._end_s is not None
                and self._end_s - self._onset_s >= self.options.onset_heard_s)

    def speech_share(self) -> float:
        """The share of the ring's audio the VAD takes for speech (1.0 without a VAD)."""
        if self._vad is None:
            return 1.0
        return sum(p >= 0.5 for p in self._speech) / len(self._speech) if self._speech else 0.0

    def postpone(self, until_s: float) -> None:
        """Skip decodes until then (the captions need the time)."""
        self._next_s = max(self._next_s, until_s)

    def decode(self, now_s: float, max_share: float | None = None) -> CaptionEvent | None:
        """Decode the ring now; None when nothing trustworthy was heard. max_share: this
        decode's budget instead of the options' one (the captions are shedding)."""
        from studio.captions.asr import DecodeRequest

        if not self._ring or self._end_s is None:
            return None
        audio = np.concatenate(list(self._ring))[-int(self.options.window_s * AUDIO_SAMPLE_RATE_HZ):]
        if self.onset_due():
            # The next onset window is due once onset_again_s more is heard after this one's audio.
            self._onset_windows += 1
            again = self._onset_windows < self.options.onset_windows
            self._onset_s = self._end_s + self.options.onset_again_s - self.options.onset_heard_s if again else None
        if self.speech_share() < self.options.min_speech_share:
            self.nonspeech += 1                        # noise or music: no decode, no window
            self._next_s = now_s + self.options.every_s
            return None
        started = time.perf_counter()
        decoded = self.recognizer.decode_quick(audio, DecodeRequest(self.language),
                                               window_s=self.options.encoder_window_s)
        cost_s = time.perf_counter() - started
        self.decodes += 1
        self.busy_s += cost_s
        share = max_share or self.options.max_share
        self._next_s = now_s + max(self.options.every_s, cost_s / share)
        # decoded only while the voice gate hears the host (due, hears_voice)
        text = window_text(list(decoded.segments), len(audio) / AUDIO_SAMPLE_RATE_HZ, self.options)
        if not text:
            return None
        end_s = self._end_s
        return CaptionEvent(WINDOW_KIND, end_s - len(audio) / AUDIO_SAMPLE_RATE_HZ, end_s, now_s + cost_s,
                            text, self.language or decoded.language)
