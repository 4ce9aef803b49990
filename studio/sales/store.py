"""Opening the sales database: location, durability settings, health check, backups, migrations.

Durability (https://www.sqlite.org/pragma.html#pragma_synchronous, https://www.sqlite.org/wal.html):
WAL journal + synchronous=FULL fsyncs the WAL on every commit, so a sale the app has
acknowledged survives a killed app AND a power cut. synchronous=NORMAL in WAL mode
survives a killed app but may lose the last commits on power loss: not good enough
for money. benchmarks/bench_sales.py measures what FULL costs.

Several programs may open the same file (the app, `studio sales log` from a script):
SQLite's WAL locking coordinates them. Every write is one short BEGIN IMMEDIATE
transaction that waits up to BUSY_TIMEOUT_S for the write lock. WAL needs a local
disk: a database on a network share is not supported (documented in docs/sales.md).
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import time
from pathlib import Path

import sqlite_utils

from studio.sales.errors import SalesDbBusy, SalesDbCorrupt, SalesDbTooNew, SalesWriteFailed
from studio.sales.migrations import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

ENV_DB = "STUDIO_SALES_DB"
DB_FILE_NAME = "sales.sqlite"
BUSY_TIMEOUT_S = 5.0   # longest wait for another program's write; a sale commit takes a few ms


def resolve_db_path(explicit: str | os.PathLike | None = None) -> Path:
    """--db PATH, else $STUDIO_SALES_DB, else <data dir>/sales.sqlite."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    from studio.paths import data_dir

    return data_dir() / DB_FILE_NAME


def _stamp() -> str:
    return time.strftime("%Y%m%dT%H%M%S", time.gmtime())


def copy_aside(path: Path, reason: str) -> Path:
    """Copy the file (and its -wal, which may hold committed sales) beside it; returns the copy."""
    target = path.with_name(f"{path.name}.{reason}-{_stamp()}.bak")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{reason}-{_stamp()}-{n}.bak")
    shutil.copy2(path, target)
    wal = Path(str(path) + "-wal")
    if wal.exists():
        shutil.copy2(wal, Path(str(target) + "-wal"))
    return target


def _backup_healthy(conn: sqlite3.Connection, path: Path, reason: str) -> Path:
    """A consistent copy through SQLite's online backup (includes what is still in the WAL)."""
    target = path.with_name(f"{path.name}.{reason}-{_stamp()}.bak")
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def _corrupt(path: Path, detail: str) -> SalesDbCorrupt:
    try:
        backup = str(copy_aside(path, "damaged"))
        kept = f"A copy was kept at {backup}."
    except OSError as exc:
        backup, kept = None, f"Making a copy failed too ({exc}): copy the file by hand before anything else."
    return SalesDbCorrupt(
        f"The sales database {path} is damaged and cannot be read ({detail}). Nothing was reset. "
        f"{kept} Point the studio at a new file with --db (or {ENV_DB}) to keep selling, and send "
        f"the copy to support.", backup)


def _split_sql(script: str) -> list[str]:
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def _migrate(conn: sqlite3.Connection, path: Path, from_version: int, to_version: int) -> None:
    if from_version > 0:
        backup = _backup_healthy(conn, path, f"before-v{to_version}")
        log.info("sales database %s: schema %d -> %d, backup at %s", path, from_version, to_version, backup)
    for migration in MIGRATIONS:
        if migration.version > to_version:
            break
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            if current >= migration.version:   # another program migrated meanwhile
                conn.execute("ROLLBACK")
                continue
            conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                         "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_ms INTEGER NOT NULL)")
            for statement in _split_sql(migration.sql):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                         (migration.version, migration.description, time.time_ns() // 1_000_000))
            conn.execute(f"PRAGMA user_version = {migration.version}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def open_database(path: Path, *, upgrade_to: int = SCHEMA_VERSION) -> sqlite_utils.Database:
    """Open (creating if needed) the sales database, checked, durable and at the current schema.

    Raises SalesDbCorrupt / SalesDbTooNew with a message for the host; the file is never
    reset or overwritten. `upgrade_to` exists for migration tests.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    # isolation_level=None: no hidden transactions; every write opens BEGIN IMMEDIATE itself.
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
    except sqlite3.OperationalError as exc:
        raise SalesWriteFailed(f"cannot open the sales database {path} ({exc}): check that the folder "
                               f"exists and is writable, or use --db for another file") from exc
    try:
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if existed:
                problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
                if problems != ["ok"]:
                    raise _corrupt(path, "; ".join(problems[:3]))
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                raise SalesDbBusy(f"The sales database {path} is locked by another program; try again.") from exc
            if isinstance(exc, sqlite3.OperationalError) and "unable to open" in str(exc):
                raise SalesWriteFailed(f"cannot open the sales database {path} ({exc}): check that the "
                                       f"folder is writable, or use --db for another file") from exc
            conn.close()
            raise _corrupt(path, str(exc)) from exc
        if version > SCHEMA_VERSION:
            try:
                backup = str(copy_aside(path, f"schema-v{version}"))
            except OSError:
                backup = None
            raise SalesDbTooNew(
                f"The sales database {path} was written by a newer Live Host Studio (schema version "
                f"{version}; this version reads up to {SCHEMA_VERSION}). It was left untouched"
                + (f" and a copy kept at {backup}" if backup else "")
                + ". Update Live Host Studio, or use --db to work on another file.", version, backup)
        mode = _switch_to_wal(conn)
        if mode.lower() != "wal":
            log.warning("sales database %s: WAL not available (journal_mode=%s); using rollback journal", path, mode)
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        if version < upgrade_to:
            _migrate(conn, path, version, upgrade_to)
    except BaseException:
        conn.close()
        raise
    return sqlite_utils.Database(conn)


def _switch_to_wal(conn: sqlite3.Connection) -> str:
    """PRAGMA journal_mode=WAL, retried: switching needs the file to itself, and SQLite answers
    "database is locked" at once (without the busy handler) while another program opening the same
    new file holds it, e.g. a second studio process starting at the same moment."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            return conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)

