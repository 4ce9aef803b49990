"""Tells the host when the microphone has gone silent (unplugged, muted) and when sound is back."""

from __future__ import annotations

from typing import Callable

import numpy as np

from studio.core.events import Severity
from studio.core.frames import AUDIO_SAMPLE_RATE_HZ, level_dbfs

SILENT_MIC_DBFS = -70.0      # digital silence or a muted input; a quiet room is around -55
SILENT_MIC_AFTER_S = 10.0


class SilentMicWatch:
    """Called on the captions thread only; says things through status(severity, text)."""

    def __init__(self, status: Callable[[Severity, str], None]) -> None:
        self._status = status
        self._quiet_s = 0.0
        self._warned = False

    def watch(self, samples: np.ndarray) -> None:
        if not len(samples):
            return
        if level_dbfs(samples) < SILENT_MIC_DBFS:
            self._quiet_s += len(samples) / AUDIO_SAMPLE_RATE_HZ
            if self._quiet_s >= SILENT_MIC_AFTER_S and not self._warned:
                self._warned = True
                self._status(Severity.WARNING, f"No sound from the microphone for {int(self._quiet_s)} s: "
                             f"check it is plugged in and not muted. Captions resume when sound returns.")
        else:
            if self._warned:
                self._status(Severity.INFO, "Microphone sound is back; captions resumed.")
            self._quiet_s = 0.0
            self._warned = False
