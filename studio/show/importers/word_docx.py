"""Word scripts (.docx) through python-docx.

- The "Title" style, or the first Heading 1 when a lower heading level also exists, is the
  show title; every other heading starts a segment (headings are never spoken).
- A paragraph whose text is all italic is a cue (stage directions), as are [bracketed] text
  and "Cue:" paragraphs; everything else is spoken.
- Two-column tables in the broadcast "AV script" layout (a column headed video / action /
  cue / 画面 beside one headed audio / script / line / 台词) become cue + spoken lines row by
  row; other tables are read cell by cell as paragraphs.
"""

from __future__ import annotations

import re
from pathlib import Path

from studio.show.importers.builder import ImportOptions, ScriptBuilder, ScriptImportError
from studio.show.model import Show

_CUE_COLUMNS = {"video", "visual", "action", "cue", "cues", "画面", "动作", "提示"}
_SPOKEN_COLUMNS = {"audio", "script", "line", "lines", "text", "voice", "台词", "文案", "口播"}


def _heading_level(style_name: str) -> int | None:
    m = re.fullmatch(r"(?:heading|标题)\s*(\d)", style_name.strip(), re.I)
    return int(m.group(1)) if m else None


def _all_italic(paragraph) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    return bool(runs) and all(r.italic or (r.style is not None and r.style.font.italic) for r in runs)


def _iter_blocks(document):
    """Paragraphs and tables in document order (python-docx lists them separately)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, document)
        elif tag == "tbl":
            yield Table(child, document)


def import_docx(path: Path, options: ImportOptions) -> Show:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    from studio.show.importers import title_from_path

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise ScriptImportError(f"{path}: not a Word .docx document ({exc}); save it as .docx "
                                f"(Word 2007 or later) and try again") from None
    except Exception as exc:   # zipfile.BadZipFile and friends: a damaged file
        raise ScriptImportError(f"{path}: cannot read this .docx ({exc})") from None

    from docx.text.paragraph import Paragraph

    blocks = list(_iter_blocks(document))
    paragraphs = [b for b in blocks if isinstance(b, Paragraph) and b.style is not None]
    levels = sorted({lvl for p in paragraphs for lvl in [_heading_level(p.style.name)] if lvl})
    has_title_style = any(p.style.name == "Title" for p in paragraphs)
    title_level = None if has_title_style or len(levels) < 2 else levels[0]

    builder = ScriptBuilder(options, str(path))
    for block in blocks:
        if not isinstance(block, Paragraph):
            _import_table(builder, block)
            continue
        text = block.text.strip()
        if not text:
            continue
        style = block.style.name if block.style is not None else ""
        level = _heading_level(style)
        if style == "Title" or (level is not None and level == title_level and not builder.show.title):
            builder.set_title(text)
        elif level is not None:
            builder.start_segment(text)   # deeper headings too: a heading is never spoken
        else:
            builder.add_paragraph(text, cue=_all_italic(block))
    return builder.finish(title_from_path(path))


def _import_table(builder: ScriptBuilder, table) -> None:
    rows = [[cell.text.strip() for cell in row.cells] for row in table.rows]
    if not rows:
        return
    header = [c.lower() for c in rows[0]]
    cue_col = next((i for i, h in enumerate(header) if h in _CUE_COLUMNS), None)
    spoken_col = next((i for i, h in enumerate(header) if h in _SPOKEN_COLUMNS), None)
    if spoken_col is not None:
        for row in rows[1:]:
            if cue_col is not None and cue_col < len(row) and row[cue_col]:
                builder.add_cue(row[cue_col])
            if spoken_col < len(row):
                builder.add_paragraph(row[spoken_col])
        return
    for row in rows:
        seen: set[str] = set()
        for cell in row:
            if cell and cell not in seen:     # merged cells repeat their text
                seen.add(cell)
                builder.add_paragraph(cell)
