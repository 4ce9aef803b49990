"""What the producer console puts on the session's bus, for the prompter dock (and any listener)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProducerCue:
    """A cue the producer pushed: plain text (cleaned and length-capped), shown across the prompter."""

    text: str
    at_s: float              # session clock


@dataclass(frozen=True)
class LineFlagChanged:
    """The producer flagged "stop this line" on show.segments[segment].lines[line] (flagged=False
    lifts the flag): the prompter marks the line in red until then."""

    segment: int
    line: int
    flagged: bool
