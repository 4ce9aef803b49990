"""Stream keys live in the OS keychain (keyring), never in settings files or logs.

Settings keep only the key's *name* (e.g. "tiktok-main"); the secret is read from
the keychain (Windows Credential Manager, macOS Keychain, Secret Service on Linux)
at the moment the stream connects. Called from any thread; keyring backends are
thread-safe for single calls.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

import keyring
import keyring.errors

KEYRING_SERVICE = "LiveHostStudio.stream-key"
_NAME_RE = re.compile(r"^[\w .@-]{1,64}$")


class StreamKeyError(Exception):
    """A stream key cannot be stored or read; the message says what to do."""


def _check_name(name: str) -> str:
    name = name.strip()
    if not _NAME_RE.match(name):
        raise StreamKeyError(f"'{name}' is not a usable key name: use 1–64 letters, digits, spaces, . @ - _")
    return name


def _no_keychain(exc: Exception) -> StreamKeyError:
    return StreamKeyError(
        "No OS keychain is available to keep the stream key safely "
        f"({type(exc).__name__}). On Linux install and unlock a Secret Service keyring "
        "(GNOME Keyring or KWallet); on Windows and macOS the system keychain is used.")


def save_stream_key(name: str, key: str) -> None:
    key = key.strip()
    if not key:
        raise StreamKeyError("The stream key is empty: paste the key from the platform's LIVE settings.")
    try:
        keyring.set_password(KEYRING_SERVICE, _check_name(name), key)
    except keyring.errors.KeyringError as exc:
        raise _no_keychain(exc) from None


def load_stream_key(name: str) -> str:
    try:
        key = keyring.get_password(KEYRING_SERVICE, _check_name(name))
    except keyring.errors.KeyringError as exc:
        raise _no_keychain(exc) from None
    if not key:
        raise StreamKeyError(f"No stream key named '{name}' is saved: save it with "
                             f"`studio stream-key set {name}` or in the Go live panel.")
    return key


def has_stream_key(name: str) -> bool:
    try:
        return bool(keyring.get_password(KEYRING_SERVICE, _check_name(name)))
    except (keyring.errors.KeyringError, StreamKeyError):
        return False


def delete_stream_key(name: str) -> bool:
    """Forget the key; False when there was none."""
    try:
        keyring.delete_password(KEYRING_SERVICE, _check_name(name))
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError as exc:
        raise _no_keychain(exc) from None
    return True


def join_key(server_url: str, key: str | None) -> str:
    """rtmp://host/app + key → rtmp://host/app/key (platforms show the two fields apart)."""
    if not key:
        return server_url
    return server_url.rstrip("/") + "/" + key.strip().lstrip("/")


def redact_url(url: str) -> str:
    """The URL with anything that can be a secret removed: credentials, query and the last path part.

    RTMP ingest URLs carry the stream key as the last path element
    (rtmp://host/app/KEY), sometimes with a query (?auth=...).
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    path_parts = [p for p in parts.path.split("/") if p]
    path = "/" + path_parts[0] + ("/<key>" if len(path_parts) > 1 else "") if path_parts else ""
    return urlunsplit((parts.scheme, host, path, "", ""))
