"""Deleting data on purpose: personal data only, one session, or everything before a date.

After deleting, the WAL is checkpointed and the file VACUUMed, so the removed bytes do
not linger in free pages or the journal (https://www.sqlite.org/lang_vacuum.html).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studio.sales.log import SalesLog


@dataclass(frozen=True)
class PurgeCounts:
    sessions: int
    sales: int
    markers: int
    platform_orders: int
    buyer_fields: int          # buyer values cleared (personal purge) or deleted with their rows

    def describe(self) -> str:
        return (f"{self.sessions} session(s), {self.sales} sale(s), {self.markers} marker(s), "
                f"{self.platform_orders} imported order line(s), {self.buyer_fields} buyer field(s)")


# Children first: foreign keys are on.
_SESSION_TABLES = ("sale_edits", "sales", "markers", "viewer_counts", "fx_rates", "platform_orders",
                   "order_imports", "segment_changes", "session_segments", "sessions")


def _session_ids(log: "SalesLog", session_id: int | None, before_ms: int | None) -> list[int]:
    if session_id is not None:
        return [r[0] for r in log.db.execute("SELECT id FROM sessions WHERE id = ?", (session_id,))]
    if before_ms is not None:
        return [r[0] for r in log.db.execute("SELECT id FROM sessions WHERE started_ms < ?", (before_ms,))]
    return []


def _count(log: "SalesLog", ids: list[int], personal: bool) -> PurgeCounts:
    if not ids:
        buyers = 0
        if personal:
            buyers = sum(log.db.execute(f"SELECT COUNT(*) FROM {t} WHERE buyer IS NOT NULL").fetchone()[0]
                         for t in ("sales", "platform_orders"))
        return PurgeCounts(0, 0, 0, 0, buyers)
    marks = ",".join("?" * len(ids))

    def n(sql: str) -> int:
        return log.db.execute(sql.format(marks=marks), ids).fetchone()[0]
    return PurgeCounts(
        len(ids), n("SELECT COUNT(*) FROM sales WHERE session_id IN ({marks})"),
        n("SELECT COUNT(*) FROM markers WHERE session_id IN ({marks})"),
        n("SELECT COUNT(*) FROM platform_orders WHERE session_id IN ({marks})"),
        n("SELECT COUNT(*) FROM sales WHERE buyer IS NOT NULL AND session_id IN ({marks})")
        + n("SELECT COUNT(*) FROM platform_orders WHERE buyer IS NOT NULL AND session_id IN ({marks})"))


def purge(log: "SalesLog", *, personal: bool = False, session_id: int | None = None,
          before_ms: int | None = None, dry_run: bool = False) -> PurgeCounts:
    """Remove buyer data (personal=True) or whole sessions; dry_run only counts."""
    if not personal and session_id is None and before_ms is None:
        raise ValueError("say what to purge: personal data, a session, or sessions before a date")
    ids = _session_ids(log, session_id, before_ms)
    counts = _count(log, ids, personal and not ids)
    if dry_run:
        return counts
    with log.write() as db:
        if ids:
            marks = ",".join("?" * len(ids))
            db.execute(f"DELETE FROM sale_edits WHERE sale_id IN (SELECT id FROM sales WHERE session_id IN ({marks}))", ids)
            for table in _SESSION_TABLES[1:-1]:
                db.execute(f"DELETE FROM {table} WHERE session_id IN ({marks})", ids)
            db.execute(f"DELETE FROM sessions WHERE id IN ({marks})", ids)
        if personal:
            db.execute("UPDATE sales SET buyer = NULL WHERE buyer IS NOT NULL")
            db.execute("UPDATE platform_orders SET buyer = NULL WHERE buyer IS NOT NULL")
            db.execute("DELETE FROM sale_edits WHERE field = 'buyer'")
    with log._lock:
        log.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        log.db.execute("VACUUM")
    return counts
