"""Model downloads and offline imports on a short-lived worker thread, for the panels that need a
model (captions, try-on). Results come back to the GUI thread as queued signals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from studio.ui.background import emit_if_alive, run_in_background


class ModelJobs(QObject):
    """Download/import on a worker thread; signals are delivered queued on the GUI thread."""

    progress = Signal(str, int, int)      # model, bytes done, bytes total (0: unknown)
    done = Signal(str, str)               # model, error ("" when it worked)

    def download(self, name: str) -> None:
        run_in_background(self._download, name, name="model-download")

    def import_path(self, name: str, path: str) -> None:
        """A model file or the folder holding its files (studio.models.install.import_model)."""
        run_in_background(self._import, name, path, name="model-import")

    def _download(self, name: str) -> None:
        from studio.models import install

        try:
            install.download(name, progress=lambda _m, _f, done, total: emit_if_alive(self.progress, name, done, total or 0))
            emit_if_alive(self.done, name, "")
        except Exception as exc:  # offline, checksum, disk full: shown in the panel
            emit_if_alive(self.done, name, str(exc))

    def _import(self, name: str, path: str) -> None:
        from studio.models import install

        try:
            install.import_model(name, Path(path))
            emit_if_alive(self.done, name, "")
        except Exception as exc:  # a wrong file, a checksum mismatch: shown in the panel
            emit_if_alive(self.done, name, str(exc))
