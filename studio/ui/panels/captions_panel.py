"""The captions dock: spoken language, caption languages, model and device; downloads with
progress; offline import of a model folder; the live caption list.

Captions run on the session's captions thread (studio.assemble.install_captions, called when a
session is created). Changing a choice during a live hands new options to the running engine
(`StreamingCaptioner.update_options`, applied on the captions thread); the model loads there,
never on the GUI thread. Downloads and imports run on a short-lived worker thread and report
back through queued signals.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QListWidget, QProgressBar, QPushButton, QVBoxLayout, QWidget)

from studio.captions.options import WHISPER_MODELS, CaptionOptions
from studio.ui.panels import PanelContext, PanelSpec

log = logging.getLogger(__name__)

LANGUAGES = [("auto", QT_TRANSLATE_NOOP("CaptionsPanel", "Auto-detect")),
             ("en", "English"), ("zh", "中文"), ("es", "Español"), ("pt", "Português"),
             ("id", "Bahasa Indonesia"), ("vi", "Tiếng Việt"), ("th", "ไทย"), ("ms", "Bahasa Melayu"),
             ("ja", "日本語"), ("ko", "한국어"), ("ar", "العربية"), ("de", "Deutsch"), ("fr", "Français")]
CAPTION_LANGUAGES = [("", QT_TRANSLATE_NOOP("CaptionsPanel", "None")), ("en", "English"),
                     ("zh-Hans", "简体中文"), ("zh-Hant", "繁體中文"), ("es", "Español"), ("pt", "Português"),
                     ("id", "Bahasa Indonesia"), ("vi", "Tiếng Việt"), ("th", "ไทย"), ("ms", "Bahasa Melayu"),
                     ("ja", "日本語"), ("ko", "한국어"), ("ar", "العربية"), ("de", "Deutsch"), ("fr", "Français")]
DEVICES = [("auto", QT_TRANSLATE_NOOP("CaptionsPanel", "Auto")), ("cpu", "CPU"), ("cuda", "CUDA (NVIDIA GPU)")]
MAX_ROWS = 300


class ModelJobs(QObject):
    """Download/import on a worker thread; signals are delivered queued on the GUI thread."""

    progress = Signal(str, int, int)      # model, bytes done, bytes total (0: unknown)
    done = Signal(str, str)               # model, error ("" when it worked)

    def download(self, name: str) -> None:
        threading.Thread(target=self._download, args=(name,), name="model-download", daemon=True).start()

    def import_folder(self, name: str, folder: str) -> None:
        threading.Thread(target=self._import, args=(name, folder), name="model-import", daemon=True).start()

    def _download(self, name: str) -> None:
        from studio.models import install

        try:
            install.download(name, progress=lambda _m, _f, done, total: self.progress.emit(name, done, total or 0))
            self.done.emit(name, "")
        except Exception as exc:  # offline, checksum, disk full: shown in the panel
            self.done.emit(name, str(exc))

    def _import(self, name: str, folder: str) -> None:
        from pathlib import Path

        from studio.models import install

        try:
            install.import_model(name, Path(folder))
            self.done.emit(name, "")
        except Exception as exc:
            self.done.emit(name, str(exc))


class CaptionsPanel(QWidget):
    """Called on the GUI thread only."""

    def __init__(self, ctx: PanelContext) -> None:
        super().__init__()
        self._ctx = ctx
        self._session: Any = None
        self._jobs = ModelJobs()
        self._jobs.progress.connect(self._on_progress)
        self._jobs.done.connect(self._on_job_done)

        self.enabled_check = QCheckBox(self.tr("Live captions"), self)
        self.language = self._combo(LANGUAGES)
        self.caption1 = self._combo(CAPTION_LANGUAGES)
        self.caption2 = self._combo(CAPTION_LANGUAGES)
        self.model = QComboBox(self)
        for size in WHISPER_MODELS:
            self.model.addItem(size, size)
        self.device = self._combo(DEVICES)
        self.download_button = QPushButton(self.tr("Download model"), self)
        self.import_button = QPushButton(self.tr("Import model folder…"), self)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.model_state = QLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.partial = QLabel(self)
        self.partial.setWordWrap(True)
        self.partial.setStyleSheet("color: gray;")
        self.captions = QListWidget(self)
        self.captions.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Spoken language"), self.language)
        form.addRow(self.tr("Caption language 1"), self.caption1)
        form.addRow(self.tr("Caption language 2"), self.caption2)
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("Device"), self.device)
        buttons = QHBoxLayout()
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled_check)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.model_state)
        layout.addWidget(self.status)
        layout.addWidget(self.captions, 1)
        layout.addWidget(self.partial)

        self._restore()
        for combo in (self.language, self.caption1, self.caption2, self.model, self.device):
            combo.currentIndexChanged.connect(self._on_choice)
        self.enabled_check.toggled.connect(self._on_choice)
        self.download_button.clicked.connect(self._download)
        self.import_button.clicked.connect(self._import)
        ctx.bridge.session_created.connect(self._on_session)
        ctx.bridge.session_stopped.connect(self._on_session_stopped)
        ctx.bridge.caption.connect(self._on_caption)
        ctx.bridge.status.connect(self._on_status)
        self._refresh_model_state()

    # ---- choices ----------------------------------------------------------------------------

    def _combo(self, items) -> QComboBox:
        combo = QComboBox(self)
        for code, label in items:
            combo.addItem(self.tr(label) if label.isascii() else label, code)
        return combo

    def _restore(self) -> None:
        s = self._ctx.settings
        self.enabled_check.setChecked(s.value("enabled", False, bool))
        for combo, key, default in ((self.language, "language", "auto"), (self.caption1, "caption1", ""),
                                    (self.caption2, "caption2", ""), (self.model, "model", "base"),
                                    (self.device, "device", "auto")):
            index = combo.findData(s.value(key, default))
            combo.setCurrentIndex(max(0, index))

    def options(self) -> CaptionOptions:
        """The host's choices as CaptionOptions (the glossary comes from the show's catalog)."""
        from studio.captions.glossary import Glossary

        show = self._ctx.show_provider()
        targets = [c for c in (self.caption1.currentData(), self.caption2.currentData()) if c]
        glossary = Glossary.from_show(show) if show is not None else Glossary()
        return CaptionOptions(language=self.language.currentData(), model=self.model.currentData(),
                              device=self.device.currentData(), translate_to=list(dict.fromkeys(targets)),
                              glossary=glossary)

    def _on_choice(self, *_args) -> None:
        s = self._ctx.settings
        s.set_value("enabled", self.enabled_check.isChecked())
        for combo, key in ((self.language, "language"), (self.caption1, "caption1"),
                           (self.caption2, "caption2"), (self.model, "model"), (self.device, "device")):
            s.set_value(key, combo.currentData())
        self._refresh_model_state()
        thread = self._captions_thread()
        if thread is not None:
            options = self.options()
            # A running engine takes new choices at its next round, on the captions thread.
            thread.captioner.update_options(options)
            if self.enabled_check.isChecked():
                self.status.setText(self.tr("New caption settings apply from the next sentence."))
        elif self._session is not None and self.enabled_check.isChecked():
            self.status.setText(self.tr("Captions start with the next session (switch sources or restart)."))
        self._show_caption_bar(self.enabled_check.isChecked())

    def _refresh_model_state(self) -> None:
        from studio.models.registry import installed_path

        name = WHISPER_MODELS[self.model.currentData()]
        installed = installed_path(name) is not None
        self.model_state.setText(self.tr("Model installed") if installed
                                 else self.tr("Model not installed: download it or import its folder"))
        self.download_button.setEnabled(not installed and not self.progress.isVisible())

    # ---- session ----------------------------------------------------------------------------

    def _captions_thread(self):
        session = self._session
        return None if session is None else session.features.get("captions")

    def _on_session(self, session) -> None:
        """A new session, not started yet: add the captions thread when captions are on."""
        self._session = session
        if not self.enabled_check.isChecked():
            return
        try:
            from studio.assemble import install_captions

            install_captions(session, self.options())
        except Exception as exc:  # captions are off for this session; the live goes on
            log.exception("captions could not be added")
            self.status.setText(self.tr("Captions are off: %1").replace("%1", str(exc)))

    def _on_session_stopped(self, *_args) -> None:
        self._session = None
        self.partial.clear()

    def _show_caption_bar(self, shown: bool) -> None:
        session = self._session
        bar = None if session is None else session.features.get("caption_bar")
        if bar is not None:
            bar.enabled = shown

    # ---- events -----------------------------------------------------------------------------

    def _on_caption(self, event) -> None:
        extra = "  ·  ".join(t for t in event.translations.values() if t)
        text = event.text + (f"\n{extra}" if extra else "")
        if event.kind == "partial":
            self.partial.setText(text)
            return
        self.partial.clear()
        if not event.text:
            return
        minutes, seconds = divmod(int(event.start_s), 60)
        self.captions.addItem(f"{minutes:02d}:{seconds:02d}  {text}")
        while self.captions.count() > MAX_ROWS:
            self.captions.takeItem(0)
        self.captions.scrollToBottom()

    def _on_status(self, message) -> None:
        if getattr(message, "source", "") == "captions":
            self.status.setText(message.text)

    # ---- models -----------------------------------------------------------------------------

    def _download(self) -> None:
        name = WHISPER_MODELS[self.model.currentData()]
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.download_button.setEnabled(False)
        self.status.setText(self.tr("Downloading %1…").replace("%1", name))
        self._jobs.download(name)

    def _import(self) -> None:
        name = WHISPER_MODELS[self.model.currentData()]
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with the %1 model files").replace("%1", name))
        if folder:
            self.status.setText(self.tr("Importing %1…").replace("%1", name))
            self._jobs.import_folder(name, folder)

    def _on_progress(self, name: str, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * done / total))
        self.progress.setFormat(f"{name}: {done / 1e6:.0f} MB" + (f" / {total / 1e6:.0f} MB" if total else ""))

    def _on_job_done(self, name: str, error: str) -> None:
        self.progress.setVisible(False)
        self.status.setText(self.tr("%1 is ready.").replace("%1", name) if not error
                            else self.tr("%1 could not be installed: %2").replace("%1", name).replace("%2", error))
        self._refresh_model_state()


PANEL = PanelSpec(
    id="captions",
    title=QT_TRANSLATE_NOOP("Panels", "Captions"),
    factory=CaptionsPanel,
    default_area=Qt.DockWidgetArea.RightDockWidgetArea,
    order=30,
    tags=("captions",),
)
