"""Import a writer's script (.txt, .md, .docx, .csv) into the run-of-show model.

`import_script(path)` picks the importer by file extension; every importer follows the
conventions in studio.show.importers.builder and docs/script-import.md.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from studio.show.importers.builder import ImportOptions, ScriptImportError
from studio.show.model import Show

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".docx", ".csv")


def title_from_path(path: Path) -> str:
    stem = path.stem[:-5] if path.stem.endswith(".show") else path.stem
    title = re.sub(r"[_\-]+", " ", stem).strip()
    return (title.capitalize() if title.islower() else title) or "Untitled show"


def read_text_file(path: Path, extra_encodings: tuple[str, ...] = ()) -> str:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "utf-16") + extra_encodings:
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue   # Notepad's "Unicode" only: anything else would decode to nonsense
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ScriptImportError(f"{path}: the text is not UTF-8{' or ' + '/'.join(extra_encodings) if extra_encodings else ''}; "
                            f"save it as UTF-8 and try again")


def _importer(suffix: str) -> Callable[[Path, ImportOptions], Show]:
    if suffix == ".txt":
        from studio.show.importers.plain_text import import_txt
        return import_txt
    if suffix in (".md", ".markdown"):
        from studio.show.importers.markdown import import_md
        return import_md
    if suffix == ".docx":
        from studio.show.importers.word_docx import import_docx
        return import_docx
    from studio.show.importers.csv_table import import_csv
    return import_csv


def import_script(path: str | Path, options: ImportOptions | None = None) -> Show:
    """Read a script file into a Show; raises ScriptImportError with a clear sentence."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ScriptImportError(f"{path}: cannot import '{suffix or 'no extension'}' files; "
                                f"use {', '.join(SUPPORTED_SUFFIXES)}"
                                + (" (save .doc files as .docx in Word first)" if suffix == ".doc" else ""))
    if not path.is_file():
        raise ScriptImportError(f"{path}: no such file")
    return _importer(suffix)(path, options or ImportOptions())


def open_show(path: str | Path) -> Show:
    """A `.show.md` file, or any script the importers read (.txt, .md, .docx, .csv), as a Show.

    The one rule every command that takes a show follows (check, follow, the window): a file
    named *.show.md is the show format, anything else is imported. Raises ShowFormatError or
    ScriptImportError with a clear sentence."""
    from studio.show.showfile import load_show

    path = Path(path)
    if path.name.lower().endswith(".show.md"):
        return load_show(path)
    return import_script(path)


__all__ = ["ImportOptions", "ScriptImportError", "SUPPORTED_SUFFIXES", "import_script", "open_show"]
