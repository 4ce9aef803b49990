"""The follower's early signal as a side job of the captions thread, sharing the captions' model.

A live session (the window, `studio run --follow`) and `studio follow --realtime` run the caption
engine on its own thread (studio.captions.thread). The early decode (studio.prompter.early_signal)
runs there too, between the engine's rounds, with the Whisper model the engine already loaded:
one decode at a time by construction, no second model in memory, and the prompter and Qt threads
never decode. The captions come first:

- it runs only when the engine has caught up (less than `max_backlog_s` of audio waiting): the
  early decode is what goes first under load, and a final never waits for more than one early
  decode (~0.1 s with tiny.en, ~0.15 s with base on an idle two-core laptop);
- it takes at most a share of wall time, which shrinks as the engine sheds load
  (studio.captions.shedding) and with the engine's own real-time factor, so the two together
  stay under `max_total_share`. It is not shed with the partials: once the engine makes none,
  this cheap decode of the newest 2.5 s is all the follower has before the next pause;
- but the follower is never starved: while the host speaks it gets a fresh decode (a window, or
  a partial of the engine's) at least every `max_gap_s` (1.5 s), whatever the share, unless the
  captions are about to drop audio. Without it, at load 5-8 the base share left by the engine
  (~0.15) stretched the interval to 2-3 s, and the engine's long finals and the windows decoded to
  nothing made gaps of 4-13 s while the host spoke (DEV, docs/teleprompter.md);
- each decode is measured (`stats`): windows sent, decodes that heard nothing, ones due and shed
  (for the budget or the backlog), forced ones, and the longest gap while the host spoke.

Audio reaches it from the session's audio thread through a bounded deque (append and popleft
are thread-safe); decoded windows go to `sink` (the prompter worker's queue), never on the
session bus: a window is not a caption to show, check or subtitle.
"""

from __future__ import annotations

import collections
import logging
from dataclasses import dataclass
from typing import Callable

import numpy as np

from studio.core.events import CaptionEvent
from studio.core.frames import AudioChunk, level_dbfs
from studio.prompter.early_signal import EarlySignal, EarlySignalOptions

log = logging.getLogger(__name__)

VOICE_ACTIVITY_DBFS = -45.0   # above a quiet room (about -55 dBFS), below speech at a desk mic


@dataclass(frozen=True)
class EarlyBudget:
    """How much of the captions thread the early decode may take, by the engine's shed level
    (studio.captions.shedding.ShedLevel: full, fewer partials, finals only, short window, smaller
    model) and its real-time factor."""

    share_by_level: tuple[float, ...] = (0.35, 0.3, 0.3, 0.2, 0.2)
    max_total_share: float = 0.85  # the engine's real-time factor plus this decode's share
    min_share: float = 0.1         # below this the decode is shed (the engine needs the thread)
    max_backlog_s: float = 0.4     # audio waiting for the captions: they go first
    # ...except when the follower starves: while the host speaks it hears a fresh decode (a window
    # or a partial) at least every max_gap_s, unless the captions are so far behind
    # that they would drop audio (the governor's backlog limit).
    max_gap_s: float = 1.5
    starved_max_backlog_s: float = 2.0
    # The engine's own decodes (a final) hold the thread too: while the follower listens, each may
    # take about max_gap_s less this decode and a margin (studio.captions.final_decode), never less
    # than min_block_s (the cheapest final of a long sentence under load).
    block_margin_s: float = 0.2
    min_block_s: float = 0.5

    def share(self, level: int, engine_rtf: float) -> float:
        share = min(self.share_by_level[min(int(level), len(self.share_by_level) - 1)],
                    self.max_total_share - engine_rtf)
        return share if share >= self.min_share else 0.0


@dataclass(frozen=True)
class EarlyStats:
    decodes: int
    windows: int          # decodes that heard words and went to the follower
    shed: int             # decodes that were due and skipped for the captions
    busy_s: float
    mean_ms: float
    wall_s: float         # since the first audio
    shed_budget: int = 0      # ... because the share left by the engine's load was too small
    shed_backlog: int = 0     # ... because audio waited for the captions
    empty: int = 0            # decodes with nothing trustworthy (clean_segments), not sent
    starved: int = 0          # decodes forced by max_gap_s
    before_final: int = 0     # decodes run just before a long engine decode (LatencyGuard.before_block)
    longest_gap_s: float = 0.0   # longest wall time the host spoke with no fresh decode
    onset: int = 0            # decodes forced by the first second of speech after a pause

    @property
    def share(self) -> float:
        return self.busy_s / self.wall_s if self.wall_s > 0 else 0.0

    def to_json(self) -> dict:
        return {"decodes": self.decodes, "windows": self.windows, "shed": self.shed,
                "shed_budget": self.shed_budget, "shed_backlog": self.shed_backlog, "empty": self.empty,
                "starved": self.starved, "before_final": self.before_final, "onset": self.onset,
                "longest_gap_s": round(self.longest_gap_s, 2),
                "busy_s": round(self.busy_s, 3), "mean_ms": round(self.mean_ms, 1),
                "share": round(self.share, 3)}


class EarlyJob:
    """job(captioner) on the captions thread; feed() on the audio thread; stats() anywhere."""

    def __init__(self, sink: Callable[[CaptionEvent], None], now_s: Callable[[], float],
                 options: EarlySignalOptions | None = None, budget: EarlyBudget | None = None,
                 language: str | None = None, wanted: Callable[[], bool] | None = None) -> None:
        self.options = options or EarlySignalOptions()
        self.budget = budget or EarlyBudget()
        self._sink = sink
        self._now_s = now_s
        self._language = language            # the show's; the engine's choice or detection wins
        self._wanted = wanted or (lambda: True)   # e.g. the prompter is following the voice now
        self._inbox: collections.deque[tuple[np.ndarray, float, bool]] = collections.deque(maxlen=400)
        self.signal: EarlySignal | None = None
        self._shared = self.options.model is None
        self._windows = 0
        self._partials = 0
        self._counts = collections.Counter()   # shed_budget, shed_backlog, empty, starved
        self._fresh_s: float | None = None     # last fresh decode (or voice onset); None in silence
        self._longest_gap_s = 0.0
        self._first_s: float | None = None
        self._tried_s = 0.0                    # last forced decode
        self._failed = False

    # ---- audio thread ---------------------------------------------------------------------

    def feed(self, chunk: AudioChunk) -> None:
        samples = chunk.samples
        if not len(samples):
            return
        self._inbox.append((samples, chunk.end_ns / 1e9, level_dbfs(samples) > VOICE_ACTIVITY_DBFS))

    # ---- captions thread ------------------------------------------------------------------

    def __call__(self, captioner) -> bool:
        signal = self._ready(captioner)
        if signal is None:
            self._inbox.clear()
            return False
        self._take_inbox(signal)
        now_s = self._now_s()
        self._watch_gap(signal, now_s)
        partials = captioner.stats().partials
        if partials != self._partials:
            # The engine just decoded the utterance up to now (a partial the follower hears too):
            # a window over the same audio would add little for its cost.
            self._partials = partials
            self._fresh_s = now_s if self._fresh_s is not None else None
            signal.postpone(now_s + self.options.every_s)
        if not self._wanted():
            return False
        if self._starved(signal, now_s) and captioner.backlog_s() <= self.budget.starved_max_backlog_s:
            self._counts["starved"] += 1
            self._tried_s = now_s
            return self._decode(signal, now_s, self.budget.min_share)
        if signal.onset_due() and captioner.backlog_s() <= self.budget.starved_max_backlog_s:
            # The first words after a pause, where a jump shows: whatever the share (as a starved one),
            # but charged at the engine's share, so the regular windows after it keep their pace.
            self._counts["onset"] += 1
            share = self.budget.share(captioner.shed_level, captioner.rtf)
            return self._decode(signal, now_s, max(share, self.budget.min_share))
        if not signal.due(now_s):
            return False
        share = self.budget.share(captioner.shed_level, captioner.rtf)
        if share <= 0 or captioner.backlog_s() > self.budget.max_backlog_s:
            self._counts["shed_budget" if share <= 0 else "shed_backlog"] += 1
            signal.postpone(now_s + self.options.every_s)
            return False
        return self._decode(signal, now_s, share)

    def _take_inbox(self, signal: EarlySignal) -> None:
        while self._inbox:
            samples, end_s, voiced = self._inbox.popleft()
            signal.feed(samples, end_s, voiced)
            if self._first_s is None:
                self._first_s = end_s

    # ---- captions thread: the engine's LatencyGuard (studio.captions.final_decode) ----------

    def block_budget_s(self) -> float | None:
        """While the follower listens, how long one of the engine's decodes may hold the thread."""
        if self.signal is None or not self._wanted():
            return None
        budget = self.budget
        return max(budget.min_block_s, budget.max_gap_s - self._cost_s(self.signal) - budget.block_margin_s)

    def before_block(self, expected_s: float) -> None:
        """The engine is about to hold the thread for expected_s: if the host is speaking and that
        wait would leave the follower more than max_gap_s without a fresh decode, decode the newest
        audio now (not when the last fresh one is under every_s old: it would hear the same words)."""
        signal = self.signal
        if signal is None or not self._wanted():
            return
        self._take_inbox(signal)
        now_s = self._now_s()
        self._watch_gap(signal, now_s)
        if self._fresh_s is None or now_s - self._fresh_s < self.options.every_s:
            return
        if now_s - max(self._fresh_s, self._tried_s) + expected_s > self.budget.max_gap_s:
            self._counts["before_final"] += 1
            self._tried_s = now_s
            self._decode(signal, now_s, self.budget.min_share)

    def _decode(self, signal: EarlySignal, now_s: float, share: float) -> bool:
        event = signal.decode(now_s, max_share=share)
        if event is None:
            self._counts["empty"] += 1
        else:
            self._windows += 1
            self._fresh_s = event.emitted_s
            self._sink(event)
        return True

    def _watch_gap(self, signal: EarlySignal, now_s: float) -> None:
        """The longest time the host spoke with nothing fresh for the follower (stats)."""
        if not signal.hears_voice():
            self._fresh_s = None
        elif self._fresh_s is None:
            self._fresh_s = self._tried_s = now_s
        else:
            self._longest_gap_s = max(self._longest_gap_s, now_s - self._fresh_s)

    def _starved(self, signal: EarlySignal, now_s: float) -> bool:
        """No fresh decode for nearly max_gap_s while the host speaks (a decode's cost ahead,
        and not again right after a forced one that heard nothing)."""
        if self._fresh_s is None:
            return False
        return now_s - max(self._fresh_s, self._tried_s) >= self.budget.max_gap_s - self._cost_s(signal)

    @staticmethod
    def _cost_s(signal: EarlySignal) -> float:
        return signal.busy_s / signal.decodes if signal.decodes else 0.0

    def _ready(self, captioner) -> EarlySignal | None:
        """The signal, made (or re-pointed at a smaller model the engine shed to) once the
        engine's model is loaded; None until then or when it cannot run."""
        recognizer = captioner.recognizer
        if recognizer is None or self._failed:
            return None
        language = captioner.decode_language or self._language
        if recognizer.multilingual and language is None:
            return None      # auto language not detected yet: a quick decode needs one
        if self.signal is None:
            captioner.set_latency_guard(self)     # the engine's finals leave room for this job
            try:
                self.signal = EarlySignal(captioner.options.model, language, self.options,
                                          recognizer=recognizer if self._shared else None)
            except Exception as exc:   # a second model that is missing or does not know the language
                log.warning("voice follow's early signal is off: %s", exc)
                self._failed = True
                return None
        elif self._shared and self.signal.recognizer is not recognizer:
            self.signal.recognizer = recognizer
        if self.signal.recognizer.multilingual:
            self.signal.language = language
        return self.signal

    # ---- any thread -----------------------------------------------------------------------

    def stats(self) -> EarlyStats:
        signal = self.signal
        decodes, busy_s = (signal.decodes, signal.busy_s) if signal is not None else (0, 0.0)
        wall_s = 0.0 if self._first_s is None else max(0.0, self._now_s() - self._first_s)
        counts = self._counts
        return EarlyStats(decodes, self._windows, counts["shed_budget"] + counts["shed_backlog"], busy_s,
                          1000 * busy_s / decodes if decodes else 0.0, wall_s, counts["shed_budget"],
                          counts["shed_backlog"], counts["empty"], counts["starved"], counts["before_final"],
                          self._longest_gap_s, counts["onset"])
