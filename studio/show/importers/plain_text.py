"""Plain-text scripts (.txt): one paragraph per line or per blank-line block.

Segment headings: "Segment: Title (5m)", a line between "==" marks ("== Title =="), or a
line of only "---" (a new untitled part). "Title: ..." on the first line names the show.
"""

from __future__ import annotations

import re
from pathlib import Path

from studio.show.importers.builder import ImportOptions, ScriptBuilder
from studio.show.model import Show

_EQUALS_HEADING = re.compile(r"^={2,}\s*(.+?)\s*={2,}$")
_RULE = re.compile(r"^(-{3,}|\*{3,}|_{3,})$")
_TITLE = re.compile(r"^(?:title|标题)\s*[:：]\s*(.+)$", re.I)


def _continues(previous: str, line: str) -> bool:
    if ScriptBuilder.is_structural(previous) or ScriptBuilder.is_structural(line):
        return False
    return previous[-1] not in ".!?…:;。！？」』\"”]" and line[0].islower()


def import_text(text: str, options: ImportOptions, source: str, fallback_title: str) -> Show:
    builder = ScriptBuilder(options, source)
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            builder.add_paragraph(" ".join(paragraph))
            paragraph.clear()

    first = True
    for raw in text.splitlines():
        line = raw.strip()
        if first and line:
            first = False
            m = _TITLE.match(line)
            if m:
                builder.set_title(m.group(1))
                continue
        if not line:
            flush()
            continue
        m = _EQUALS_HEADING.match(line)
        if m or _RULE.match(line):
            flush()
            builder.start_segment(m.group(1) if m else "")
            continue
        # Writers break lines on purpose, so each line stands alone, except a hard-wrapped
        # sentence: the previous line has no closing punctuation and this one goes on in lowercase.
        if not (paragraph and _continues(paragraph[-1], line)):
            flush()
        paragraph.append(line)
    flush()
    return builder.finish(fallback_title)


def import_txt(path: Path, options: ImportOptions) -> Show:
    from studio.show.importers import read_text_file, title_from_path

    return import_text(read_text_file(path), options, str(path), title_from_path(path))
