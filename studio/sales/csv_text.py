"""Reading CSV files as spreadsheets and platforms write them (BOM, ; or tab separators)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from studio.sales.errors import SalesInputError


def read_csv(path: str | Path) -> tuple[list[str], list[dict[str, str]]]:
    """Headers and rows; each row is {header: cell}. Tries UTF-8 (with or without BOM), then GB18030."""
    path = Path(path)
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise SalesInputError(f"{path.name} is not UTF-8 or GB18030 text: save it as CSV UTF-8")
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        rows = [row for row in reader if any(cell.strip() for cell in row)]
    except csv.Error as exc:
        raise SalesInputError(f"{path.name} is not a readable CSV file ({exc})") from None
    if not rows:
        raise SalesInputError(f"{path.name} is empty")
    headers = [h.strip() for h in rows[0]]
    records = []
    for row in rows[1:]:
        cells = [c.strip() for c in row] + [""] * (len(headers) - len(row))
        records.append(dict(zip(headers, cells)))
    return headers, records
