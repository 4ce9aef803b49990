"""The captions dock: spoken language, caption languages, model and device; downloads with
progress; offline import of a model folder; the live caption list.

Captions are the session's (`session.captions`, studio.live.captions): the window's LiveOptions
carry this dock's choices (studio.ui.live_choices), and the assembly sets them up, running when
the host has them on. The dock only sends commands — start, stop, new choices (applied on the
captions thread, where the model loads, never on the GUI thread) — and paints what comes back:
captions and status as bridge events, the captions' snapshot. A loaded show's `language` and
`captions` become the choices (once per show languages: the host's own picks afterwards are kept
across restarts). Downloads and imports run on a short-lived worker thread and report back
through queued signals.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QProgressBar, QPushButton, QVBoxLayout, QWidget)

from studio.captions.options import WHISPER_MODELS
from studio.ui.core_messages import host_text
from studio.ui.live_choices import CAPTION_DEFAULTS, caption_choices, glossary_file
from studio.ui.model_jobs import ModelJobs
from studio.ui.panels import PanelContext, PanelSpec
from studio.ui.wrapping_list import wrap_items

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
_TRADITIONAL_CHINESE = ("zh-hant", "zh-tw", "zh-hk", "zh-mo")


def _offered(code: str, offered: list[str]) -> str | None:
    """The offered code for a show's language code: exact, else by base language
    ("pt-BR" -> "pt"); Chinese picks its script ("zh-TW" -> "zh-Hant", "zh" -> "zh-Hans")."""
    lowered = code.strip().lower()
    by_lower = {c.lower(): c for c in offered}
    if lowered in by_lower:
        return by_lower[lowered]
    base = lowered.split("-")[0]
    if base == "zh":
        script = "zh-Hant" if lowered in _TRADITIONAL_CHINESE else "zh-Hans"
        return script if script in offered else by_lower.get("zh")
    return by_lower.get(base)


def show_caption_choices(show) -> tuple[str | None, list[str], list[str]]:
    """(spoken language, caption languages, codes not offered) for the panel's lists, from the
    show's `language` and `captions` lines."""
    spoken = _offered(show.language, [c for c, _ in LANGUAGES]) if show.language else None
    targets: list[str] = []
    unknown: list[str] = [show.language] if show.language and spoken is None else []
    for code in show.caption_languages:
        offered = _offered(code, [c for c, _ in CAPTION_LANGUAGES if c])
        if offered is None:
            unknown.append(code)
        elif offered not in targets:
            targets.append(offered)
    return spoken, targets, unknown


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
        self.caption_more = QLineEdit(self)         # any number more: "pt, id, vi"
        self.caption_more.setPlaceholderText(self.tr("more, e.g. pt, id, vi"))
        self.glossary = QLineEdit(self)
        self.glossary.setPlaceholderText(self.tr("none: the show's product names only"))
        self.glossary_button = QPushButton(self.tr("Choose…"), self)
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
        wrap_items(self.captions)      # a caption with its Chinese or Thai translation wraps, never cut to '...'

        form = QFormLayout()
        form.addRow(self.tr("Spoken language"), self.language)
        form.addRow(self.tr("Caption language 1"), self.caption1)
        form.addRow(self.tr("Caption language 2"), self.caption2)
        form.addRow(self.tr("More caption languages"), self.caption_more)
        glossary_row = QHBoxLayout()
        glossary_row.addWidget(self.glossary, 1)
        glossary_row.addWidget(self.glossary_button)
        form.addRow(self.tr("Glossary file"), glossary_row)
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
        self.caption_more.editingFinished.connect(self._on_choice)
        self.glossary.editingFinished.connect(self._on_choice)
        self.glossary_button.clicked.connect(self._choose_glossary)
        self.download_button.clicked.connect(self._download)
        self.import_button.clicked.connect(self._import)
        ctx.bridge.session_created.connect(self._on_session)
        ctx.bridge.session_stopped.connect(self._on_session_stopped)
        ctx.bridge.caption.connect(self._on_caption)
        ctx.bridge.status.connect(self._on_status)
        ctx.bridge.show_changed.connect(self._on_show)
        self._refresh_model_state()
        show = ctx.show_provider()
        if show is not None:
            self._on_show(show)

    # ---- choices ----------------------------------------------------------------------------

    def _combo(self, items) -> QComboBox:
        combo = QComboBox(self)
        for code, label in items:
            combo.addItem(self.tr(label) if label.isascii() else label, code)
        return combo

    def _restore(self) -> None:
        s = self._ctx.settings
        self.enabled_check.setChecked(s.value("enabled", CAPTION_DEFAULTS["enabled"], bool))
        for combo, key in ((self.language, "language"), (self.caption1, "caption1"),
                           (self.caption2, "caption2"), (self.model, "model"), (self.device, "device")):
            index = combo.findData(s.value(key, CAPTION_DEFAULTS[key]))
            combo.setCurrentIndex(max(0, index))
        self.caption_more.setText(s.value("caption_more", "", str))
        self.glossary.setText(s.value("glossary", "", str))

    def options(self):
        """The host's choices as CaptionOptions, as the window's LiveOptions read them (the
        glossary: the dock's glossary file and the show's catalog)."""
        return caption_choices(self._ctx.settings, self._ctx.show_provider())[1]

    def _on_choice(self, *_args) -> None:
        s = self._ctx.settings
        s.set_value("enabled", self.enabled_check.isChecked())
        for combo, key in ((self.language, "language"), (self.caption1, "caption1"),
                           (self.caption2, "caption2"), (self.model, "model"), (self.device, "device")):
            s.set_value(key, combo.currentData())
        s.set_value("caption_more", self.caption_more.text().strip())
        s.set_value("glossary", self.glossary.text().strip())
        self._refresh_model_state()
        captions = self._captions()
        if captions is not None:
            self._apply(captions)
        if glossary_file(self.glossary.text().strip())[1]:
            self.status.setText(self.tr("Glossary file %1 cannot be read; captions use the show's product "
                                        "names only.").replace("%1", self.glossary.text().strip()))

    def _apply(self, captions) -> None:
        captions.set_options(self.options())
        if not self.enabled_check.isChecked():
            if captions.running:
                captions.stop()
                self.status.setText(self.tr("Captions are off."))
        elif not captions.running:
            problems = captions.start()     # the model loads on the captions thread
            self.status.setText("\n".join(problems) if problems
                                else self.tr("Captions are starting (the model loads off screen)…"))
        else:
            self.status.setText(self.tr("New caption settings apply from the next sentence."))

    def _on_show(self, show) -> None:
        """A show was loaded: its languages become the choices, once per set of show languages,
        so the host's later picks survive a restart with the same show."""
        if show is None:
            return
        spoken, targets, unknown = show_caption_choices(show)
        signature = f"{show.language}|{','.join(show.caption_languages)}"
        if self._ctx.settings.value("show_languages", "", str) == signature:
            return
        self._ctx.settings.set_value("show_languages", signature)
        combos = (self.language, self.caption1, self.caption2)
        for combo in combos:
            combo.blockSignals(True)
        if spoken is not None:
            self.language.setCurrentIndex(self.language.findData(spoken))
        for combo, code in zip((self.caption1, self.caption2), targets + ["", ""]):
            combo.setCurrentIndex(max(0, combo.findData(code)))
        self.caption_more.setText(", ".join(targets[2:]))
        self._ctx.settings.set_value("caption_more", self.caption_more.text())
        for combo in combos:
            combo.blockSignals(False)
        self._on_choice()
        text = self.tr("Languages from the show: spoken %1, captions %2.").replace(
            "%1", self.language.currentText()).replace(
            "%2", ", ".join([c.currentText() for c in (self.caption1, self.caption2) if c.currentData()]
                            + targets[2:]) or self.tr("none"))
        if unknown:
            text += " " + self.tr("Not offered here: %1.").replace("%1", ", ".join(unknown))
        self.status.setText(text)

    def _refresh_model_state(self) -> None:
        from studio.models.registry import installed_path

        name = WHISPER_MODELS[self.model.currentData()]
        installed = installed_path(name) is not None
        self.model_state.setText(self.tr("Model installed") if installed
                                 else self.tr("Model not installed: download it or import its folder"))
        self.download_button.setEnabled(not installed and not self.progress.isVisible())

    # ---- session ----------------------------------------------------------------------------

    def _captions(self):
        """The session's captions (studio.live.captions.LiveCaptions), or None."""
        return None if self._session is None else getattr(self._session, "captions", None)

    def _on_session(self, session) -> None:
        """A new session, not started yet: its captions were set up from this dock's choices."""
        self._session = session
        captions = self._captions()
        problems = captions.snapshot().problems if captions is not None else ()
        if problems:
            self.status.setText("\n".join(problems))

    def _on_session_stopped(self, *_args) -> None:
        self._session = None
        self.partial.clear()

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
            self.status.setText(host_text(message, message.text))      # in the host's language when it has a key

    # ---- models -----------------------------------------------------------------------------

    def _download(self) -> None:
        name = WHISPER_MODELS[self.model.currentData()]
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.download_button.setEnabled(False)
        self.status.setText(self.tr("Downloading %1…").replace("%1", name))
        self._jobs.download(name)

    def _choose_glossary(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Glossary file (one term a line)"),
                                              self.glossary.text(), self.tr("Text files (*.txt);;All files (*)"))
        if path:
            self.glossary.setText(path)
            self._on_choice()

    def _import(self) -> None:
        name = WHISPER_MODELS[self.model.currentData()]
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with the %1 model files").replace("%1", name))
        if folder:
            self.status.setText(self.tr("Importing %1…").replace("%1", name))
            self._jobs.import_path(name, folder)

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
