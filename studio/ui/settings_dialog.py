"""Settings: the window's language and where recordings go.

The language applies when the studio opens again (the window offers to restart
at once); every panel then comes up in it, with no live retranslation code to
forget in a panel.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget)

from studio import paths
from studio.ui.settings import StudioSettings


class SettingsDialog(QDialog):
    """GUI thread only. Writes to StudioSettings when the host presses OK."""

    def __init__(self, settings: StudioSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        self._settings = settings
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Same as the system"), "system")
        self.language.addItem("English", "en")
        self.language.addItem("简体中文", "zh_CN")
        self._language_at_open = settings.language
        index = self.language.findData(settings.language)
        self.language.setCurrentIndex(max(index, 0))
        self.language_note = QLabel(self.tr("The new language is used the next time the studio opens."), self)
        self.language_note.setProperty("role", "dim")
        self.language_note.setWordWrap(True)

        self.recordings = QLineEdit(self)
        self.recordings.setPlaceholderText(str(paths.recordings_dir()))
        self.recordings.setText(settings.recordings_dir)
        browse = QToolButton(self)
        browse.setText(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QWidget(self)
        rlayout = QHBoxLayout(row)
        rlayout.setContentsMargins(0, 0, 0, 0)
        rlayout.addWidget(self.recordings, 1)
        rlayout.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Recordings folder"), row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        start = self.recordings.text() or str(paths.recordings_dir())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Recordings folder"), start)
        if folder:
            self.recordings.setText(folder)

    @property
    def language_changed(self) -> bool:
        return self.language.currentData() != self._language_at_open

    def accept(self) -> None:
        self._settings.language = self.language.currentData()
        self._settings.recordings_dir = self.recordings.text().strip()
        self._settings.sync()
        super().accept()
