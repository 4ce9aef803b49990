"""The show file: Markdown that a producer writes in any editor (see docs/show-format.md).

    # Autumn Lip Launch
    markets: US, DE
    language: en
    captions: es, de
    target: 5000 USD

    ## Products
    | sku | name | price | look | stock | notes |
    |---|---|---|---|---|---|
    | LIP-RUBY | Velvet Matte Lipstick, Ruby | 19.90 USD | lipstick:ruby-matte | 200 | |

    ## Segment: Ruby matte (5m)
    product: LIP-RUBY
    offer: 20% off the first 50 orders
    offer time: 10m

    This is Ruby, our best-selling matte red.
    > es: Este es Ruby, nuestro rojo mate más vendido.
    [Swatch it on the back of the hand]
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from studio.show.faq_section import FAQ_HEADING, FaqParser, dump_faq
from studio.show.model import Line, LineKind, Product, Segment, Show
from studio.show.money import Money
from studio.show.translations import read_translation_line


class ShowFormatError(ValueError):
    """A show file that cannot be read; the message names the line and what to write instead."""

    def __init__(self, message: str, line_no: int | None = None, path: str | None = None):
        where = f"{path or 'show'}:{line_no}: " if line_no else (f"{path}: " if path else "")
        super().__init__(where + message)
        self.line_no = line_no


_DURATION = re.compile(r"^\s*(?:(\d+(?:\.\d+)?)\s*h)?\s*(?:(\d+(?:\.\d+)?)\s*m(?:in)?)?\s*(?:(\d+(?:\.\d+)?)\s*s)?\s*$")
_SEGMENT_HEADING = re.compile(r"^##\s*(?:segment|段落)\s*[:：]\s*(.+?)\s*(?:\(([^()]*)\))?\s*$", re.I)
_META = re.compile(r"^([A-Za-z][A-Za-z ]*?)\s*[:：]\s*(.*)$")
_SHOW_KEYS = {"markets", "market", "language", "captions", "target", "currency", "date"}
_SEGMENT_KEYS = {"product", "offer", "offer time"}
_B_TRACK_HEADING = re.compile(r"^###\s*(?:B|B talk-?track|B 话术|备用话术)\s*$", re.I)


def parse_duration_s(text: str) -> float:
    """'5m', '90s', '1h30m', '2m30s', or plain seconds '45'."""
    text = text.strip().lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    m = _DURATION.match(text)
    if not text or not m or not any(m.groups()):
        raise ValueError(f"'{text}' is not a duration: write 5m, 90s or 1h30m")
    h, mnt, s = (float(g) if g else 0.0 for g in m.groups())
    return h * 3600 + mnt * 60 + s


def format_duration(seconds: float) -> str:
    seconds = int(round(seconds))
    m, s = divmod(seconds, 60)
    if m and s:
        return f"{m}m{s}s"
    return f"{m}m" if m else f"{s}s"


def _split_list(value: str) -> list[str]:
    return [v.strip() for v in re.split(r"[,，;]", value) if v.strip()]


def _table_cells(line: str) -> list[str]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|"):
        body = body[:-1]
    return [c.strip() for c in body.split("|")]


def _parse_products(rows: list[tuple[int, str]], show: Show, path: str | None) -> None:
    if not rows:
        return
    header_no, header = rows[0]
    columns = [c.lower() for c in _table_cells(header)]
    for required in ("sku", "name"):
        if required not in columns:
            raise ShowFormatError(f"the products table needs a '{required}' column", header_no, path)
    for line_no, row in rows[1:]:
        cells = _table_cells(row)
        if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
            continue  # the |---|---| separator
        values = dict(zip(columns, cells + [""] * (len(columns) - len(cells))))
        try:
            price = None
            if values.get("price"):
                currency = values.get("currency") or show.currency
                price = Money.parse_with_code(values["price"], currency)
            stock = int(values["stock"]) if values.get("stock") else None
        except ValueError as exc:
            raise ShowFormatError(str(exc), line_no, path) from None
        if not values["sku"]:
            raise ShowFormatError("a product row has no SKU", line_no, path)
        aliases = [a.strip() for a in re.split(r"[;；]", values.get("aliases", "")) if a.strip()]
        show.products.append(Product(sku=values["sku"], name=values["name"], price=price,
                                     look=values.get("look") or None, stock=stock,
                                     notes=values.get("notes", ""), aliases=aliases))


def content_lines(text: str):
    """(line number, stripped line) for every non-empty line outside <!-- comments -->."""
    in_comment = False
    for line_no, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if in_comment:
            in_comment = "-->" not in line
            continue
        if line.startswith("<!--"):
            in_comment = "-->" not in line
            continue
        if line:
            yield line_no, line


def parse_show(text: str, path: str | None = None) -> Show:
    """Parse show-file text; raises ShowFormatError with the line number on mistakes."""
    show = Show(title="")
    section: str | None = None          # None (header), "products", "segment", "other"
    product_rows: list[tuple[int, str]] = []
    segment: Segment | None = None
    faq: FaqParser | None = None
    in_b_track = False                  # after '### B' in a segment, lines go to its B talk-track

    for line_no, line in content_lines(text):
        if line.startswith("# ") and not show.title:
            show.title = line[2:].strip()
            continue
        if section == "faq" and line.startswith("###"):
            _feed_faq(faq, line, line_no, path)
            continue
        if section == "segment" and _B_TRACK_HEADING.match(line):
            in_b_track = True
            continue
        if line.startswith("##"):
            in_b_track = False
            m = _SEGMENT_HEADING.match(line)
            if m:
                title, duration = m.group(1).strip(), m.group(2)
                try:
                    duration_s = parse_duration_s(duration) if duration else None
                except ValueError as exc:
                    raise ShowFormatError(str(exc), line_no, path) from None
                segment = Segment(title=title, duration_s=duration_s, source_line_no=line_no)
                show.segments.append(segment)
                section = "segment"
            elif re.match(r"^##\s*(products|catalog|商品)\s*$", line, re.I):
                section, segment = "products", None
            elif FAQ_HEADING.match(line):
                section, segment = "faq", None
                faq = faq or FaqParser(show.language)
            else:
                raise ShowFormatError(f"unknown section '{line}': use '## Products', '## FAQ' or "
                                      f"'## Segment: Title (5m)'", line_no, path)
            continue

        if section is None:
            m = _META.match(line)
            if m and m.group(1).lower() in _SHOW_KEYS:
                _apply_show_meta(show, m.group(1).lower(), m.group(2).strip(), line_no, path)
                continue
            raise ShowFormatError(f"before the first section only show settings are allowed "
                                  f"({', '.join(sorted(_SHOW_KEYS))}); found '{line}'", line_no, path)
        if section == "products":
            if not line.startswith("|"):
                raise ShowFormatError("the products section holds one Markdown table row per product",
                                      line_no, path)
            product_rows.append((line_no, line))
            continue
        if section == "faq":
            _feed_faq(faq, line, line_no, path)
            continue
        assert segment is not None
        m = _META.match(line)
        if m and m.group(1).lower() in _SEGMENT_KEYS and not segment.lines and not in_b_track:
            _apply_segment_meta(segment, m.group(1).lower(), m.group(2).strip(), line_no, path)
            continue
        translation = read_translation_line(line)
        if translation and segment.offer and not segment.lines and not in_b_track:
            segment.offer_slot().take(translation)   # '> xx:' right under 'offer:' translates the offer
            continue
        _add_script_line(segment.b_lines if in_b_track else segment.lines, line, line_no, path)

    _parse_products(product_rows, show, path)
    show.faq = faq.entries if faq else []
    if not show.title:
        raise ShowFormatError("the show needs a title: start the file with '# Title'", None, path)
    known = {p.sku for p in show.products}
    for seg in show.segments:
        if seg.product_sku and seg.product_sku not in known:
            raise ShowFormatError(f"segment '{seg.title}' names product '{seg.product_sku}', "
                                  f"which is not in the products table", seg.source_line_no, path)
    for entry in show.faq:
        if entry.product_sku and entry.product_sku not in known:
            raise ShowFormatError(f"FAQ '{entry.title}' names product '{entry.product_sku}', "
                                  f"which is not in the products table", entry.source_line_no, path)
        if not entry.questions or not entry.answer:
            raise ShowFormatError(f"FAQ '{entry.title}' needs at least one 'q:' line and an 'a:' answer",
                                  entry.source_line_no, path)
    return show


def _feed_faq(faq: FaqParser | None, line: str, line_no: int, path: str | None) -> None:
    assert faq is not None
    error = faq.feed(line, line_no)
    if error:
        raise ShowFormatError(error, line_no, path)


def _add_script_line(lines: list[Line], line: str, line_no: int, path: str | None) -> None:
    """A spoken line, a [cue], or a '> xx:' / '>? xx:' translation of the spoken line just before."""
    translation = read_translation_line(line)
    if translation:
        if not lines or not lines[-1].spoken:
            raise ShowFormatError("a '> xx: translation' line must follow the spoken line it translates",
                                  line_no, path)
        lines[-1].slot().take(translation)
        return
    if line.startswith("[") and line.endswith("]"):
        cue = re.sub(r"^cue\s*[:：]?\s*", "", line[1:-1].strip(), flags=re.I)
        lines.append(Line(cue, LineKind.CUE, source_line_no=line_no))
        return
    lines.append(Line(line, LineKind.SPOKEN, source_line_no=line_no))


def _apply_show_meta(show: Show, key: str, value: str, line_no: int, path: str | None) -> None:
    try:
        if key in ("markets", "market"):
            show.markets = [m.upper() for m in _split_list(value)]
        elif key == "language":
            show.language = value.strip()
        elif key == "captions":
            show.caption_languages = _split_list(value)
        elif key == "currency":
            show.currency = value.strip().upper()
        elif key == "target":
            show.target = Money.parse_with_code(value, show.currency)
        elif key == "date":
            show.date, show.start_time = parse_show_date(value)
    except ValueError as exc:
        raise ShowFormatError(str(exc), line_no, path) from None


def parse_show_date(value: str) -> tuple[datetime.date, datetime.time | None]:
    """'2026-11-11' or '2026-11-11 20:00' (the show's local time) -> (date, time or None)."""
    text = value.strip().replace("T", " ")
    try:
        if " " in text:
            moment = datetime.datetime.strptime(" ".join(text.split()[:2]), "%Y-%m-%d %H:%M")
            return moment.date(), moment.time()
        return datetime.date.fromisoformat(text), None
    except ValueError:
        raise ValueError(f"date: write YYYY-MM-DD or YYYY-MM-DD HH:MM, not {value!r}") from None


def _apply_segment_meta(segment: Segment, key: str, value: str, line_no: int, path: str | None) -> None:
    try:
        if key == "product":
            segment.product_sku = value or None
        elif key == "offer":
            segment.offer = value
        elif key == "offer time":
            segment.offer_duration_s = parse_duration_s(value)
    except ValueError as exc:
        raise ShowFormatError(str(exc), line_no, path) from None


def load_show(path: str | Path) -> Show:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ShowFormatError("no such show file", None, str(path)) from None
    except UnicodeDecodeError:
        raise ShowFormatError("the show file is not UTF-8 text", None, str(path)) from None
    return parse_show(text, str(path))


def dump_show(show: Show) -> str:
    """The show as show-file text; parse_show(dump_show(s)) gives back an equal show."""
    out = [f"# {show.title}"]
    if show.markets:
        out.append(f"markets: {', '.join(show.markets)}")
    out.append(f"language: {show.language}")
    if show.caption_languages:
        out.append(f"captions: {', '.join(show.caption_languages)}")
    if show.currency:
        out.append(f"currency: {show.currency}")
    if show.target:
        out.append(f"target: {show.target.to_decimal()} {show.target.currency}")
    if show.date:
        out.append(f"date: {show.date.isoformat()}" + (f" {show.start_time:%H:%M}" if show.start_time else ""))
    if show.products:
        with_aliases = any(p.aliases for p in show.products)
        header = "| sku | name | price | look | stock | notes |" + (" aliases |" if with_aliases else "")
        out += ["", "## Products", header, "|---" * header.count(" |") + "|"]
        for p in show.products:
            price = f"{p.price.to_decimal()} {p.price.currency}" if p.price else ""
            cells = [p.sku, p.name, price, p.look or "", "" if p.stock is None else str(p.stock), p.notes]
            if with_aliases:
                cells.append("; ".join(p.aliases))
            out.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    for seg in show.segments:
        duration = f" ({format_duration(seg.duration_s)})" if seg.duration_s else ""
        out += ["", f"## Segment: {seg.title}{duration}"]
        if seg.product_sku:
            out.append(f"product: {seg.product_sku}")
        if seg.offer:
            out.append(f"offer: {seg.offer}")
            out += seg.offer_slot().file_lines()
        if seg.offer_duration_s:
            out.append(f"offer time: {format_duration(seg.offer_duration_s)}")
        out.append("")
        out += _dump_lines(seg.lines)
        if seg.b_lines:
            out += ["", "### B"] + _dump_lines(seg.b_lines)
    out += dump_faq(show.faq)
    return "\n".join(out) + "\n"


def _dump_lines(lines: list[Line]) -> list[str]:
    out = []
    for line in lines:
        if line.kind is LineKind.CUE:
            out.append(f"[{line.text}]")
            continue
        out.append(line.text)
        out += line.slot().file_lines()
    return out
