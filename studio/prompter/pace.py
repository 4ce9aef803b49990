"""The host's reading pace, measured while voice follow places them.

The prompter's lead (the highlight running ahead of the last heard word) and timed scrolling (the
Timed mode and the voice fallback) move at this pace. One thread: the prompter controller's.
"""

from __future__ import annotations

import collections


class HostPace:
    """Words per second over the last `window_s` of voice follow, else `default_words_per_s`."""

    def __init__(self, default_words_per_s: float, window_s: float) -> None:
        self.default_words_per_s = default_words_per_s
        self.window_s = window_s
        self._samples: collections.deque[tuple[float, int]] = collections.deque()

    def note(self, now_s: float, token: int) -> None:
        """Voice follow placed the host on `token` now."""
        self._samples.append((now_s, token))
        # A step back (a repeat, a jump back) starts the measure afresh from there.
        while self._samples and (now_s - self._samples[0][0] > self.window_s or self._samples[0][1] > token):
            self._samples.popleft()

    def clear(self) -> None:
        """Token numbers changed (a talk-track switch): the samples no longer compare."""
        self._samples.clear()

    def words_per_s(self) -> float:
        if len(self._samples) >= 2:
            (t0, k0), (t1, k1) = self._samples[0], self._samples[-1]
            if t1 - t0 >= 5.0 and k1 > k0:
                # Clamp to human presenting speeds: a jump inside the window must not set the pace.
                return min(4.5, max(1.2, (k1 - k0) / (t1 - t0)))
        return self.default_words_per_s
