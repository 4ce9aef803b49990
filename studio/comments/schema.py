"""The JSON form of a live-room event (docs/comments.md), read by the relay and the replay alike.

    {"kind": "comment", "text": "¿tienen el rojo?", "user": "ana", "id": "c-17",
     "platform": "shopee", "wall_ms": 1764943200000, "t": 12.5, "lang": "es"}

Only `text` is required (for comments); kind defaults to "comment". A wrong type or an unknown kind
is an EventFormatError whose message says which field and what was expected: the relay answers it
with HTTP 400 / a WebSocket error message, the replay names the line.
"""

from __future__ import annotations

import json
from typing import Any

from studio.comments.events import EventKind, LiveEvent

MAX_EVENT_BYTES = 16 * 1024        # one event as JSON; a comment is 150 characters on TikTok
MAX_BATCH_EVENTS = 500             # a relay POST may carry a list of events

_NUMBER_FIELDS = ("count", "amount", "wall_ms", "t")
_STRING_FIELDS = ("text", "user", "id", "platform", "currency", "sku", "lang", "source")


class EventFormatError(ValueError):
    """A malformed event: the message is for the person who wrote the producer."""


def parse_event(data: Any, *, source: str, default_platform: str, t_mono_ns: int | None = None) -> LiveEvent:
    """One JSON object -> LiveEvent (cleaned). Raises EventFormatError."""
    if not isinstance(data, dict):
        raise EventFormatError(f"an event is a JSON object, not {type(data).__name__}")
    kind_name = data.get("kind", "comment")
    try:
        kind = EventKind(kind_name)
    except (ValueError, TypeError):
        raise EventFormatError(f"unknown kind {str(kind_name)[:40]!r}: use one of "
                               + ", ".join(k.value for k in EventKind)) from None
    for key in _STRING_FIELDS:
        value = data.get(key)
        if value is not None and not isinstance(value, str) and not (key == "id" and isinstance(value, int)):
            raise EventFormatError(f"field '{key}' must be a string")
    for key in _NUMBER_FIELDS:
        value = data.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise EventFormatError(f"field '{key}' must be a number")
    if kind is EventKind.COMMENT and not (data.get("text") or "").strip():
        raise EventFormatError("a comment needs a non-empty 'text'")
    return LiveEvent.create(kind, source=data.get("source") or source,
                            platform=data.get("platform") or default_platform, event_id=data.get("id"),
                            text=data.get("text") or "", user=data.get("user"), count=data.get("count"),
                            amount=data.get("amount"), currency=data.get("currency"), sku=data.get("sku"),
                            lang=data.get("lang"), wall_ms=data.get("wall_ms"), t_mono_ns=t_mono_ns)


def parse_body(body: bytes | str, *, source: str, default_platform: str) -> list[LiveEvent]:
    """A relay message: one event object or a list of them. Raises EventFormatError (all or nothing)."""
    if isinstance(body, str):
        body = body.encode("utf-8", "replace")
    if len(body) > MAX_EVENT_BYTES * MAX_BATCH_EVENTS:
        raise EventFormatError("message too large")
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EventFormatError(f"not valid JSON ({exc})") from None
    items = data if isinstance(data, list) else [data]
    if len(items) > MAX_BATCH_EVENTS:
        raise EventFormatError(f"at most {MAX_BATCH_EVENTS} events per message")
    events = []
    for index, item in enumerate(items):
        try:
            events.append(parse_event(item, source=source, default_platform=default_platform))
        except EventFormatError as exc:
            raise EventFormatError(f"event {index}: {exc}" if isinstance(data, list) else str(exc)) from None
    return events
