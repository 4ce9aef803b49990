"""Markdown scripts (.md). A file that already is a show file is read as one, unchanged.

Otherwise: the first "# " heading is the show title, "##"/"###" headings are segments,
list items and paragraphs are spoken text, a paragraph entirely in *italics* or _italics_
is a cue (the usual stage-direction style), "> es: ..." is a translation, and other
"> ..." quotes are cues. Bold/italic/code markers and links are stripped from spoken text.
"""

from __future__ import annotations

import re
from pathlib import Path

from studio.show.importers.builder import ImportOptions, ScriptBuilder
from studio.show.model import Show
from studio.show.showfile import ShowFormatError, content_lines, parse_show

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_LIST_ITEM = re.compile(r"^(?:[-*+]|\d+[.)])\s+(.*)$")
_ITALIC_LINE = re.compile(r"^(?:\*(?!\*)(.+)\*|_(?!_)(.+)_)$")
_LANG_QUOTE = re.compile(r"^>\s*[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,4})?\s*[:：]")
_RULE = re.compile(r"^(-{3,}|\*{3,}|_{3,})$")


def _plain(text: str) -> str:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)              # images
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)          # links keep their text
    text = re.sub(r"(\*\*|__|`)", "", text)
    text = re.sub(r"(?<!\w)[*_](\S(?:.*?\S)?)[*_](?!\w)", r"\1", text)
    return text.strip()


def import_markdown(text: str, options: ImportOptions, source: str, fallback_title: str) -> Show:
    if re.search(r"^##\s*(segment|段落)\s*[:：]", text, re.I | re.M):
        try:
            show = parse_show(text, source)
            if options.title:
                show.title = options.title
            return show
        except ShowFormatError:
            pass  # a script that borrows the heading style: import it with the general rules
    builder = ScriptBuilder(options, source)
    title_level: int | None = None
    for _, line in content_lines(text):
        if line.startswith("|") or line.startswith("```"):
            continue
        m = _HEADING.match(line)
        if m:
            level, heading = len(m.group(1)), _plain(m.group(2))
            if level == 1 and title_level is None and not builder.show.segments:
                title_level = 1
                builder.set_title(heading)
            else:
                builder.start_segment(re.sub(r"^(?:segment|段落)\s*[:：]\s*", "", heading, flags=re.I))
            continue
        if _RULE.match(line):
            continue
        if line.startswith(">") and not _LANG_QUOTE.match(line):
            builder.add_cue(_plain(line.lstrip("> ")))
            continue
        m = _LIST_ITEM.match(line)
        if m:
            line = m.group(1)
        italic = _ITALIC_LINE.match(line)
        if italic:
            builder.add_cue(_plain(italic.group(1) or italic.group(2)))
            continue
        builder.add_paragraph(line if _LANG_QUOTE.match(line) else _plain(line))
    return builder.finish(fallback_title)


def import_md(path: Path, options: ImportOptions) -> Show:
    from studio.show.importers import read_text_file, title_from_path

    return import_markdown(read_text_file(path), options, str(path), title_from_path(path))
