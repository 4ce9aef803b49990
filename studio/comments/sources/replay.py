"""Replay of a recorded comment stream (JSONL or CSV) at its real pace or as fast as possible,
and paste (a block of text, one comment per line): rehearsals, tests and demos.

A record is the relay's JSON event (studio.comments.schema) plus `t`, seconds from the start of
the recording; CSV files have the same names as columns. A bad line is skipped and counted with
its line number; the replay goes on.
"""

from __future__ import annotations

import csv
import io
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from studio.comments.events import EventKind, LiveEvent
from studio.comments.schema import MAX_EVENT_BYTES, EventFormatError, parse_event
from studio.comments.sources.base import EventSource, FeedState, FeedStateChanged, Sink
from studio.core.messages import message

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_PASTE_LINES = 5000
_NUMERIC = ("t", "count", "amount", "wall_ms")


@dataclass
class ReplayOptions:
    realtime: bool = False        # True: wait for each record's `t`; False: as fast as possible
    speed: float = 1.0            # realtime pace multiplier (2.0 = twice as fast)
    platform: str = "replay"      # the platform of records that do not name one


@dataclass
class BadLine:
    line_no: int
    reason: str


@dataclass
class Record:
    line_no: int
    t_s: float
    data: dict = field(default_factory=dict)


def read_records(path: Path) -> Iterator[Record | BadLine]:
    """The records of a .jsonl/.json-lines or .csv file, in file order. A missing or too large
    file raises here (OSError, EventFormatError), before the first record."""
    path = Path(path)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise EventFormatError(f"{path.name} is over {MAX_FILE_BYTES // 2**20} MB")
    return _records(path)


def _records(path: Path) -> Iterator[Record | BadLine]:
    with path.open("r", encoding="utf-8-sig", errors="replace", newline="") as handle:
        if path.suffix.lower() == ".csv":
            yield from _csv_records(handle)
        else:
            yield from _jsonl_records(handle)


def _jsonl_records(handle) -> Iterator[Record | BadLine]:
    for line_no, line in enumerate(handle, 1):
        if not line.strip():
            continue
        if len(line) > MAX_EVENT_BYTES:
            yield BadLine(line_no, "line too long")
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadLine(line_no, f"not valid JSON ({exc.msg})")
            continue
        yield _record(line_no, data)


def _csv_records(handle) -> Iterator[Record | BadLine]:
    for row_no, row in enumerate(csv.DictReader(handle), 2):
        data: dict = {}
        for key, value in row.items():
            if key is None or value in (None, ""):
                continue
            key = key.strip().lower()
            if key in _NUMERIC:
                try:
                    data[key] = float(value) if key in ("t", "amount") else int(float(value))
                except ValueError:
                    yield BadLine(row_no, f"column '{key}' is not a number")
                    break
            else:
                data[key] = value
        else:
            yield _record(row_no, data)


def _record(line_no: int, data) -> Record | BadLine:
    if not isinstance(data, dict):
        return BadLine(line_no, "a record is a JSON object")
    t = data.get("t", 0.0)
    if isinstance(t, bool) or not isinstance(t, (int, float)) or t != t or t < 0:
        return BadLine(line_no, "field 't' must be a number of seconds >= 0")
    return Record(line_no, float(t), data)


class ReplaySource(EventSource):
    """Reads the file on its own thread and emits each record when its time comes.

    clock/wait are injectable for tests: clock() -> seconds (monotonic), wait(seconds) -> True when
    stopped meanwhile (default: the stop event's wait, so stop() wakes a long pause at once)."""

    name = "replay"

    def __init__(self, path: str | Path, sink: Sink, options: ReplayOptions | None = None,
                 on_state: Callable[[FeedStateChanged], None] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 wait: Callable[[float], bool] | None = None) -> None:
        super().__init__(sink, on_state)
        self.path = Path(path)
        self.options = options or ReplayOptions()
        self._clock = clock
        self._wait = wait or self._halt.wait
        self.bad_lines: list[BadLine] = []

    def run(self) -> None:
        try:
            records = read_records(self.path)
            self.set_state(FeedState.LIVE, message("feed.replaying", name=self.path.name))
            start = self._clock()
            start_wall_ms = time.time_ns() // 1_000_000
            for item in records:
                if self.stopping:
                    return
                if isinstance(item, BadLine):
                    self.bad_lines.append(item)
                    continue
                if self.options.realtime:
                    delay = start + item.t_s / max(self.options.speed, 1e-3) - self._clock()
                    if delay > 0 and self._wait(delay):
                        return
                if "wall_ms" not in item.data:   # the recording happens now, at its own offsets
                    item.data["wall_ms"] = start_wall_ms + int(item.t_s * 1000)
                try:
                    self.emit(parse_event(item.data, source=self.name, default_platform=self.options.platform))
                except EventFormatError as exc:
                    self.bad_lines.append(BadLine(item.line_no, str(exc)))
        except (OSError, EventFormatError) as exc:
            self.set_state(FeedState.FAILED, message("feed.replay_failed", name=self.path.name, error=str(exc)))
            return
        if self.bad_lines:
            self.set_state(FeedState.ENDED, message("feed.replay_finished_skipped", name=self.path.name,
                                                    count=self.events_out, bad=len(self.bad_lines)))
        else:
            self.set_state(FeedState.ENDED, message("feed.replay_finished", name=self.path.name,
                                                    count=self.events_out))


def paste_events(text: str, *, source: str = "paste") -> list[LiveEvent]:
    """A pasted block (from a platform's comment panel, a chat export): one comment per line."""
    lines = [line for line in io.StringIO(text or "").read().splitlines() if line.strip()]
    return [LiveEvent.create(EventKind.COMMENT, source=source, platform="paste", text=line)
            for line in lines[:MAX_PASTE_LINES]]


class PasteSource(EventSource):
    """Paste as a source: emits the pasted comments once, on its own thread, and ends."""

    name = "paste"

    def __init__(self, text: str, sink: Sink, on_state=None) -> None:
        super().__init__(sink, on_state)
        self.text = text

    def run(self) -> None:
        self.set_state(FeedState.LIVE, message("feed.pasted"))
        for event in paste_events(self.text, source=self.name):
            if self.stopping:
                return
            self.emit(event)
        self.set_state(FeedState.ENDED, message("feed.pasted_done", count=self.events_out))
