"""Access tokens of the local servers: made once, kept in the data folder, compared in constant time."""

from __future__ import annotations

import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

MIN_TOKEN_CHARS = 16


@dataclass(frozen=True)
class SavedToken:
    token: str
    created: bool          # made just now: the front end shows it (once) to the host
    path: Path


def saved_token(path: Path) -> SavedToken:
    """The token stored in the JSON settings file at path (key "token"), made and saved when absent.
    The file is written owner-only: the token is a password to the studio's local port."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        token = data.get("token") if isinstance(data, dict) else None
        if isinstance(token, str) and len(token) >= MIN_TOKEN_CHARS:
            return SavedToken(token, False, path)
    except (OSError, ValueError):
        data = {}
    token = secrets.token_urlsafe(24)
    data = dict(data) if isinstance(data, dict) else {}
    data["token"] = token
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle)
    return SavedToken(token, True, path)


def token_matches(given: str | None, expected: str) -> bool:
    if not given:
        return False
    return hmac.compare_digest(given.encode("utf-8", "replace"), expected.encode("utf-8"))
