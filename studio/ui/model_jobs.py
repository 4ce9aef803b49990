"""Model downloads and offline imports on a short-lived worker thread, for the panels that need a
model (captions, try-on). Results come back to the GUI thread as queued signals."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal


class ModelJobs(QObject):
    """Download/import on a worker thread; signals are delivered queued on the GUI thread."""

    progress = Signal(str, int, int)      # model, bytes done, bytes total (0: unknown)
    done = Signal(str, str)               # model, error ("" when it worked)

    def download(self, name: str) -> None:
        threading.Thread(target=self._download, args=(name,), name="model-download", daemon=True).start()

    def import_path(self, name: str, path: str) -> None:
        """A model file or the folder holding its files (studio.models.install.import_model)."""
        threading.Thread(target=self._import, args=(name, path), name="model-import", daemon=True).start()

    def _download(self, name: str) -> None:
        from studio.models import install

        try:
            install.download(name, progress=lambda _m, _f, done, total: self.progress.emit(name, done, total or 0))
            self.done.emit(name, "")
        except Exception as exc:  # offline, checksum, disk full: shown in the panel
            self.done.emit(name, str(exc))

    def _import(self, name: str, path: str) -> None:
        from studio.models import install

        try:
            install.import_model(name, Path(path))
            self.done.emit(name, "")
        except Exception as exc:  # a wrong file, a checksum mismatch: shown in the panel
            self.done.emit(name, str(exc))
