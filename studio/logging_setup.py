"""A rotating log file in the user's data folder that a host can send after a bad live."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from studio import paths

_configured = False


def setup_logging(verbose: bool = False, log_file: Path | None = None) -> Path:
    """Log to <data dir>/logs/studio.log (5 × 2 MB rotating); returns the file's path."""
    global _configured
    log_file = log_file or paths.log_dir() / "studio.log"
    if _configured:
        return log_file
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=5,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"))
    root.addHandler(handler)
    _configured = True
    return log_file
