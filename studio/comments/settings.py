"""The comments' own settings file in the data folder: the relay token and whether names are kept.

Names are off by default (minimal personal data): the host turns them on in the window or with
`studio comments serve --keep-names`; `studio comments purge --names` removes stored names.
"""

from __future__ import annotations

import json
from pathlib import Path

from studio.localnet.tokens import SavedToken, saved_token

SETTINGS_FILE = "comments.json"
DEFAULT_RELAY_PORT = 8779


def settings_path() -> Path:
    from studio.paths import data_dir

    return data_dir() / SETTINGS_FILE


def relay_token(path: Path | None = None) -> SavedToken:
    """The relay's token, made once (created=True then: show it to the host) and kept."""
    return saved_token(path or settings_path())


def keep_names(path: Path | None = None) -> bool:
    try:
        data = json.loads((path or settings_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(isinstance(data, dict) and data.get("keep_names") is True)
