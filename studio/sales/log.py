"""SalesLog: the one object the Qt panel and the `studio sales` CLI both drive.

Thread use: thread-compatible and guarded by a lock, so one worker thread (the panel's)
or the CLI's main thread calls it; never call it on the Qt event loop, because a
durable commit waits for fsync (a few ms, more on a busy disk).
"""

from __future__ import annotations

import os
import socket
import sqlite3
import threading
import time
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Callable, Iterator

import sqlite_utils

from studio.sales.errors import SalesDbBusy, SalesInputError, SalesWriteFailed
from studio.sales.model import Marker, Sale, SaleEdit, SaleInput, SegmentRef, SessionInfo
from studio.sales import rows, store
from studio.sales.store import open_database, resolve_db_path
from studio.show.model import Product, Show
from studio.show.money import Money


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


def default_origin() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class SalesLog:
    """The sales database of one file: catalog, sessions, sales, markers, viewers, FX rates."""

    def __init__(self, db: sqlite_utils.Database, path: Path, *, origin: str | None = None,
                 clock_ms: Callable[[], int] = wall_clock_ms):
        self.db = db
        self.path = path
        self.origin = origin or default_origin()
        self._clock_ms = clock_ms
        self._lock = threading.RLock()

    @classmethod
    def open(cls, path: str | os.PathLike | None = None, *, origin: str | None = None,
             clock_ms: Callable[[], int] = wall_clock_ms) -> "SalesLog":
        """Open the file (--db, $STUDIO_SALES_DB or the data folder); see store.open_database."""
        resolved = resolve_db_path(path)
        return cls(open_database(resolved), resolved, origin=origin, clock_ms=clock_ms)

    def close(self) -> None:
        with self._lock:
            self.db.close()

    def __enter__(self) -> "SalesLog":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def now_ms(self) -> int:
        return self._clock_ms()

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    @contextmanager
    def write(self) -> Iterator[sqlite_utils.Database]:
        """One durable transaction: returns only after COMMIT (WAL fsync'd with synchronous=FULL)."""
        with self._lock:
            try:
                self.db.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    raise SalesDbBusy(f"another program kept {self.path.name} locked for more than "
                                      f"{store.BUSY_TIMEOUT_S:g} s; nothing was logged, try again") from exc
                raise
            try:
                yield self.db
                self.db.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                if self.db.conn.in_transaction:
                    self.db.execute("ROLLBACK")
                if "full" in str(exc) or "readonly" in str(exc) or "I/O" in str(exc):
                    raise SalesWriteFailed(f"could not write to {self.path} ({exc}); nothing was "
                                           f"logged. Free disk space or use --db for another folder") from exc
                raise
            except BaseException:
                if self.db.conn.in_transaction:
                    self.db.execute("ROLLBACK")
                raise

    def _one(self, sql: str, params: tuple = ()) -> tuple | None:
        return self.db.execute(sql, params).fetchone()

    # ---- catalog -------------------------------------------------------------------------

    def upsert_products(self, products: list[Product]) -> int:
        now = self._clock_ms()
        records = [{
            "sku": p.sku, "name": p.name,
            "price_minor": p.price.amount_minor if p.price else None,
            "currency": p.price.currency if p.price else None,
            "stock": p.stock, "look": p.look, "notes": p.notes, "updated_ms": now,
        } for p in products]
        with self.write() as db:
            db["products"].upsert_all(records, pk="sku")
        return len(records)

    def products(self) -> list[Product]:
        return [rows.product(row) for row in self.db.execute(
            "SELECT sku, name, price_minor, currency, stock, look, notes FROM products ORDER BY sku")]

    def product(self, sku: str) -> Product | None:
        row = self._one("SELECT sku, name, price_minor, currency, stock, look, notes FROM products "
                        "WHERE sku = ?", (sku,))
        return rows.product(row) if row else None

    # ---- sessions and the run of show -------------------------------------------------------

    def start_session(self, title: str | None = None, *, show: Show | None = None,
                      currency: str | None = None, target: Money | None = None) -> SessionInfo:
        """A new session; with a show, its products join the catalog and its segments are kept."""
        if show is not None and show.products:
            self.upsert_products(show.products)
        target = target or (show.target if show else None)
        currency = (currency or (target.currency if target else None) or (show.currency if show else None)
                    or rows.first_price_currency(show) or "USD").upper()
        if target is not None and target.currency != currency:
            raise SalesInputError(f"the target is in {target.currency} but the session reports in {currency}")
        title = title or (show.title if show else None) or time.strftime("Live %Y-%m-%d %H:%M")
        now = self._clock_ms()
        with self.write() as db:
            session_id = db["sessions"].insert({
                "title": title, "show_title": show.title if show else None, "currency": currency,
                "target_minor": target.amount_minor if target else None, "started_ms": now,
            }).last_pk
            if show is not None:
                db["session_segments"].insert_all([{
                    "session_id": session_id, "segment_index": i, "title": s.title,
                    "product_sku": s.product_sku, "planned_s": s.duration_s,
                } for i, s in enumerate(show.segments)])
        return self.session(session_id)

    def end_session(self, session_id: int | None = None) -> SessionInfo:
        info = self.session(session_id)
        if info.is_open:
            with self.write() as db:
                db.execute("UPDATE sessions SET ended_ms = ? WHERE id = ?", (self._clock_ms(), info.session_id))
        return self.session(info.session_id)

    def session(self, session_id: int | None = None) -> SessionInfo:
        """The given session, or the newest open one; SalesInputError when there is none."""
        if session_id is None:
            row = self._one("SELECT id FROM sessions WHERE ended_ms IS NULL ORDER BY id DESC LIMIT 1")
            if row is None:
                raise SalesInputError("no live session is open: start one (studio sales session start)")
            session_id = row[0]
        row = self._one("SELECT id, title, show_title, currency, target_minor, started_ms, ended_ms, "
                        "unique_viewers FROM sessions WHERE id = ?", (session_id,))
        if row is None:
            raise SalesInputError(f"there is no session {session_id} in {self.path.name}")
        return rows.session(row)

    def session_for_report(self, session_id: int | None = None) -> SessionInfo:
        """The given session, else the open one, else the newest: what "this live" means after it ended."""
        if session_id is not None:
            return self.session(session_id)
        row = self._one("SELECT id FROM sessions ORDER BY ended_ms IS NULL DESC, id DESC LIMIT 1")
        if row is None:
            raise SalesInputError(f"there is no session in {self.path.name} yet")
        return self.session(row[0])

    def sessions(self) -> list[SessionInfo]:
        return [rows.session(row) for row in self.db.execute(
            "SELECT id, title, show_title, currency, target_minor, started_ms, ended_ms, unique_viewers "
            "FROM sessions ORDER BY id")]

    def planned_segments(self, session_id: int) -> list[SegmentRef]:
        return [SegmentRef(i, t, sku) for i, t, sku in self.db.execute(
            "SELECT segment_index, title, product_sku FROM session_segments WHERE session_id = ? "
            "ORDER BY segment_index", (session_id,))]

    def set_segment(self, index: int, *, title: str | None = None, product_sku: str | None = None,
                    session_id: int | None = None) -> SegmentRef:
        """The run of show moved to segment `index`: sales logged from now on belong to it."""
        info = self.session(session_id)
        planned = {s.index: s for s in self.planned_segments(info.session_id)}
        if index in planned:
            title = title or planned[index].title
            product_sku = product_sku or planned[index].product_sku
        elif title is None:
            raise SalesInputError(f"segment {index} is not in this session's run of show; give it a title")
        with self.write() as db:
            db["segment_changes"].insert({"session_id": info.session_id, "at_ms": self._clock_ms(),
                                          "segment_index": index, "title": title, "product_sku": product_sku})
        return SegmentRef(index, title, product_sku)

    def current_segment(self, session_id: int | None = None) -> SegmentRef | None:
        info = self.session(session_id)
        row = self._one("SELECT segment_index, title, product_sku FROM segment_changes WHERE session_id = ? "
                        "ORDER BY at_ms DESC, id DESC LIMIT 1", (info.session_id,))
        return SegmentRef(*row) if row else None

    # ---- logging ---------------------------------------------------------------------------

    def log_sale(self, sale: SaleInput = SaleInput(), session_id: int | None = None) -> Sale:
        """Log one sale; returns after the commit is on disk. One keystroke = log_sale()."""
        info = self.session(session_id)
        if not info.is_open:
            raise SalesInputError(f"session {info.session_id} has ended; start a new one to log sales")
        segment = self.current_segment(info.session_id)
        sku = sale.sku or (segment.product_sku if segment else None)
        if not sku:
            raise SalesInputError("no product is on screen in this segment: choose the product to log")
        product = self.product(sku)
        if product is None:
            raise SalesInputError(f"SKU {sku} is not in the catalog: add it first (studio sales catalog)")
        if not isinstance(sale.quantity, int) or sale.quantity < 1:
            raise SalesInputError(f"quantity must be a whole number of at least 1, not {sale.quantity}")
        unit_price = sale.unit_price or product.price
        if unit_price is None:
            raise SalesInputError(f"{sku} has no price in the catalog: type the price of this sale")
        discount = sale.discount or Money(0, unit_price.currency)
        if discount.currency != unit_price.currency:
            raise SalesInputError(f"the discount is in {discount.currency} but the price is in {unit_price.currency}")
        comment_id = rows.comment_id(sale.comment_id)
        if comment_id is not None:
            # One comment, one sale: a second press on the same comment must not count twice.
            logged = self._one("SELECT id FROM sales WHERE session_id = ? AND comment_id = ? AND undone_ms IS NULL",
                               (info.session_id, comment_id))
            if logged:
                raise SalesInputError(f"this comment is already logged as sale #{logged[0]}")
        gross = unit_price * sale.quantity
        if discount.amount_minor > gross.amount_minor or discount.amount_minor < 0:
            raise SalesInputError(f"the discount {discount} is more than the sale {gross}")
        row = {
            "session_id": info.session_id, "at_ms": self._clock_ms(),
            "segment_index": segment.index if segment else None,
            "segment_title": segment.title if segment else None,
            "sku": sku, "product_name": product.name, "quantity": sale.quantity,
            "unit_price_minor": unit_price.amount_minor, "discount_minor": discount.amount_minor,
            "total_minor": gross.amount_minor - discount.amount_minor, "currency": unit_price.currency,
            "coupon": sale.coupon or None, "note": sale.note, "origin": self.origin, "buyer": sale.buyer,
            "comment_id": comment_id,
        }
        with self.write() as db:
            sale_id = db["sales"].insert(row).last_pk
        return self.sale(sale_id)

    def sale(self, sale_id: int) -> Sale:
        row = self._one(f"SELECT {rows.SALE_COLUMNS} FROM sales WHERE id = ?", (sale_id,))
        if row is None:
            raise SalesInputError(f"there is no sale #{sale_id}")
        return rows.sale(row)

    def sales(self, session_id: int, *, include_undone: bool = False) -> list[Sale]:
        where = "" if include_undone else " AND undone_ms IS NULL"
        return [rows.sale(row) for row in self.db.execute(
            f"SELECT {rows.SALE_COLUMNS} FROM sales WHERE session_id = ?{where} ORDER BY at_ms, id", (session_id,))]

    def undo_last(self, session_id: int | None = None) -> Sale | None:
        """Undo the newest sale of the session (kept in the file, marked undone); None if none left."""
        info = self.session(session_id)
        with self.write() as db:
            row = db.execute("SELECT id FROM sales WHERE session_id = ? AND undone_ms IS NULL "
                             "ORDER BY at_ms DESC, id DESC LIMIT 1", (info.session_id,)).fetchone()
            if row is None:
                return None
            db.execute("UPDATE sales SET undone_ms = ? WHERE id = ?", (self._clock_ms(), row[0]))
        return self.sale(row[0])

    def edit_sale(self, sale_id: int, edit: SaleEdit) -> Sale:
        """Correct quantity, price, coupon, discount or note; every change is kept in sale_edits."""
        old = self.sale(sale_id)
        quantity = edit.quantity if edit.quantity is not None else old.quantity
        unit_price = edit.unit_price or old.unit_price
        discount = edit.discount if edit.discount is not None else old.discount
        if quantity < 1:
            raise SalesInputError("quantity must be at least 1 (undo the sale to remove it)")
        if unit_price.currency != old.unit_price.currency or discount.currency != old.unit_price.currency:
            raise SalesInputError(f"this sale is in {old.unit_price.currency}; give amounts in that currency")
        total = unit_price.amount_minor * quantity - discount.amount_minor
        if total < 0:
            raise SalesInputError(f"the discount {discount} is more than the sale")
        new = {"quantity": quantity, "unit_price_minor": unit_price.amount_minor,
               "discount_minor": discount.amount_minor, "total_minor": total,
               "coupon": edit.coupon if edit.coupon is not None else old.coupon,
               "note": edit.note if edit.note is not None else old.note}
        before = {"quantity": old.quantity, "unit_price_minor": old.unit_price.amount_minor,
                  "discount_minor": old.discount.amount_minor, "total_minor": old.total.amount_minor,
                  "coupon": old.coupon, "note": old.note}
        now = self._clock_ms()
        with self.write() as db:
            db["sales"].update(sale_id, new)
            db["sale_edits"].insert_all([
                {"sale_id": sale_id, "at_ms": now, "field": k, "old_value": rows.text(before[k]),
                 "new_value": rows.text(v)} for k, v in new.items() if before[k] != v])
        return self.sale(sale_id)

    def add_marker(self, note: str, session_id: int | None = None) -> Marker:
        info = self.session(session_id)
        segment = self.current_segment(info.session_id)
        now = self._clock_ms()
        with self.write() as db:
            marker_id = db["markers"].insert({"session_id": info.session_id, "at_ms": now,
                                              "segment_index": segment.index if segment else None,
                                              "note": note.strip() or "marker"}).last_pk
        return Marker(marker_id, info.session_id, now, segment.index if segment else None, note.strip() or "marker")

    def markers(self, session_id: int) -> list[Marker]:
        return [Marker(*row) for row in self.db.execute(
            "SELECT id, session_id, at_ms, segment_index, note FROM markers WHERE session_id = ? ORDER BY at_ms",
            (session_id,))]

    # ---- viewers and FX ----------------------------------------------------------------------

    def add_viewer_counts(self, counts: list[tuple[int, int]], *, source: str = "entered",
                          session_id: int | None = None) -> int:
        """(at_ms, concurrent viewers) pairs, entered live or imported from the platform."""
        info = self.session(session_id)
        for _, viewers in counts:
            if viewers < 0:
                raise SalesInputError("a viewer count cannot be negative")
        with self.write() as db:
            db["viewer_counts"].insert_all([{"session_id": info.session_id, "at_ms": at, "viewers": v,
                                             "source": source} for at, v in counts])
        return len(counts)

    def add_viewer_count(self, viewers: int, session_id: int | None = None) -> None:
        self.add_viewer_counts([(self._clock_ms(), viewers)], session_id=session_id)

    def set_unique_viewers(self, viewers: int, session_id: int | None = None) -> None:
        info = self.session(session_id)
        with self.write() as db:
            db.execute("UPDATE sessions SET unique_viewers = ? WHERE id = ?", (viewers, info.session_id))

    def viewer_counts(self, session_id: int) -> list[tuple[int, int]]:
        return [tuple(r) for r in self.db.execute(
            "SELECT at_ms, viewers FROM viewer_counts WHERE session_id = ? ORDER BY at_ms", (session_id,))]

    def set_fx_rates(self, rates: dict[str, Decimal | str], *, source: str = "entered",
                     session_id: int | None = None) -> dict[str, Decimal]:
        """Snapshot of rates for this session: units of the session currency per 1 unit of each currency."""
        info = self.session(session_id)
        clean: dict[str, Decimal] = {}
        for code, rate in rates.items():
            code = code.strip().upper()
            try:
                value = Decimal(str(rate).strip())
            except InvalidOperation:
                raise SalesInputError(f"'{rate}' is not an exchange rate for {code}") from None
            if len(code) != 3 or not code.isalpha() or not value.is_finite() or value <= 0:
                raise SalesInputError(f"{code}={rate} is not a usable exchange rate")
            clean[code] = value
        now = self._clock_ms()
        with self.write() as db:
            db["fx_rates"].upsert_all([{"session_id": info.session_id, "currency": c, "rate": str(v),
                                        "source": source, "taken_ms": now} for c, v in clean.items()],
                                      pk=("session_id", "currency"))
        return clean

    def fx_rates(self, session_id: int) -> dict[str, Decimal]:
        return {c: Decimal(r) for c, r in self.db.execute(
            "SELECT currency, rate FROM fx_rates WHERE session_id = ?", (session_id,))}

    def dashboard(self, session_id: int | None = None):
        from studio.sales.dashboard import build_dashboard

        return build_dashboard(self, self.session(session_id), now_ms=self._clock_ms())
