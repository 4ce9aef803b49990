"""The caption engine's state as others read it, and the utterance in progress (studio.captions.engine)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from studio.captions.shedding import ShedLevel


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
    shed_chunks: int = 0          # audio chunks shed (oldest first) because captions fell behind
    shed_audio_s: float = 0.0


@dataclass
class Utterance:
    """Samples (from the stream's start) of the speech in progress, and how many VAD windows were voiced."""

    start_sample: int
    end_sample: int
    voiced_windows: int
