"""Checking every final caption during the live.

The captions thread publishes `CaptionEvent`s; this subscriber checks each final one
(the spoken text and every translation) and, for each hit, publishes a
`ComplianceFinding` — the teleprompter shows the correction at once — and appends it to
the session's findings log (JSON Lines, one object per finding, flushed per line so a
crash loses nothing).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from studio import paths
from studio.compliance.checker import Checker
from studio.compliance.events import ComplianceFinding
from studio.core.events import CaptionEvent, EventBus, Severity, StatusMessage
from studio.core.messages import message
from studio.core.metrics import StageMeter

log = logging.getLogger(__name__)


def default_log_path() -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    folder = paths.data_dir() / "compliance" / "sessions"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"findings-{stamp}.jsonl"


class LiveComplianceChecker:
    """Subscribes to final captions. Its handler runs on the captions thread (the publisher's)."""

    def __init__(self, bus: EventBus, checker: Checker, log_path: Path | None = None,
                 now_s: Callable[[], float] | None = None):
        self._bus = bus
        self._checker = checker
        self.log_path = log_path or default_log_path()
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._now_s = now_s or time.monotonic
        self._lock = threading.Lock()
        self._file = None
        self._unsubscribe: Callable[[], None] | None = None
        self.check_meter = StageMeter()     # per-caption check time (ms)
        self.captions_checked = 0
        self.findings_found = 0

    def start(self) -> "LiveComplianceChecker":
        if self._unsubscribe is None:
            self._unsubscribe = self._bus.subscribe(CaptionEvent, self.on_caption)
        return self

    def on_caption(self, event: CaptionEvent) -> list[ComplianceFinding]:
        if event.kind != "final":
            return []
        t0 = time.perf_counter()
        findings = self._checker.check_caption(event)
        check_ms = (time.perf_counter() - t0) * 1000
        now_s = self._now_s()
        published = [ComplianceFinding(f, event.start_s, event.end_s, now_s, check_ms,
                                       spoken_at_s(event, f.start) if f.text == event.text else None)
                     for f in findings]
        self.check_meter.add(check_ms)
        with self._lock:
            self.captions_checked += 1
            self.findings_found += len(published)
        for item in published:
            self._bus.publish(item)
        if published:
            self._append(published)
        return published

    def _append(self, items: list[ComplianceFinding]) -> None:
        with self._lock:
            try:
                if self._file is None:
                    self._file = open(self.log_path, "a", encoding="utf-8")
                for item in items:
                    self._file.write(json.dumps(item.to_json(), ensure_ascii=False) + "\n")
                self._file.flush()
            except OSError as exc:  # full disk: the finding is still on screen; say so once
                log.error("cannot write compliance log %s: %s", self.log_path, exc)
                self._bus.publish(StatusMessage.of(
                    Severity.WARNING, message("compliance.log_not_saved", error=exc.strerror or str(exc)),
                    "compliance"))

    def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None


def spoken_at_s(event: CaptionEvent, char_index: int) -> float | None:
    """Start time of the recognized word that covers char_index of the caption text."""
    cursor = 0
    for word, start_s, _end_s in event.words:
        word = word.strip()
        pos = event.text.find(word, cursor) if word else -1
        if pos < 0:
            continue
        if pos <= char_index < pos + len(word) or char_index < pos:
            return start_s
        cursor = pos + len(word)
    return None


def read_log(path: Path) -> list[dict]:
    """The findings logged for a session; a torn last line (power cut) is skipped."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return out
