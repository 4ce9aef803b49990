"""What can go wrong with the sales database, each as one sentence the host can act on."""

from __future__ import annotations


class SalesError(Exception):
    """Base class: the message is shown to the host as is."""


class SalesDbCorrupt(SalesError):
    """The file is not a readable SQLite database; a copy was kept, nothing was reset."""

    def __init__(self, message: str, backup_path: str | None):
        super().__init__(message)
        self.backup_path = backup_path


class SalesDbTooNew(SalesError):
    """Written by a newer Live Host Studio; this version will not touch it."""

    def __init__(self, message: str, file_version: int, backup_path: str | None):
        super().__init__(message)
        self.file_version = file_version
        self.backup_path = backup_path


class SalesDbBusy(SalesError):
    """Another program held the write lock longer than the wait allows."""


class SalesWriteFailed(SalesError):
    """A write did not reach the disk (disk full, read-only folder); nothing was acknowledged."""


class SalesInputError(SalesError, ValueError):
    """A value the user typed or imported is not usable (unknown SKU, bad price...)."""
