"""Nothing acknowledged is lost: kill -9 mid-burst, two programs on one file, durable settings."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from studio.sales import SaleInput, SalesDbBusy, SalesLog
from studio.sales import store

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def _start_logger(db_path: Path, sku: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, str(HERE / "burst_logger.py"), str(db_path), sku],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _read_acks(proc: subprocess.Popen, count: int, timeout_s: float = 60) -> list[int]:
    acks: list[int] = []
    deadline = time.monotonic() + timeout_s
    while len(acks) < count:
        line = proc.stdout.readline()
        if not line:
            pytest.fail(f"logger stopped early: {proc.stderr.read()}")
        acks.append(int(line))
        assert time.monotonic() < deadline, "logger too slow"
    return acks


def test_durable_settings_are_applied(log):
    assert log.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert log.db.execute("PRAGMA synchronous").fetchone()[0] == 2        # FULL: survives power loss too


@pytest.mark.parametrize("kill_after", [37, 113, 260])
def test_kill_9_mid_burst_loses_no_acknowledged_sale(db_path, show, kill_after):
    with SalesLog.open(db_path) as log:
        log.start_session(show=show)
    proc = _start_logger(db_path, "LIP-RUBY")
    try:
        acks = _read_acks(proc, kill_after)
        os.kill(proc.pid, signal.SIGKILL)          # mid-burst: it is logging as fast as it can
        proc.wait(timeout=10)
        # every id the logger printed before the kill, including any still in the pipe
        acks += [int(line) for line in proc.stdout.read().split()]
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    with SalesLog.open(db_path) as log:
        stored = {s.sale_id for s in log.sales(1)}
        assert set(acks) <= stored, f"lost acknowledged sales: {sorted(set(acks) - stored)[:10]}"
        assert len(stored) - len(acks) <= 1        # at most the one committed but not yet printed
        assert log.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_two_programs_on_one_file_are_coordinated(db_path, show):
    with SalesLog.open(db_path) as log:
        log.start_session(show=show)
    procs = [_start_logger(db_path, "LIP-RUBY"), _start_logger(db_path, "EYE-AVI")]
    try:
        acks = [_read_acks(p, 60) for p in procs]
    finally:
        for p in procs:
            p.kill()
            p.wait(timeout=10)
            p.stdout.close()
            p.stderr.close()
    with SalesLog.open(db_path) as log:
        by_sku = {}
        for sale in log.sales(1):
            by_sku.setdefault(sale.sku, set()).add(sale.sale_id)
    assert set(acks[0]) <= by_sku["LIP-RUBY"] and set(acks[1]) <= by_sku["EYE-AVI"]
    assert not set(acks[0]) & set(acks[1])


def test_a_write_waits_for_the_other_program_then_commits(live, db_path):
    live.set_segment(1)
    holder = SalesLog.open(db_path, origin="holder")
    holder.db.execute("BEGIN IMMEDIATE")                      # the other program is mid-write
    release = threading.Timer(0.3, lambda: holder.db.execute("COMMIT"))
    release.start()
    try:
        sale = live.log_sale()
    finally:
        release.join()
        holder.close()
    assert sale.sku == "LIP-RUBY"


def test_a_write_lock_held_too_long_is_a_clear_error(db_path, show, monkeypatch):
    monkeypatch.setattr(store, "BUSY_TIMEOUT_S", 0.2)
    with SalesLog.open(db_path) as log, SalesLog.open(db_path) as holder:
        log.start_session(show=show)
        holder.db.execute("BEGIN IMMEDIATE")
        with pytest.raises(SalesDbBusy, match="nothing was logged"):
            log.log_sale(SaleInput(sku="LIP-RUBY"))
        holder.db.execute("ROLLBACK")
        assert log.log_sale(SaleInput(sku="LIP-RUBY")).sale_id == 1


def test_a_full_disk_refuses_the_sale_and_acknowledges_only_what_was_written(live):
    from studio.sales import SalesWriteFailed

    live.set_segment(1)
    pages = live.db.execute("PRAGMA page_count").fetchone()[0]
    live.db.execute(f"PRAGMA max_page_count = {pages + 2}")      # the disk fills up after a few sales
    acknowledged = []
    with pytest.raises(SalesWriteFailed, match="nothing was logged"):
        for _ in range(10_000):
            acknowledged.append(live.log_sale(SaleInput(note="n" * 500)).sale_id)
    assert acknowledged, "some sales fitted before the disk was full"
    assert [s.sale_id for s in live.sales(1)] == acknowledged
    live.db.execute("PRAGMA max_page_count = 1073741823")       # space freed: logging goes on
    assert live.log_sale().sale_id == acknowledged[-1] + 1


def test_programs_opening_a_new_file_at_once_migrate_it_once(db_path):
    from concurrent.futures import ThreadPoolExecutor

    def open_and_log(n: int) -> int:
        with SalesLog.open(db_path, origin=f"p{n}") as log:
            return log.schema_version

    with ThreadPoolExecutor(4) as pool:
        versions = list(pool.map(open_and_log, range(4)))
    assert versions == [store.SCHEMA_VERSION] * 4
    with SalesLog.open(db_path) as log:
        assert log.db.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0] == store.SCHEMA_VERSION
