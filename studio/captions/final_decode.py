"""How a final caption is decoded, and how long that may block the captions thread.

The captions thread also serves readers that cannot wait long (the teleprompter's voice follower:
studio.prompter.early_job decodes the newest audio between the engine's rounds). One final with
beam search and word timings over Whisper's 30 s window costs ~1 s with base on an idle two-core
laptop and 4-7 s under load, and nothing else runs on the thread meanwhile: the follower then
sat 4-7 s without a word after a jump (held-out follow reading 4). So a reader may set a
`LatencyGuard` on the engine:

- before each decode the guard hears how long it is expected to take (`before_block`) and may run
  its own short decode first (the follower hears the newest words before the thread is taken);
- each final is decoded in the richest way whose expected cost fits the guard's block budget
  (`block_budget_s`): the load governor's plan, else greedy over the full window, else greedy over
  a window just longer than the audio, the cheapest (studio.captions.shedding's SHORT_WINDOW).

Expected costs come from `DecodeCosts`: each way's cost on base on an idle two-core laptop
(measured, see REFERENCE_COST), scaled by how much slower this machine and model run now (a
running mean over the decodes just measured), so tiny.en, a loaded laptop and a fast desktop all
learn their own figures after a final or two.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from studio.core.frames import AUDIO_SAMPLE_RATE_HZ

SR = AUDIO_SAMPLE_RATE_HZ


class LatencyGuard(Protocol):
    def block_budget_s(self) -> float | None:
        """The longest one decode may hold the captions thread now; None: no limit."""

    def before_block(self, expected_s: float) -> None:
        """Called on the captions thread before a decode expected to take expected_s."""


@dataclass(frozen=True)
class FinalWay:
    beam_size: int
    word_timestamps: bool
    short_window: bool = False


# Seconds (fixed, per second of audio) of one final decode with base on an idle two-core laptop
# (int8; greedy/beam over the 30 s window, or greedy over a window of the audio plus 3 s; measured
# on 3, 6 and 10 s of speech, /tmp runs of 2026-12-06 at load ~4.7 halved): the 30 s encoder pass
# dominates, so the short window is ~5x cheaper and beam search adds little to it.
REFERENCE_COST = {"beam": (0.62, 0.03), "greedy": (0.55, 0.02), "short": (0.04, 0.025),
                  "words": (0.1, 0.005)}


def reference_cost_s(way: FinalWay, audio_s: float) -> float:
    fixed, per_s = REFERENCE_COST["short" if way.short_window else "beam" if way.beam_size > 1 else "greedy"]
    cost = fixed + per_s * audio_s
    if way.beam_size > 2 and not way.short_window:
        cost += 0.01 * (way.beam_size - 2) * audio_s     # wider beams, more hypotheses per token
    if way.word_timestamps and not way.short_window:
        cost += REFERENCE_COST["words"][0] + REFERENCE_COST["words"][1] * audio_s
    return cost


class DecodeCosts:
    """This machine's and model's speed relative to REFERENCE_COST (a running mean of measured
    over reference cost); starts a little pessimistic, as a busy machine would be."""

    def __init__(self, slowness: float = 1.5, weight: float = 0.3) -> None:
        self.slowness = slowness
        self._weight = weight

    def expected_s(self, way: FinalWay, audio_s: float) -> float:
        return self.slowness * reference_cost_s(way, audio_s)

    def measured(self, way: FinalWay, audio_s: float, cost_s: float) -> None:
        ratio = cost_s / max(1e-3, reference_cost_s(way, audio_s))
        self.slowness += self._weight * (min(ratio, 20.0) - self.slowness)


def final_ways(plan) -> list[FinalWay]:
    """The ways to decode a final under the governor's plan, richest first."""
    ways = [FinalWay(plan.beam_size, plan.word_timestamps, plan.short_window_finals)]
    if not plan.short_window_finals:
        if plan.beam_size > 1:
            ways.append(FinalWay(1, plan.word_timestamps))
        ways.append(FinalWay(1, False, short_window=True))
    return ways


def choose_way(plan, audio_s: float, budget_s: float | None, costs: DecodeCosts) -> FinalWay:
    """The richest way whose expected cost fits the budget (the cheapest when none does)."""
    ways = final_ways(plan)
    if budget_s is None:
        return ways[0]
    for way in ways:
        if costs.expected_s(way, audio_s) <= budget_s:
            return way
    return ways[-1]


class FinalDecoder:
    """Decodes finals for the engine (captions thread only)."""

    def __init__(self) -> None:
        self.costs = DecodeCosts()
        self.guard: LatencyGuard | None = None
        self.cheapened = 0          # finals decoded in a cheaper way than the plan's, for the guard

    def guard_budget_s(self) -> float | None:
        return self.guard.block_budget_s() if self.guard is not None else None

    def decode(self, recognizer, audio, request_for, plan):
        """request_for(beam_size, word_timestamps) -> DecodeRequest. Returns Decoded."""
        audio_s = len(audio) / SR
        budget_s = self.guard_budget_s()
        way = choose_way(plan, audio_s, budget_s, self.costs)
        if way != final_ways(plan)[0]:
            self.cheapened += 1
        self.before_block(self.costs.expected_s(way, audio_s))
        request = request_for(way.beam_size, way.word_timestamps)
        if way.short_window:
            decoded = recognizer.decode_quick(audio, request, window_s=min(30.0, audio_s + 3.0))
        else:
            decoded = recognizer.decode(audio, request)
        self.costs.measured(way, audio_s, decoded.decode_s)
        return decoded

    def before_block(self, expected_s: float) -> None:
        if self.guard is not None:
            self.guard.before_block(expected_s)
