"""LiveEvent: one thing that happened in the live room, whatever platform it came from.

Built only through LiveEvent.create (or studio.comments.schema for JSON), which cleans every
string from outside with studio.comments.sanitize, so no view or store ever sees raw viewer text.
"""

from __future__ import annotations

import enum
import itertools
import time
from dataclasses import dataclass, field, replace
from typing import Any

from studio.comments.sanitize import clean_id, clean_name, clean_text


class EventKind(enum.Enum):
    COMMENT = "comment"
    JOIN = "join"                  # aggregated: count = viewers who joined
    LIKE = "like"                  # aggregated: count = likes
    GIFT = "gift"                  # count = gifts, amount = value where the platform says
    VIEWER_COUNT = "viewer_count"  # count = viewers in the room now
    PURCHASE = "purchase"          # count = units, amount/currency, sku where the source gives them
    SYSTEM = "system"              # the source's own state: connected, reconnecting, ended


class SourceKind(enum.Enum):
    REPLAY = "replay"
    PASTE = "paste"
    RELAY = "relay"
    TIKTOK = "tiktok"


@dataclass(frozen=True)
class LiveEvent:
    """t_mono_ns: when the studio received it (time.monotonic_ns, or the session clock's origin
    shifted); wall_ms: when it happened, by the platform's clock where given (Unix ms)."""

    kind: EventKind
    source: str                    # which source instance, e.g. "relay", "tiktok:@shop", "replay"
    platform: str                  # "tiktok", "shopee", "replay", "paste", ...
    event_id: str                  # unique within (platform, source); made up when the source has none
    t_mono_ns: int
    wall_ms: int
    text: str = ""
    user: str | None = None        # display name; stored only when the host turned that on
    count: int | None = None
    amount: float | None = None
    currency: str | None = None
    sku: str | None = None
    lang: str | None = None        # the platform's own language hint, if any
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def create(cls, kind: EventKind, *, source: str, platform: str, event_id: object = None,
               text: object = "", user: object = None, count: object = None, amount: object = None,
               currency: object = None, sku: object = None, lang: object = None, wall_ms: object = None,
               t_mono_ns: int | None = None) -> "LiveEvent":
        """The one constructor for outside data: every string is cleaned, numbers checked."""
        now_mono = time.monotonic_ns() if t_mono_ns is None else t_mono_ns
        wall = _as_int(wall_ms)
        if wall is None or wall <= 0:
            wall = time.time_ns() // 1_000_000
        return cls(kind=kind, source=clean_id(source) or "unknown", platform=clean_id(platform, 32) or "unknown",
                   event_id=clean_id(event_id) or _made_up_id(now_mono), t_mono_ns=now_mono, wall_ms=wall,
                   text=clean_text(text), user=clean_name(user), count=_as_count(count),
                   amount=_as_amount(amount), currency=clean_id(currency, 8),
                   sku=clean_id(sku, 64), lang=clean_id(lang, 16))

    def without_user(self) -> "LiveEvent":
        return replace(self, user=None) if self.user is not None else self

    def to_json(self) -> dict[str, Any]:
        """The relay schema (docs/comments.md), so a stored or printed event can be replayed."""
        out: dict[str, Any] = {"kind": self.kind.value, "id": self.event_id, "platform": self.platform,
                               "source": self.source, "wall_ms": self.wall_ms}
        for key in ("text", "user", "count", "amount", "currency", "sku", "lang"):
            value = getattr(self, key)
            if value not in (None, ""):
                out[key] = value
        return out


_local_ids = itertools.count(1)     # next() on a count is atomic in CPython: safe across source threads


def _made_up_id(now_ns: int) -> str:
    return f"local-{now_ns:x}-{next(_local_ids)}"


def _as_int(value: object) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value == value and abs(value) < 1e18:
        return int(value)
    if isinstance(value, str):
        try:
            return int(float(value))
        except ValueError:
            return None
    return None


def _as_count(value: object) -> int | None:
    number = _as_int(value)
    if number is None:
        return None
    return max(0, min(number, 10**12))


def _as_amount(value: object) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if number != number or number in (float("inf"), float("-inf")):
        return None
    return round(max(0.0, min(number, 1e12)), 4)
