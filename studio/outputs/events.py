"""Events the outputs publish, beside the core's (studio.core.events)."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class LinkState(enum.Enum):
    """Where a network or device output stands."""

    IDLE = "idle"                  # made, waiting for its first frame
    CONNECTING = "connecting"
    LIVE = "live"
    RECONNECTING = "reconnecting"  # lost or refused: trying again after a back-off
    FAILED = "failed"              # cannot work until the user acts (no driver, no key)
    STOPPED = "stopped"


@dataclass(frozen=True)
class OutputStateChanged:
    """An output (RTMP push, virtual camera, caption feed) changed state; detail is one sentence."""

    output: str
    state: LinkState
    detail: str = ""


@dataclass(frozen=True)
class TickerTextChanged:
    """The disclosure ticker now shows `text` ("" when hidden); the OBS caption feed mirrors it."""

    text: str
