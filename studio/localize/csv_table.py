"""CSV export and import for translators who work in a spreadsheet: one row per text, UTF-8 with
a BOM (so Excel reads it right), columns id, title, state, source, target, source_hash.

A cell that starts with = + - @ would run as a formula in a spreadsheet: it is written with a
leading apostrophe, which import takes off again (spreadsheet-safe and round-trip exact).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from studio.localize.exchange import MAX_IMPORT_BYTES, ExchangeFormatError, ExchangeRow, export_rows
from studio.show.model import Show

COLUMNS = ("id", "title", "state", "source", "target", "source_hash")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell_out(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def _cell_in(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_START) else text


def to_csv(show: Show, lang: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([f"# language: {lang}"])
    writer.writerow(COLUMNS)
    for row in export_rows(show, lang):
        writer.writerow([row.unit_id, _cell_out(row.title), row.state, _cell_out(row.source),
                         _cell_out(row.target), row.source_hash])
    return "\ufeff" + out.getvalue()


def read_csv(data: bytes, lang: str | None = None) -> tuple[str, list[ExchangeRow]]:
    """(target language, rows). The language comes from the '# language: xx' first row or `lang`."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ExchangeFormatError("the CSV file is over 20 MB; refused")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ExchangeFormatError("the CSV file is not UTF-8 text (save it as 'CSV UTF-8')") from None
    rows = list(csv.reader(io.StringIO(text)))
    if rows and rows[0] and rows[0][0].startswith("# language:"):
        lang = lang or rows.pop(0)[0].split(":", 1)[1].strip()
    if not lang:
        raise ExchangeFormatError("the CSV names no language: keep its '# language: xx' first row or give --to")
    if not rows or [c.strip().lower() for c in rows[0][:len(COLUMNS)]] != list(COLUMNS):
        raise ExchangeFormatError(f"the CSV's header row must be: {', '.join(COLUMNS)}")
    out = []
    for cells in rows[1:]:
        if not any(c.strip() for c in cells):
            continue
        cells = (cells + [""] * len(COLUMNS))[:len(COLUMNS)]
        unit_id, title, state, source, target, source_hash = cells
        out.append(ExchangeRow(unit_id.strip(), _cell_in(title), _cell_in(source), source_hash.strip(),
                               _cell_in(target), state.strip().lower() or "translated"))
    return lang, out


def write_csv(show: Show, lang: str, path: Path) -> Path:
    Path(path).write_text(to_csv(show, lang), encoding="utf-8", newline="")
    return Path(path)
