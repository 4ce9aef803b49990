"""The live-room event log: SQLite beside the sales database (comments.sqlite in the same folder).

Durability as the sales log (studio/sales/store.py): WAL journal, synchronous=FULL, one short
BEGIN IMMEDIATE transaction per batch the worker drains, so every event the worker has written
survives a killed app and a power cut; a flood costs one fsync per batch, not per event.

Minimal personal data: viewer names are stored only when keep_names is on (off by default);
`purge_names` clears every stored name and VACUUMs so the bytes do not linger in free pages.
Re-sent events (same platform, source and id) are stored once per run; replaying a recording
again is a new run and is stored again.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import sqlite_utils

from studio.comments.events import EventKind, LiveEvent

ENV_DB = "STUDIO_COMMENTS_DB"
DB_FILE_NAME = "comments.sqlite"
BUSY_TIMEOUT_S = 5.0
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started_ms INTEGER NOT NULL,
    ended_ms INTEGER,
    sources TEXT NOT NULL,
    show_title TEXT
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    run_id INTEGER REFERENCES runs(id),
    kind TEXT NOT NULL,
    platform TEXT NOT NULL,
    source TEXT NOT NULL,
    event_id TEXT NOT NULL,
    wall_ms INTEGER NOT NULL,
    received_ms INTEGER NOT NULL,
    user TEXT,
    text TEXT NOT NULL DEFAULT '',
    count INTEGER,
    amount REAL,
    currency TEXT,
    sku TEXT,
    lang TEXT,
    UNIQUE (run_id, platform, source, event_id)
);
CREATE INDEX IF NOT EXISTS events_run_kind ON events(run_id, kind);
"""


class CommentsDbError(Exception):
    """The comments database cannot be opened or written; the message says what to do."""


def resolve_comments_db(explicit: str | os.PathLike | None = None) -> Path:
    """--db PATH, else $STUDIO_COMMENTS_DB, else comments.sqlite beside the sales database."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    from studio.sales.store import resolve_db_path

    return resolve_db_path().parent / DB_FILE_NAME


@dataclass(frozen=True)
class StoredCounts:
    events: int
    comments: int
    names: int


class CommentStore:
    """Written by one thread at a time (the comments worker); the lock lets the CLI read while it runs."""

    def __init__(self, path: str | os.PathLike, keep_names: bool = False) -> None:
        self.path = Path(path)
        self.keep_names = keep_names
        self._lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                   check_same_thread=False)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                conn.close()
                raise CommentsDbError(f"{self.path} was written by a newer Live Host Studio (schema "
                                      f"{version}); update, or use --db for another file")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.executescript(_SCHEMA)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.DatabaseError as exc:
            raise CommentsDbError(f"cannot open the comments database {self.path} ({exc}): check the "
                                  f"folder is writable, or use --db for another file") from exc
        self.db = sqlite_utils.Database(conn)
        self.run_id: int | None = None

    def begin_run(self, sources: str, show_title: str | None = None) -> int:
        with self._lock:
            cursor = self.db.execute("INSERT INTO runs (started_ms, sources, show_title) VALUES (?, ?, ?)",
                                     (_now_ms(), sources, show_title))
            self.run_id = cursor.lastrowid
            return self.run_id

    def end_run(self) -> None:
        if self.run_id is None:
            return
        with self._lock:
            self.db.execute("UPDATE runs SET ended_ms = ? WHERE id = ?", (_now_ms(), self.run_id))

    def add(self, events: Iterable[LiveEvent]) -> int:
        """Store a batch in one transaction; returns how many were new."""
        received = _now_ms()
        rows = [(self.run_id, e.kind.value, e.platform, e.source, e.event_id, e.wall_ms, received,
                 e.user if self.keep_names else None, e.text, e.count, e.amount, e.currency, e.sku, e.lang)
                for e in events]
        if not rows:
            return 0
        with self._lock:
            conn = self.db.conn
            try:
                conn.execute("BEGIN IMMEDIATE")
                before = conn.total_changes
                conn.executemany(
                    "INSERT OR IGNORE INTO events (run_id, kind, platform, source, event_id, wall_ms, "
                    "received_ms, user, text, count, amount, currency, sku, lang) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
                added = conn.total_changes - before
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise CommentsDbError(f"writing comments to {self.path} failed ({exc})") from exc
            return added

    def events(self, run_id: int | None = None, kind: EventKind | None = None) -> Iterator[dict]:
        where, params = [], []
        if run_id is not None:
            where.append("run_id = ?")
            params.append(run_id)
        if kind is not None:
            where.append("kind = ?")
            params.append(kind.value)
        sql = "SELECT * FROM events" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
        with self._lock:
            rows = list(self.db.query(sql, params))
        yield from rows

    def counts(self) -> StoredCounts:
        with self._lock:
            one = lambda sql: self.db.execute(sql).fetchone()[0]   # noqa: E731
            return StoredCounts(one("SELECT COUNT(*) FROM events"),
                                one("SELECT COUNT(*) FROM events WHERE kind = 'comment'"),
                                one("SELECT COUNT(*) FROM events WHERE user IS NOT NULL"))

    def purge_names(self) -> int:
        """Clear every stored viewer name; returns how many were cleared."""
        return self._purge("UPDATE events SET user = NULL WHERE user IS NOT NULL", ())

    def purge_before(self, before_ms: int) -> int:
        """Delete events (and finished runs) older than before_ms."""
        removed = self._purge("DELETE FROM events WHERE wall_ms < ?", (before_ms,))
        with self._lock:
            self.db.execute("DELETE FROM runs WHERE ended_ms IS NOT NULL AND ended_ms < ? AND id NOT IN "
                            "(SELECT DISTINCT run_id FROM events WHERE run_id IS NOT NULL)", (before_ms,))
        return removed

    def _purge(self, sql: str, params: tuple) -> int:
        with self._lock:
            conn = self.db.conn
            conn.execute("BEGIN IMMEDIATE")
            changed = conn.execute(sql, params).rowcount
            conn.execute("COMMIT")
            # Deleted bytes must not linger in the WAL or free pages (https://www.sqlite.org/lang_vacuum.html)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("VACUUM")
        return changed

    def close(self) -> None:
        with self._lock:
            self.db.conn.close()


def _now_ms() -> int:
    return time.time_ns() // 1_000_000
