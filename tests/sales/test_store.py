"""Opening the file: migrations, damaged files, newer versions, where the file lives."""

from __future__ import annotations

import sqlite3

import pytest

from studio.sales import SaleInput, SalesDbCorrupt, SalesDbTooNew, SalesLog, resolve_db_path
from studio.sales.migrations import SCHEMA_VERSION
from studio.sales.store import open_database


def test_fresh_file_gets_every_migration_recorded(log):
    assert log.schema_version == SCHEMA_VERSION
    rows = log.db.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
    assert [r[0] for r in rows] == list(range(1, SCHEMA_VERSION + 1))
    assert {"products", "sessions", "sales", "markers", "fx_rates", "platform_orders"} <= set(log.db.table_names())


def test_old_schema_is_migrated_with_a_backup_and_keeps_its_sales(db_path, show):
    old = open_database(db_path, upgrade_to=1)
    old.execute("INSERT INTO products (sku, name, price_minor, currency, updated_ms) VALUES ('A', 'A', 100, 'USD', 0)")
    old.execute("INSERT INTO sessions (title, currency, started_ms) VALUES ('v1 live', 'USD', 0)")
    old.execute("INSERT INTO sales (session_id, at_ms, sku, product_name, quantity, unit_price_minor, total_minor, "
                "currency, origin) VALUES (1, 10, 'A', 'A', 2, 100, 200, 'USD', 'old')")
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    old.close()
    with SalesLog.open(db_path) as log:
        assert log.schema_version == SCHEMA_VERSION
        assert [s.total.amount_minor for s in log.sales(1)] == [200]
        assert log.db.execute("SELECT buyer FROM sales").fetchone() == (None,)     # column added by v2
    backups = list(db_path.parent.glob(f"sales.sqlite.before-v{SCHEMA_VERSION}-*.bak"))
    assert len(backups) == 1
    kept = sqlite3.connect(backups[0])
    assert kept.execute("PRAGMA user_version").fetchone()[0] == 1
    assert kept.execute("SELECT COUNT(*) FROM sales").fetchone()[0] == 1
    kept.close()


def test_not_a_database_is_refused_with_a_copy_kept_and_nothing_reset(db_path):
    garbage = b"These are my notes, not a database.\n" * 200
    db_path.write_bytes(garbage)
    with pytest.raises(SalesDbCorrupt) as info:
        SalesLog.open(db_path)
    message = str(info.value)
    assert "damaged" in message and "Nothing was reset" in message and str(db_path) in message
    assert db_path.read_bytes() == garbage
    assert info.value.backup_path and open(info.value.backup_path, "rb").read() == garbage


def test_damaged_pages_are_found_before_anything_is_written(db_path, show):
    with SalesLog.open(db_path) as log:
        log.start_session(show=show)
        log.set_segment(1)
        for _ in range(300):
            log.log_sale(SaleInput(note="x" * 200))
        log.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    data[3 * page:6 * page] = b"\xa5" * (3 * page)       # a disk error in the middle of the file
    db_path.write_bytes(bytes(data))
    with pytest.raises(SalesDbCorrupt, match="A copy was kept") as info:
        SalesLog.open(db_path)
    assert db_path.read_bytes() == bytes(data)
    assert open(info.value.backup_path, "rb").read() == bytes(data)


def test_newer_schema_is_refused_and_left_untouched(db_path):
    SalesLog.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(SalesDbTooNew, match="newer Live Host Studio") as info:
        SalesLog.open(db_path)
    assert info.value.file_version == SCHEMA_VERSION + 5
    assert f"schema version {SCHEMA_VERSION + 5}" in str(info.value) and "Update Live Host Studio" in str(info.value)
    assert db_path.read_bytes() == before and open(info.value.backup_path, "rb").read() == before


def test_db_path_flag_then_environment_then_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDIO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("STUDIO_SALES_DB", raising=False)
    assert resolve_db_path() == tmp_path / "data" / "sales.sqlite"
    monkeypatch.setenv("STUDIO_SALES_DB", str(tmp_path / "env.sqlite"))
    assert resolve_db_path() == tmp_path / "env.sqlite"
    assert resolve_db_path(tmp_path / "flag.sqlite") == tmp_path / "flag.sqlite"


def test_file_opens_in_plain_sqlite_with_readable_view(live):
    live.set_segment(1)
    live.log_sale()
    plain = sqlite3.connect(live.path)
    row = plain.execute("SELECT sku, total_minor, currency, undone, at_utc FROM sales_readable").fetchone()
    plain.close()
    assert row[:4] == ("LIP-RUBY", 1990, "USD", 0) and row[4].startswith("2026-")


def test_a_path_that_cannot_be_opened_is_a_clear_message(tmp_path):
    from studio.sales import SalesWriteFailed

    folder = tmp_path / "a-folder.sqlite"
    folder.mkdir()                                  # a folder where the file should be
    with pytest.raises(SalesWriteFailed, match="cannot open the sales database"):
        SalesLog.open(folder)
