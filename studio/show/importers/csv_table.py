"""Spreadsheet scripts (.csv), one row per prompter line.

Columns are found by header name (case-insensitive, English or Chinese):
  text (line, script, 台词, 文案)      the line; required
  segment (section, 段落, 环节)        rows with the same consecutive value form one segment
  type (kind, 类型)                     "cue"/"提示" marks a cue; anything else is spoken
  duration (time, 时长)                 the segment's planned time (5m, 90s), first row of a segment
  product (sku, 商品)                   the segment's product SKU
  offer (优惠), offer time (优惠时长)   the segment's offer and its countdown
  a language code (es, de, pt-BR, zh-Hant) or text_es: the approved translation of the line
Excel on Chinese Windows saves CSV as GB18030, so that encoding is tried after UTF-8;
the delimiter (comma, semicolon, tab) is detected.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from studio.show.importers.builder import ImportOptions, ScriptBuilder, ScriptImportError
from studio.show.model import Line, LineKind, Show
from studio.show.showfile import parse_duration_s

_ALIASES = {
    "text": {"text", "line", "script", "spoken", "台词", "文案", "口播"},
    "segment": {"segment", "section", "part", "段落", "环节"},
    "type": {"type", "kind", "类型"},
    "duration": {"duration", "time", "时长"},
    "product": {"product", "sku", "商品"},
    "offer": {"offer", "优惠"},
    "offer time": {"offer time", "offer_time", "offer duration", "优惠时长"},
}
_LANG = re.compile(r"^(?:text[_ ])?([a-z]{2,3}(?:-[A-Za-z0-9]{2,4})?)$", re.I)


def _columns(header: list[str], source: str) -> tuple[dict[str, int], dict[str, int]]:
    fields: dict[str, int] = {}
    languages: dict[str, int] = {}
    for i, name in enumerate(header):
        key = name.strip().lower()
        field = next((f for f, names in _ALIASES.items() if key in names), None)
        if field and field not in fields:
            fields[field] = i
            continue
        m = _LANG.match(name.strip())
        if m and not field:
            code = m.group(1)
            languages[code[:2].lower() + code[2:]] = i
    if "text" not in fields:
        raise ScriptImportError(f"{source}: the first row needs a 'text' column (or line / script / 台词); "
                                f"found: {', '.join(h for h in header if h) or 'nothing'}")
    return fields, languages


def import_csv_text(text: str, options: ImportOptions, source: str, fallback_title: str) -> Show:
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [row for row in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in row)]
    if not rows:
        raise ScriptImportError(f"{source}: the file is empty")
    fields, languages = _columns(rows[0], source)
    builder = ScriptBuilder(options, source)
    current_segment: str | None = None

    def cell(row: list[str], field: str) -> str:
        i = fields.get(field)
        return row[i].strip() if i is not None and i < len(row) else ""

    for row_no, row in enumerate(rows[1:], start=2):
        segment = cell(row, "segment")
        if segment and segment != current_segment:
            current_segment = segment
            builder.start_segment(segment)
            try:
                duration = cell(row, "duration")
                seg = builder.segment()
                if duration:
                    seg.duration_s = parse_duration_s(duration)
                if cell(row, "offer time"):
                    seg.offer_duration_s = parse_duration_s(cell(row, "offer time"))
            except ValueError as exc:
                raise ScriptImportError(f"{source}: row {row_no}: {exc}") from None
        seg = builder.segment()
        if cell(row, "product") and not seg.product_sku:
            seg.product_sku = cell(row, "product")
        if cell(row, "offer") and not seg.offer:
            seg.offer = cell(row, "offer")
        text = " ".join(cell(row, "text").split())
        if not text:
            continue
        if cell(row, "type").lower() in ("cue", "提示", "动作", "action"):
            seg.lines.append(Line(text, LineKind.CUE))
            continue
        line = Line(text, LineKind.SPOKEN)
        for code, i in languages.items():
            if i < len(row) and row[i].strip():
                line.translations[code] = row[i].strip()
        seg.lines.append(line)   # a row is a line as the producer wrote it: no sentence splitting
    return builder.finish(fallback_title)


def import_csv(path: Path, options: ImportOptions) -> Show:
    from studio.show.importers import read_text_file, title_from_path

    return import_csv_text(read_text_file(path, extra_encodings=("gb18030",)), options, str(path),
                           title_from_path(path))
