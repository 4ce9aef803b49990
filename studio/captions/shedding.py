"""Load shedding: the engine watches its own real-time factor and does less before it falls behind.

Real-time factor (RTF) = seconds spent decoding / seconds of audio taken in, over the last
~20 s of audio. Above `shed_rtf`, or when audio waits more than 2 s to be processed, the level
goes up one step; it comes down one step after 30 s of audio below `relax_rtf`. With base on
2 cores a partial costs ~0.2 s and a final ~1 s (MEASUREMENTS.md, re-measured), so a talkative
host on a busy laptop reaches level 1 or 2 rather than a growing delay.
"""

from __future__ import annotations

import collections
import enum
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)


class ShedLevel(enum.IntEnum):
    FULL = 0            # partials every partial_interval_s, beam search finals, word timings
    FEWER_PARTIALS = 1  # partials half as often, beam 2
    FINALS_ONLY = 2     # no partials, greedy finals without word timings
    SHORT_WINDOW = 3    # finals over a short encoder window (~0.1 s instead of ~0.55 s with base)
    SMALLER_MODEL = 4   # the next smaller Whisper model (when installed), loaded at the next pause


@dataclass(frozen=True)
class WorkPlan:
    """What the engine may spend at the current level."""

    level: ShedLevel
    partial_interval_s: float | None    # None: no partials
    beam_size: int
    word_timestamps: bool
    short_window_finals: bool = False


class LoadGovernor:
    """Called on the captions thread only."""

    WINDOW_AUDIO_S = 20.0
    MIN_DWELL_AUDIO_S = 6.0      # audio between two changes (lets the new level show its cost)
    RELAX_AFTER_AUDIO_S = 30.0
    BACKLOG_LIMIT_S = 2.0

    def __init__(self, shed_rtf: float, relax_rtf: float, max_level: ShedLevel = ShedLevel.SMALLER_MODEL):
        self.shed_rtf = shed_rtf
        self.relax_rtf = relax_rtf
        self.max_level = max_level
        self.level = ShedLevel.FULL
        self._window: collections.deque[tuple[float, float]] = collections.deque()  # (audio_s, busy_s)
        self._since_change_s = 0.0
        self._calm_s = 0.0
        self.changes: list[tuple[float, ShedLevel]] = []   # (audio time, new level) for reports
        self._audio_total_s = 0.0

    @property
    def rtf(self) -> float:
        audio = sum(a for a, _ in self._window)
        return sum(b for _, b in self._window) / audio if audio > 0 else 0.0

    def observe(self, audio_s: float, busy_s: float) -> None:
        """Measure only (offline runs): the real-time factor without changing the level."""
        self._audio_total_s += audio_s
        self._window.append((audio_s, busy_s))
        while len(self._window) > 1 and sum(a for a, _ in self._window) - self._window[0][0] > self.WINDOW_AUDIO_S:
            self._window.popleft()

    def record(self, audio_s: float, busy_s: float, backlog_s: float) -> ShedLevel:
        """One process() round: audio_s taken in, busy_s spent decoding, backlog_s still waiting."""
        self.observe(audio_s, busy_s)
        self._since_change_s += audio_s
        rtf = self.rtf
        warm = sum(a for a, _ in self._window) >= 5.0
        overloaded = warm and rtf > self.shed_rtf or backlog_s > self.BACKLOG_LIMIT_S
        if overloaded and self.level < self.max_level and self._since_change_s >= self.MIN_DWELL_AUDIO_S:
            self._set(ShedLevel(self.level + 1))
            return self.level
        if sum(b for _, b in self._window) > 0:   # silence proves nothing: only speech the engine kept up with
            self._calm_s = self._calm_s + audio_s if (rtf < self.relax_rtf and backlog_s < 0.5) else 0.0
        if (self._calm_s >= self.RELAX_AFTER_AUDIO_S and ShedLevel.FULL < self.level < ShedLevel.SMALLER_MODEL):
            self._set(ShedLevel(self.level - 1))
        return self.level

    def take_round(self, audio_s: float, busy_s: float, backlog_s: float | None):
        """The engine's round: backlog_s None measures only (shedding off). Returns the message to
        tell the host (or None) and whether the level just rose to the smaller model."""
        if backlog_s is None:
            self.observe(audio_s, busy_s)
            return None, False
        before = self.level
        level = self.record(audio_s, busy_s, max(0.0, backlog_s))
        return shed_message(before, level, self.rtf), level is ShedLevel.SMALLER_MODEL and level > before

    def _set(self, level: ShedLevel) -> None:
        self.level = level
        self._since_change_s = 0.0
        self._calm_s = 0.0
        self.changes.append((self._audio_total_s, level))

    def plan(self, partial_interval_s: float, beam_size: int, word_timestamps: bool) -> WorkPlan:
        if self.level == ShedLevel.FULL:
            return WorkPlan(self.level, partial_interval_s, beam_size, word_timestamps)
        if self.level == ShedLevel.FEWER_PARTIALS:
            return WorkPlan(self.level, 2 * partial_interval_s, min(beam_size, 2), word_timestamps)
        if self.level == ShedLevel.FINALS_ONLY:
            return WorkPlan(self.level, None, 1, False)
        return WorkPlan(self.level, None, 1, False, short_window_finals=True)


# the level in words, by key: the window says it in the host's language (studio/ui/core_messages.py)
_LEVEL_KEYS = {ShedLevel.FULL: "captions.level.full", ShedLevel.FEWER_PARTIALS: "captions.level.fewer_partials",
               ShedLevel.FINALS_ONLY: "captions.level.finals_only", ShedLevel.SHORT_WINDOW: "captions.level.short_window",
               ShedLevel.SMALLER_MODEL: "captions.level.smaller_model"}


def shed_message(before: ShedLevel, level: ShedLevel, rtf: float):
    """(severity, English text, HostMessage) for the host when the level changed, else None. Every step down is
    said; steps back up only once full quality is back (no chatter)."""
    from studio.core.events import Severity
    from studio.core.messages import message

    if not (level > before or (level < before and level is ShedLevel.FULL)):
        return None
    said = message("captions.busy" if level > before else "captions.keeping_up", rtf=f"{rtf:.2f}",
                   level=message(_LEVEL_KEYS[level]))
    return Severity.INFO if level < before else Severity.WARNING, said.text, said


def smaller_model_name(model_name: str, options) -> str | None:
    """The next smaller Whisper model if shedding may use it and it is installed."""
    from studio.captions.options import SMALLER_MODEL, WHISPER_MODELS
    from studio.models.registry import installed_path

    smaller = SMALLER_MODEL.get(model_name)
    if not options.allow_smaller_model or smaller is None:
        return None
    return smaller if installed_path(WHISPER_MODELS[smaller]) is not None else None


def load_smaller_model(model_name: str, options):
    """(name, recognizer) of the smaller model, when there is one that speaks the host's language;
    else None (the engine keeps its model)."""
    from studio.captions.asr import CaptionModelError, WhisperRecognizer

    smaller = smaller_model_name(model_name, options)
    if smaller is None:
        return None
    try:
        recognizer = WhisperRecognizer(smaller, options.device, options.cpu_threads)
        recognizer.check_language(options.spoken_language)
    except CaptionModelError as exc:
        log.info("no smaller model to shed to: %s", exc)
        return None
    return smaller, recognizer
