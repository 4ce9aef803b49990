"""Saving a show after localisation or review: atomically, and never silently dropping what the
producer wrote by hand that the model does not keep (comments)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from studio.show import dump_show
from studio.show.model import Show


class WouldLoseCommentsError(RuntimeError):
    """Rewriting the show file would drop its <!-- comments -->."""


def save_show(show: Show, path: Path, original: Path | None = None, force: bool = False) -> Path:
    """Write show to path (a temporary file renamed over it, so a crash never leaves half a file).
    When path is the file the show was read from and it has comments, refuse unless force."""
    path = Path(path)
    if not force and original is not None and path.exists() and path.resolve() == Path(original).resolve():
        if "<!--" in path.read_text("utf-8-sig"):
            raise WouldLoseCommentsError(f"{path} has <!-- comments --> that rewriting it would drop; "
                                         f"write to another file with --out, or pass --force")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(dump_show(show))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
