"""LocalAgreement-2 (Macháček et al. 2023, ufal/whisper_streaming): words stop flickering.

Each partial re-decodes the utterance from its start. A word is committed once two consecutive
hypotheses agree on it (as a common prefix); committed words never change within the
utterance, only the tentative tail after them does.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.captions.text import norm_unit, units


@dataclass(frozen=True)
class StableText:
    committed: str
    tentative: str

    @property
    def text(self) -> str:
        if not self.committed:
            return self.tentative.strip()
        if not self.tentative:
            return self.committed
        return (self.committed + self.tentative).strip()


class LocalAgreement:
    """Called on the captions thread only."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self._committed: list[str] = []
        self._previous: list[str] = []

    def update(self, hypothesis: str) -> StableText:
        hyp = units(hypothesis)
        # The hypothesis re-reads the committed words; what follows them is the new tail.
        tail = hyp[len(self._committed):] if self._prefix_matches(hyp) else self._realign(hyp)
        prev_tail = self._previous
        agreed = 0
        while (agreed < len(tail) and agreed < len(prev_tail)
               and norm_unit(tail[agreed]) == norm_unit(prev_tail[agreed])):
            agreed += 1
        self._committed.extend(tail[:agreed])
        self._previous = tail[agreed:]
        return StableText("".join(self._committed),
                          "".join(tail[agreed:]))

    def _prefix_matches(self, hyp: list[str]) -> bool:
        n = len(self._committed)
        return len(hyp) >= n and [norm_unit(u) for u in hyp[:n]] == [norm_unit(u) for u in self._committed]

    def _realign(self, hyp: list[str]) -> list[str]:
        """Whisper re-read a committed word differently: continue after the last committed word
        it still has, else after as many units as are committed."""
        if not self._committed:
            return hyp
        last = norm_unit(self._committed[-1])
        for i in range(min(len(hyp), len(self._committed) + 3) - 1, -1, -1):
            if norm_unit(hyp[i]) == last:
                return hyp[i + 1:]
        return hyp[len(self._committed):]
