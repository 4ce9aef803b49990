"""Importing a platform's order export to reconcile hand-logged counts with real orders.

Known layouts (assets/sales/order_layouts.json) are recognised by their headers. An
unknown layout is not an error: `propose_mapping` guesses which column is which, the
user confirms or corrects it (CLI: a mapping file or --map; panel: a mapping step),
and a confirmed mapping is remembered for files with the same headers.
Only the mapped columns are read: names, phone numbers and addresses in the export
never enter the database unless the user maps `buyer` and asks to keep it.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from studio.sales.csv_text import read_csv
from studio.sales.errors import SalesInputError
from studio.show.money import Money, minor_units

if TYPE_CHECKING:
    from studio.sales.log import SalesLog

FIELDS = ("order_id", "sku", "quantity", "amount", "unit_price", "currency", "ordered_at", "status", "buyer")
REQUIRED = ("order_id", "sku", "quantity")
_CANCELLED_DEFAULT = ("cancelled", "canceled", "unpaid", "refunded", "returned", "已取消", "取消")

# Header words that suggest a field, for unknown layouts (lower-cased, substring match).
_HINTS: dict[str, tuple[str, ...]] = {
    "order_id": ("order id", "order no", "order number", "order_id", "订单号", "订单编号", "order", "no.", "#"),
    "sku": ("seller sku", "sku", "商品编码", "货号", "item code", "product code"),
    "quantity": ("quantity", "qty", "数量", "units"),
    "amount": ("subtotal", "total", "amount", "paid", "金额", "实付"),
    "unit_price": ("unit price", "deal price", "price", "单价"),
    "currency": ("currency", "币种"),
    "ordered_at": ("created", "order date", "order time", "purchase", "date", "time", "when", "下单时间", "时间"),
    "status": ("status", "状态"),
}


@dataclass(frozen=True)
class Layout:
    layout_id: str
    name: str
    columns: dict[str, str]                 # field -> header
    time_formats: tuple[str, ...] = ()
    cancelled_statuses: tuple[str, ...] = _CANCELLED_DEFAULT


@dataclass(frozen=True)
class MappingProposal:
    """A guessed mapping for an unknown layout, for the user to confirm or correct."""

    headers: list[str]
    columns: dict[str, str]                 # field -> header (guessed)
    missing: list[str]                      # required fields no column was found for

    def to_json(self) -> str:
        return json.dumps({"columns": {f: self.columns.get(f) for f in FIELDS},
                           "headers_in_file": self.headers}, indent=2, ensure_ascii=False)


@dataclass
class ImportResult:
    import_id: int
    layout: str
    rows_imported: int
    rows_skipped: int
    problems: list[str] = field(default_factory=list)   # "line 7: quantity 'two' is not a number"
    outside_session: int = 0                             # orders timed outside the session window


def known_layouts() -> list[Layout]:
    from studio.paths import assets_dir

    data = json.loads((assets_dir() / "sales" / "order_layouts.json").read_text(encoding="utf-8"))
    return [Layout(d["id"], d["name"], {f: c for f, c in d["columns"].items() if c},
                   tuple(d.get("time_formats", ())),
                   tuple(s.lower() for s in d.get("cancelled_statuses", _CANCELLED_DEFAULT)))
            for d in data["layouts"]]


def header_signature(headers: list[str]) -> str:
    norm = "\x1f".join(sorted(h.strip().lower() for h in headers))
    return hashlib.sha256(norm.encode()).hexdigest()[:16]


def _resolve(columns: dict[str, str], headers: list[str]) -> dict[str, str] | None:
    """The mapping with the file's own header spelling, or None if a mapped column is absent."""
    by_lower = {h.strip().lower(): h for h in headers}
    out = {}
    for f, col in columns.items():
        if col.strip().lower() not in by_lower:
            return None
        out[f] = by_lower[col.strip().lower()]
    return out


def detect_layout(headers: list[str], log: "SalesLog | None" = None) -> Layout | None:
    """A known platform layout (or a mapping the user saved) whose columns are all in the file."""
    for layout in known_layouts():
        resolved = _resolve(layout.columns, headers)
        if resolved:
            return Layout(layout.layout_id, layout.name, resolved, layout.time_formats, layout.cancelled_statuses)
    if log is not None:
        row = log.db.execute("SELECT mapping_json FROM column_mappings WHERE header_signature = ?",
                             (header_signature(headers),)).fetchone()
        if row:
            resolved = _resolve(json.loads(row[0]), headers)
            if resolved:
                return Layout("saved", "a column mapping you confirmed before", resolved)
    return None


def propose_mapping(headers: list[str]) -> MappingProposal:
    taken: set[str] = set()
    columns: dict[str, str] = {}
    for f, hints in _HINTS.items():   # dict order: specific fields first, so 'order id' is not a date
        for hint in hints:
            match = next((h for h in headers if h not in taken and hint in h.strip().lower()), None)
            if match:
                columns[f] = match
                taken.add(match)
                break
    return MappingProposal(headers, columns, [f for f in REQUIRED if f not in columns])


def mapping_from_user(columns: dict[str, str | None], headers: list[str]) -> Layout:
    """A mapping the user wrote (mapping file or --map); SalesInputError names what is wrong."""
    clean = {f: c for f, c in columns.items() if c}
    unknown = [f for f in clean if f not in FIELDS]
    if unknown:
        raise SalesInputError(f"unknown field(s) {', '.join(unknown)}; fields are {', '.join(FIELDS)}")
    missing = [f for f in REQUIRED if f not in clean]
    if missing:
        raise SalesInputError(f"the mapping needs a column for {', '.join(missing)}")
    resolved = _resolve(clean, headers)
    if resolved is None:
        absent = [c for c in clean.values() if c.strip().lower() not in {h.strip().lower() for h in headers}]
        raise SalesInputError(f"column(s) {', '.join(absent)} are not in the file (it has: {', '.join(headers)})")
    return Layout("custom", "your column mapping", resolved)


_NUMBER = re.compile(r"-?[\d.,\s'\u00a0]+")


def parse_amount(text: str, currency: str) -> Money:
    """'$1,234.50', '1.234,50 €', 'Rp 150.000' (IDR/JPY style thousands), '¥1980' -> exact Money."""
    m = _NUMBER.search(text.replace("\u00a0", " "))
    if not m or not re.search(r"\d", m.group()):
        raise ValueError(f"'{text}' is not an amount")
    number = re.sub(r"[\s']", "", m.group())
    if "," in number and "." in number:
        decimal_sep = "," if number.rfind(",") > number.rfind(".") else "."
        thousands = "." if decimal_sep == "," else ","
        number = number.replace(thousands, "").replace(decimal_sep, ".")
    elif "," in number:
        head, _, tail = number.rpartition(",")
        number = number.replace(",", "") if number.count(",") > 1 or len(tail) == 3 else head.replace(",", "") + "." + tail
    elif number.count(".") > 1 or (minor_units(currency) < 3 and re.fullmatch(r"-?\d{1,3}\.\d{3}", number)):
        # "150.000" IDR is 150 thousand: three digits after one dot cannot be a 2-decimal amount
        number = number.replace(".", "")
    return Money.parse(number, currency)


def _parse_time_ms(text: str, formats: tuple[str, ...], tz: timezone) -> int | None:
    text = text.strip()
    if not text:
        return None
    parsed = None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        for fmt in formats + ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M",
                              "%d/%m/%Y %H:%M:%S", "%m/%d/%Y %I:%M:%S %p", "%d.%m.%Y %H:%M"):
            try:
                parsed = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz)
    return int(parsed.timestamp() * 1000)


def parse_utc_offset(text: str | None) -> timezone:
    """'+08:00', '-5', 'UTC' -> timezone; None -> this computer's local zone."""
    if not text:
        return datetime.now().astimezone().tzinfo  # type: ignore[return-value]
    if text.strip().upper() in ("UTC", "Z"):
        return timezone.utc
    m = re.fullmatch(r"\s*([+-])(\d{1,2})(?::?(\d{2}))?\s*", text)
    if not m:
        raise SalesInputError(f"'{text}' is not a UTC offset: write it like +08:00 or -05:00")
    minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
    return timezone(timedelta(minutes=minutes if m.group(1) == "+" else -minutes))


def import_orders(log: "SalesLog", path: str | Path, layout: Layout, *, session_id: int | None = None,
                  currency: str | None = None, keep_buyer: bool = False,
                  utc_offset: timezone | None = None, remember: bool = True) -> ImportResult:
    """Store the export's orders in the session (re-importing the same file replaces, never doubles)."""
    path = Path(path)
    headers, rows = read_csv(path)
    info = log.session(session_id)
    currency = (currency or info.currency).upper()
    tz = utc_offset or parse_utc_offset(None)
    cols = layout.columns
    records, problems = [], []
    for line_no, row in enumerate(rows, start=2):
        def cell(f: str) -> str:
            return row.get(cols[f], "").strip() if f in cols else ""
        try:
            order_id, sku = cell("order_id"), cell("sku")
            if not order_id or not sku:
                raise ValueError("no order id or SKU")
            try:
                quantity = int(cell("quantity").replace(",", "") or "0")
            except ValueError:
                raise ValueError(f"quantity '{cell('quantity')}' is not a whole number") from None
            cur = (cell("currency") or currency).upper()
            amount = None
            if cell("amount"):
                amount = parse_amount(cell("amount"), cur).amount_minor
            elif cell("unit_price"):
                amount = parse_amount(cell("unit_price"), cur).amount_minor * quantity
            status = cell("status")
            records.append({
                "session_id": info.session_id, "order_id": order_id, "sku": sku, "quantity": quantity,
                "amount_minor": amount, "currency": cur,
                "ordered_ms": _parse_time_ms(cell("ordered_at"), layout.time_formats, tz),
                "status": status, "cancelled": int(status.strip().lower() in layout.cancelled_statuses),
                "buyer": cell("buyer") or None if keep_buyer else None,
            })
        except ValueError as exc:
            problems.append(f"line {line_no}: {exc}")
    if not records:
        raise SalesInputError(f"no order in {path.name} could be read" +
                              (f" ({'; '.join(problems[:3])})" if problems else ""))
    end_ms = info.ended_ms or log.now_ms()
    outside = sum(1 for r in records if r["ordered_ms"] is not None
                  and not info.started_ms - 3_600_000 <= r["ordered_ms"] <= end_ms + 86_400_000)
    mapping_json = json.dumps(cols, ensure_ascii=False)
    with log.write() as db:
        import_id = db["order_imports"].insert({
            "session_id": info.session_id, "file_name": path.name, "layout": layout.layout_id,
            "mapping_json": mapping_json, "imported_ms": log.now_ms(),
            "rows_imported": len(records), "rows_skipped": len(problems)}).last_pk
        for r in records:
            r["import_id"] = import_id
        # UNIQUE(session_id, order_id, sku): a re-import replaces the earlier rows.
        db["platform_orders"].insert_all(records, replace=True)
        if remember and layout.layout_id == "custom":
            db["column_mappings"].upsert({"header_signature": header_signature(headers),
                                          "mapping_json": mapping_json, "saved_ms": log.now_ms()},
                                         pk="header_signature")
    return ImportResult(import_id, layout.layout_id, len(records), len(problems), problems, outside)


@dataclass(frozen=True)
class ReconcileRow:
    sku: str
    logged_units: int
    platform_units: int           # not cancelled
    cancelled_units: int
    platform_amount: dict[str, Money]

    @property
    def difference(self) -> int:
        """Platform minus logged: positive = orders the log missed."""
        return self.platform_units - self.logged_units


def reconcile(log: "SalesLog", session_id: int) -> list[ReconcileRow]:
    logged = dict(log.db.execute("SELECT sku, SUM(quantity) FROM sales WHERE session_id = ? AND undone_ms IS NULL "
                                 "GROUP BY sku", (session_id,)).fetchall())
    platform: dict[str, list] = {}
    for sku, cancelled, units, amount, cur in log.db.execute(
            "SELECT sku, cancelled, SUM(quantity), SUM(amount_minor), currency FROM platform_orders "
            "WHERE session_id = ? GROUP BY sku, cancelled, currency", (session_id,)):
        entry = platform.setdefault(sku, [0, 0, {}])
        if cancelled:
            entry[1] += units
        else:
            entry[0] += units
            if amount is not None:
                entry[2][cur] = entry[2].get(cur, Money(0, cur)) + Money(amount, cur)
    if not platform:
        return []
    return [ReconcileRow(sku, logged.get(sku, 0), *platform.get(sku, [0, 0, {}]))
            for sku in sorted(set(logged) | set(platform))]
