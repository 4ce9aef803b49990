"""The console's WebSocket protocol: JSON messages in, validated against the show; JSON out.

Page → studio, one object per message, `id` echoed in the answer:
    {"id": 1, "type": "cue", "text": "Smile, 30 s left on the offer"}
    {"id": 2, "type": "segment", "index": 2}                      put segment 2 on air
    {"id": 3, "type": "talk_track", "segment": 2, "track": "B"}   switch a segment's talk-track
    {"id": 4, "type": "mark", "segment": 1, "line": 3}            move the reading mark to a line
    {"id": 5, "type": "stop_line", "segment": 1, "line": 3, "on": true}   red "stop this line" flag
Line numbers count the lines of the track the segment is read from (A: the script, B: `### B`).
Studio → page: {"type": "hello", ...outline of the show}, {"type": "position", ...} after every move
of the host's prompter, {"type": "flags", "flags": [[s, l], ...]}, {"type": "tracks", "b": [s, ...]}
(segments read from their B talk-track), and per command
{"type": "ack", "id": n} or {"type": "error", "id": n, "code": "...", "message": "..."}.

Everything from the page is untrusted: unknown types, wrong field types, indices outside the show
and cue text are refused or cleaned here, before anything reaches the session.
"""

from __future__ import annotations

import enum
import json
import time
from dataclasses import dataclass

from studio.comments.sanitize import clean_text
from studio.prompter.script import ScriptView

MAX_CUE_CHARS = 200          # a cue is read at a glance while talking
MAX_MESSAGE_BYTES = 4096


class CommandType(enum.Enum):
    CUE = "cue"
    SEGMENT = "segment"
    TALK_TRACK = "talk_track"
    MARK = "mark"
    STOP_LINE = "stop_line"


@dataclass(frozen=True)
class Command:
    type: CommandType
    id: int | None = None
    text: str = ""
    segment: int = 0
    line: int = 0
    track: str = "A"
    on: bool = True


class CommandError(Exception):
    """A refused command: `code` for the page, the message in English for people and logs."""

    def __init__(self, code: str, message: str, command_id: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.command_id = command_id


def _int(message: dict, key: str, command_id: int | None) -> int:
    value = message.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise CommandError("bad_field", f"'{key}' must be a whole number", command_id)
    return value


def parse_command(raw: str | bytes, script: ScriptView) -> Command:
    """One message from the page, checked against the show (indices in range, a line that exists)."""
    if len(raw) > MAX_MESSAGE_BYTES:
        raise CommandError("too_long", f"a message is at most {MAX_MESSAGE_BYTES} bytes")
    try:
        message = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise CommandError("bad_json", "a message is one JSON object") from None
    if not isinstance(message, dict):
        raise CommandError("bad_json", "a message is one JSON object")
    raw_id = message.get("id")
    command_id = raw_id if isinstance(raw_id, int) and not isinstance(raw_id, bool) else None
    try:
        kind = CommandType(message.get("type"))
    except ValueError:
        raise CommandError("unknown_type", f"unknown command type {str(message.get('type'))[:40]!r}",
                           command_id) from None
    segments = len(script.show.segments)
    if kind is CommandType.CUE:
        text = clean_text(message.get("text"), MAX_CUE_CHARS)
        if not text:
            raise CommandError("empty_cue", "a cue needs some text", command_id)
        return Command(kind, command_id, text=text)
    segment = _int(message, "index" if kind is CommandType.SEGMENT else "segment", command_id)
    if not 0 <= segment < segments:
        raise CommandError("no_such_segment", f"the show has segments 0 to {segments - 1}", command_id)
    if kind is CommandType.SEGMENT:
        return Command(kind, command_id, segment=segment)
    if kind is CommandType.TALK_TRACK:
        track = message.get("track")
        if track not in ("A", "B"):
            raise CommandError("bad_field", "'track' is \"A\" or \"B\"", command_id)
        if track == "B" and not script.show.segments[segment].b_lines:
            raise CommandError("no_b_track", f"segment {segment} has no B talk-track", command_id)
        return Command(kind, command_id, segment=segment, track=track)
    line = _int(message, "line", command_id)
    script_line = script.script_line(segment, line)
    if script_line is None:
        raise CommandError("no_such_line", f"segment {segment} has no line {line}", command_id)
    if kind is CommandType.MARK:
        if script_line.first_token < 0:
            raise CommandError("not_spoken", "only a spoken line can carry the reading mark", command_id)
        return Command(kind, command_id, segment=segment, line=line)
    on = message.get("on", True)
    if not isinstance(on, bool):
        raise CommandError("bad_field", "'on' is true or false", command_id)
    return Command(kind, command_id, segment=segment, line=line, on=on)


class RateLimiter:
    """A token bucket per connection: a producer taps a few times a second; a stuck key or a
    script flooding the prompter is refused beyond `burst` commands at `per_s` a second."""

    def __init__(self, per_s: float = 5.0, burst: int = 10, clock=time.monotonic) -> None:
        self.per_s = per_s
        self.burst = burst
        self._clock = clock
        self._tokens = float(burst)
        self._last = clock()

    def allow(self) -> bool:
        now = self._clock()
        self._tokens = min(float(self.burst), self._tokens + (now - self._last) * self.per_s)
        self._last = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return True
        return False


def outline(script: ScriptView, talk_track_available: bool) -> dict:
    """The "hello" message: the show's segments with their lines, and the B talk-track's lines where
    a segment has one (line numbers as the prompter counts them on that track), for the page to list."""
    show = script.show
    b_view = ScriptView(show, frozenset(range(len(show.segments))))   # only segments with ### B read B

    def lines(view: ScriptView, index: int) -> list[dict]:
        return [{"line": ln.line, "text": ln.text, "spoken": ln.first_token >= 0}
                for ln in view.lines if ln.segment == index]
    a_view = ScriptView(show)
    segments = [{"index": i, "title": seg.title, "has_b": bool(seg.b_lines), "lines": lines(a_view, i),
                 "b_lines": lines(b_view, i) if seg.b_lines else []}
                for i, seg in enumerate(show.segments)]
    return {"type": "hello", "title": show.title, "segments": segments,
            "talk_track": talk_track_available, "max_cue_chars": MAX_CUE_CHARS}


def error_message(exc: CommandError) -> dict:
    return {"type": "error", "id": exc.command_id, "code": exc.code, "message": str(exc)}
