"""Segment proposals: voice follow suggests a later segment; only the host puts it on air.

The segment on air decides the price card, the try-on look and the product the sales hotkey
logs, so a misheard phrase must never change it. When the host is heard reading a later
segment's lines, the prompter proposes that segment and the host accepts it with one key or
click (or dismisses it).

Stable by design (a looping rehearsal file, a repeated welcome line):
- proposals only point forward, past the segment on air; a line of an earlier segment
  neither proposes nor withdraws anything (going back is the host's call);
- a proposal needs `propose_min_words` words read in a row in that segment (the words from
  the last heard one up to the new one), or one leap of the follower (which already needs
  about four words found nowhere else);
- it is withdrawn only after `withdraw_min_words` words read back in the segment on air,
  more than it took to propose it (hysteresis);
- a dismissed proposal is not made again for that segment (or an earlier one) until the
  segment on air changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.prompter.script import ScriptView


@dataclass(frozen=True)
class ProposalOptions:
    propose_min_words: int = 3
    withdraw_min_words: int = 6


@dataclass(frozen=True)
class SegmentProposal:
    """The host seems to be in `segment` (show.segments index) while another is on air."""

    segment: int
    title: str


class SegmentProposer:
    """Called on the prompter controller's thread only."""

    def __init__(self, script: ScriptView, options: ProposalOptions | None = None) -> None:
        self.script = script
        self.options = options or ProposalOptions()
        self._on_air = 0
        self._proposal: int | None = None
        self._dismissed = 0                   # no proposals for segments up to this one
        self._streak_segment: int | None = None
        self._streak_words = 0                # words read in a row in _streak_segment
        self._back_words = 0                  # words read back on air while a proposal stands
        self._last_heard: int | None = None

    @property
    def proposal(self) -> SegmentProposal | None:
        if self._proposal is None:
            return None
        return SegmentProposal(self._proposal, self.script.show.segments[self._proposal].title)

    def set_on_air(self, segment: int) -> None:
        """The host (or the producer) put `segment` on air: proposals start afresh from there."""
        self._on_air = segment
        self._dismissed = segment
        self._proposal = None
        self._streak_segment = None
        self._streak_words = self._back_words = 0
        self._last_heard = None     # the host may have moved the highlight: count from the segment's start

    def dismiss(self) -> None:
        if self._proposal is not None:
            self._dismissed = max(self._dismissed, self._proposal)
            self._proposal = None
        self._streak_segment = None
        self._streak_words = 0

    def hear(self, token: int, jumped: bool) -> None:
        """Voice follow moved to `token` on the words it heard (not the lead, not timed scrolling)."""
        segment = self.script.segment_of_token(token)
        words = self._words_read(token, segment)
        self._last_heard = token
        if segment > self._on_air:
            self._back_words = 0
            if segment != self._streak_segment:
                self._streak_segment, self._streak_words = segment, 0
            self._streak_words += words
            if segment > self._dismissed and (jumped or self._streak_words >= self.options.propose_min_words):
                self._proposal = segment
            return
        self._streak_segment, self._streak_words = None, 0
        if segment == self._on_air and self._proposal is not None:
            self._back_words += words
            if self._back_words >= self.options.withdraw_min_words:
                self._proposal, self._back_words = None, 0

    def _words_read(self, token: int, segment: int) -> int:
        """Words of `segment` read to get to `token`: from the word after the last one heard (or the
        segment's first word); a step or leap back counts as one (what is read after it counts)."""
        start = self.script.segment_first_token[segment]
        if self._last_heard is not None:
            start = max(start, self._last_heard + 1)
        if token >= start:
            return token - start + 1
        return 1
