"""The product catalog for a live: from a CSV file or from a show file's products table."""

from __future__ import annotations

from pathlib import Path

from studio.sales.csv_text import read_csv
from studio.sales.errors import SalesInputError
from studio.show.model import Product
from studio.show.money import Money

# Header spellings a spreadsheet may use, lower-cased; Chinese headers for sellers' own sheets.
_ALIASES = {
    "sku": {"sku", "seller sku", "item sku", "货号", "商品编码"},
    "name": {"name", "product", "product name", "title", "商品名称", "名称"},
    "price": {"price", "unit price", "售价", "价格"},
    "currency": {"currency", "币种", "货币"},
    "stock": {"stock", "quantity", "qty", "inventory", "库存"},
    "look": {"look", "try-on", "try on look", "试妆"},
    "notes": {"notes", "note", "备注"},
}


def _column_map(headers: list[str]) -> dict[str, str]:
    found = {}
    for header in headers:
        key = header.strip().lower()
        for field, names in _ALIASES.items():
            if key in names and field not in found:
                found[field] = header
    missing = [f for f in ("sku", "name") if f not in found]
    if missing:
        raise SalesInputError(
            f"the catalog needs columns {', '.join(missing)} (found: {', '.join(headers)}); "
            f"expected headers like sku, name, price, currency, stock, look")
    return found


def parse_catalog_csv(path: str | Path, default_currency: str | None = None) -> list[Product]:
    """All products of the file, or SalesInputError naming every bad line (nothing half-imported)."""
    headers, rows = read_csv(path)
    columns = _column_map(headers)
    products, errors, seen = [], [], set()
    for line_no, row in enumerate(rows, start=2):
        def cell(field: str) -> str:
            return row.get(columns.get(field, ""), "").strip()

        sku = cell("sku")
        try:
            if not sku:
                raise ValueError("no SKU")
            if sku in seen:
                raise ValueError(f"SKU {sku} appears twice")
            seen.add(sku)
            price = None
            if cell("price"):
                price = Money.parse_with_code(cell("price"), cell("currency") or default_currency)
            stock = None
            if cell("stock"):
                stock = int(cell("stock").replace(",", ""))
                if stock < 0:
                    raise ValueError("stock is negative")
            products.append(Product(sku=sku, name=cell("name") or sku, price=price,
                                    look=cell("look") or None, stock=stock, notes=cell("notes")))
        except ValueError as exc:
            errors.append(f"line {line_no}: {exc}")
    if errors:
        more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
        raise SalesInputError(f"{Path(path).name}: " + "; ".join(errors[:5]) + more)
    return products
