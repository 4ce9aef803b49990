"""The try-on's cost controller: keep within the frame budget by lowering its own cost.

Steps, cheapest last: FULL (model on every frame) → ALTERNATE (model on every other
frame, the skipped ones extrapolated) → ALTERNATE_SMALL (also a smaller inference
image) → PRODUCT_CARD (no tracking at all: a flat product card, the stream goes on).
It steps down when the recent mean cost is over budget, and probes a step up after
a quiet spell, waiting twice as long after each failed probe (capped), so a slow
machine does not flap. Video-pipeline thread only. That is for tracking in line (files);
live sessions track on their own thread and only guard a floor on its rate (TrackRateGuard).
"""

from __future__ import annotations

import collections
import enum
from dataclasses import dataclass


class CostLevel(enum.IntEnum):
    FULL = 0
    ALTERNATE = 1
    ALTERNATE_SMALL = 2
    PRODUCT_CARD = 3


@dataclass(frozen=True)
class BudgetOptions:
    # 30 fps leaves 33 ms a frame; the compositor, overlays and encoder need the rest.
    budget_ms: float = 22.0
    window_frames: int = 20             # frames averaged before a decision
    step_up_below: float = 0.55         # probe a cheaper→richer step when mean < this × budget
    quiet_frames: int = 90              # ~3 s at 30 fps before the first probe up
    max_quiet_frames: int = 1800        # ~1 min: the longest wait between probes
    small_inference_long_side_px: int = 384


class CostController:
    """Feed it each frame's try-on cost; read `level` for the next frame."""

    def __init__(self, options: BudgetOptions = BudgetOptions()) -> None:
        self.options = options
        self.level = CostLevel.FULL
        self._recent: collections.deque[float] = collections.deque(maxlen=options.window_frames)
        self._quiet = 0
        self._wait = options.quiet_frames
        self._probing = False
        self.changes = 0

    def observe(self, cost_ms: float) -> CostLevel:
        self._recent.append(cost_ms)
        if len(self._recent) < self._recent.maxlen:
            return self.level
        mean_ms = sum(self._recent) / len(self._recent)
        if mean_ms > self.options.budget_ms and self.level < CostLevel.PRODUCT_CARD:
            if self._probing:                 # the richer step did not fit: wait longer next time
                self._wait = min(self._wait * 2, self.options.max_quiet_frames)
            self._probing = False
            self._set(CostLevel(self.level + 1))
            return self.level
        if self._probing:                     # a whole window at the richer step fitted
            self._probing = False
            self._wait = self.options.quiet_frames
        if mean_ms < self.options.step_up_below * self.options.budget_ms and self.level > CostLevel.FULL:
            self._quiet += 1
            if self._quiet >= self._wait:
                self._set(CostLevel(self.level - 1))
                self._probing = True
        else:
            self._quiet = 0
        return self.level

    def _set(self, level: CostLevel) -> None:
        self.level = level
        self._recent.clear()
        self._quiet = 0
        self.changes += 1


@dataclass(frozen=True)
class RateFloorOptions:
    min_hz: float = 3.0          # fewer tracks a second than this and the look visibly trails the face
    back_hz: float = 5.0         # the look comes back above this (hysteresis: no flapping)
    hold_s: float = 3.0          # each way, the rate must hold this long


class TrackRateGuard:
    """Background tracking (studio.ar.track_thread) costs the pipeline nothing, so it needs no budget: only a
    floor. PRODUCT_CARD once the model has managed fewer than min_hz tracks a second for hold_s; FULL again once
    it has managed back_hz for hold_s."""

    def __init__(self, options: RateFloorOptions = RateFloorOptions()) -> None:
        self.options = options
        self.level = CostLevel.FULL
        self._since: float | None = None

    def observe(self, rate_hz: float, now_s: float) -> CostLevel:
        o = self.options
        turning = rate_hz < o.min_hz if self.level is CostLevel.FULL else rate_hz >= o.back_hz
        if not turning:
            self._since = None
        elif self._since is None:
            self._since = now_s
        elif now_s - self._since >= o.hold_s:
            self.level = CostLevel.PRODUCT_CARD if self.level is CostLevel.FULL else CostLevel.FULL
            self._since = None
        return self.level
