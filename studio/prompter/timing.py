"""Show clock for the prompter: progress and time left per segment and for the show, offer countdowns.

Pure arithmetic over the session clock (seconds); the controller owns one ShowTimer
and the panel reads snapshots, so no Qt timers hold state. Offers end at one fixed moment
(studio.show.offer_clock): re-entering a segment never restarts its countdown.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.show.model import Show
from studio.show.offer_clock import OfferClock, OfferCountdown


@dataclass(frozen=True)
class SegmentProgress:
    index: int
    title: str
    planned_s: float | None        # from the show file; None when the producer gave no duration
    elapsed_s: float               # time spent in this segment so far (all visits)
    remaining_s: float | None      # planned - elapsed; negative when the segment runs over
    words_done: int                # spoken words up to the position (0 before the segment)
    words_total: int

    @property
    def overrun(self) -> bool:
        return self.remaining_s is not None and self.remaining_s < 0

    @property
    def word_fraction(self) -> float:
        return self.words_done / self.words_total if self.words_total else 0.0


@dataclass(frozen=True)
class ShowProgress:
    elapsed_s: float
    planned_s: float
    remaining_planned_s: float     # what is left of the plan: this segment's rest + later segments
    remaining_script_s: float      # words left at the host's measured pace
    current: SegmentProgress | None
    segments: tuple[SegmentProgress, ...]
    offer: OfferCountdown | None


class ShowTimer:
    """Tracks when each segment was on air and when offers end.

    Called from the prompter controller's thread only. `offers` may be shared with the
    session (the price card's clock) so both show the same end.
    """

    def __init__(self, show: Show, segment_words: list[int], offers: OfferClock | None = None) -> None:
        self.show = show
        self._segment_words = segment_words
        self._started_s: float | None = None
        self._segment: int | None = None
        self._entered_s = 0.0
        self._spent_s = [0.0] * len(show.segments)
        self.offers = offers or OfferClock(show)

    @property
    def started(self) -> bool:
        return self._started_s is not None

    def start(self, now_s: float, segment: int = 0) -> None:
        self._started_s = now_s
        self._segment = None
        self.enter_segment(segment, now_s)

    def enter_segment(self, segment: int, now_s: float) -> None:
        """`segment` is now on air; its offer starts counting down the first time it is."""
        if self._started_s is None or segment == self._segment:
            return
        if self._segment is not None:
            self._spent_s[self._segment] += now_s - self._entered_s
        self._segment = segment
        self._entered_s = now_s
        self.offers.on_air(segment, _ns(now_s))

    def restart_offer(self, segment: int, now_s: float) -> None:
        """The producer restarts an offer (e.g. a second flash-sale round)."""
        self.offers.restart(segment, _ns(now_s))

    def progress(self, now_s: float, words_done_total: int, words_per_s: float) -> ShowProgress:
        spent = list(self._spent_s)
        if self._segment is not None:
            spent[self._segment] += now_s - self._entered_s
        segments = []
        word_base = 0
        for i, seg in enumerate(self.show.segments):
            total = self._segment_words[i]
            done = min(total, max(0, words_done_total - word_base))
            word_base += total
            remaining = None if seg.duration_s is None else seg.duration_s - spent[i]
            segments.append(SegmentProgress(i, seg.title, seg.duration_s, spent[i], remaining, done, total))
        current = segments[self._segment] if self._segment is not None and segments else None
        remaining_planned = 0.0
        if self._segment is not None:
            cur = self.show.segments[self._segment]
            remaining_planned = max(0.0, (cur.duration_s or 0.0) - spent[self._segment])
            remaining_planned += sum(s.duration_s or 0.0 for s in self.show.segments[self._segment + 1:])
        else:
            remaining_planned = self.show.planned_duration_s
        words_left = max(0, sum(self._segment_words) - words_done_total)
        elapsed = 0.0 if self._started_s is None else now_s - self._started_s
        return ShowProgress(elapsed, self.show.planned_duration_s, remaining_planned,
                            words_left / words_per_s if words_per_s > 0 else 0.0,
                            current, tuple(segments), self._offer(now_s))

    def _offer(self, now_s: float) -> OfferCountdown | None:
        if self._segment is None:
            return None
        countdown = self.offers.countdown(self._segment, _ns(now_s))
        # The segment on air's own offer shows until it ends; an earlier one only while it runs.
        return countdown if countdown is not None and (countdown.segment == self._segment
                                                       or not countdown.ended) else None


def _ns(seconds: float) -> int:
    return int(round(seconds * 1e9))
