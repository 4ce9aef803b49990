"""Show → Localise script…: the review table of a show's translations, one language at a time.

Source, translation (a draft or the approved text), its state, the term check and the claim
findings per market; edit the source or the translation in place, approve a line or a whole
segment. Every change is saved into the show file at once, so approved lines become the captions'
approved translations. The dialog only sends commands to studio.localize.review's worker and
paints the snapshots it gets back (queued onto the GUI thread).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from studio.compliance.model import RuleSeverity
from studio.localize.review import (Approve, ApproveSegment, Draft, Edit, EditSource, Load, ReviewSnapshot,
                                    ReviewWorker, Save, SetLanguage)
from studio.ui.core_messages import host_text

STATE_NAMES = {"missing": QT_TRANSLATE_NOOP("LocaliseDialog", "missing"),
               "proposed": QT_TRANSLATE_NOOP("LocaliseDialog", "proposed"),
               "approved": QT_TRANSLATE_NOOP("LocaliseDialog", "approved"),
               "stale": QT_TRANSLATE_NOOP("LocaliseDialog", "stale: source changed")}
BUSY_NAMES = {"drafting": QT_TRANSLATE_NOOP("LocaliseDialog", "Drafting with the translation model…"),
              "loading": QT_TRANSLATE_NOOP("LocaliseDialog", "Opening the show…"),
              "saving": QT_TRANSLATE_NOOP("LocaliseDialog", "Saving…"),
              "checking": QT_TRANSLATE_NOOP("LocaliseDialog", "Checking…")}
KIND_NAMES = {"offer": QT_TRANSLATE_NOOP("LocaliseDialog", "offer"),
              "b-line": QT_TRANSLATE_NOOP("LocaliseDialog", "B talk-track"),
              "faq": QT_TRANSLATE_NOOP("LocaliseDialog", "FAQ answer")}
STATE_COLORS = {"approved": QColor(70, 160, 90), "proposed": QColor(220, 160, 40),
                "stale": QColor(200, 80, 80), "missing": QColor(140, 140, 150)}
COL_WHERE, COL_SOURCE, COL_TEXT, COL_STATE, COL_TERMS, COL_CLAIMS = range(6)
DEFAULT_LANGUAGES = ("es", "pt", "id", "th", "vi", "ar", "ms", "en", "zh", "ko", "ru")


class _Relay(QObject):
    """Carries snapshots from the worker thread to the GUI thread (queued)."""

    snapshot = Signal(object)


class LocaliseDialog(QDialog):
    saved = Signal(str)              # the show file, after each save (the window reloads it)

    def __init__(self, show_path: str | Path, parent=None, markets: tuple[str, ...] | None = None,
                 semantic: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Localise script"))
        self.resize(1100, 640)
        self.snapshot = ReviewSnapshot()
        self._relay = _Relay(self)
        self._relay.snapshot.connect(self._paint, Qt.ConnectionType.QueuedConnection)
        self._painting = False
        self._build()
        self.worker = ReviewWorker(self._relay.snapshot.emit)
        self.worker.send(Load(Path(show_path), markets, semantic=semantic))

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language:"), self))
        self.language = QComboBox(self)
        self.language.setEditable(True)       # any code, e.g. pt-BR
        self.language.addItems(DEFAULT_LANGUAGES)
        self.language.setCurrentIndex(-1)
        self.language.setMinimumContentsLength(6)      # pt-BR, zh-Hant
        self.language.activated.connect(lambda _i: self._set_language(self.language.currentText()))
        self.language.lineEdit().editingFinished.connect(lambda: self._set_language(self.language.currentText()))
        top.addWidget(self.language)
        self.draft_button = QPushButton(self.tr("Draft missing lines"), self)
        self.draft_button.setToolTip(self.tr("Translate every line with no approved or proposed translation, "
                                             "keeping glossary terms, and check the drafts"))
        self.draft_button.clicked.connect(lambda: self.worker.send(Draft()))
        self.approve_button = QPushButton(self.tr("Approve line"), self)
        self.approve_button.clicked.connect(self.approve_selected)
        self.approve_segment_button = QPushButton(self.tr("Approve segment"), self)
        self.approve_segment_button.clicked.connect(self.approve_selected_segment)
        for button in (self.draft_button, self.approve_button, self.approve_segment_button):
            top.addWidget(button)
        top.addStretch(1)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Source"), self.tr("Translation"),
                                              self.tr("State"), self.tr("Terms"), self.tr("Claims")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for col, mode in ((COL_WHERE, QHeaderView.ResizeMode.ResizeToContents),
                          (COL_SOURCE, QHeaderView.ResizeMode.Stretch), (COL_TEXT, QHeaderView.ResizeMode.Stretch),
                          (COL_STATE, QHeaderView.ResizeMode.ResizeToContents),
                          (COL_TERMS, QHeaderView.ResizeMode.Interactive),
                          (COL_CLAIMS, QHeaderView.ResizeMode.Interactive)):
            header.setSectionResizeMode(col, mode)
        self.table.setColumnWidth(COL_TERMS, 150)
        self.table.setColumnWidth(COL_CLAIMS, 230)
        self.table.itemChanged.connect(self._on_edit)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    # ------------------------------------------------------------ commands
    def _set_language(self, lang: str) -> None:
        lang = lang.strip()
        if lang and lang != self.snapshot.lang:
            self.worker.send(SetLanguage(lang))

    def _selected_row(self):
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return self.snapshot.rows[rows[0]] if rows and rows[0] < len(self.snapshot.rows) else None

    def approve_selected(self) -> None:
        row = self._selected_row()
        if row is not None and row.state in ("proposed", "stale") and row.text:
            if row.state == "stale":      # approving a stale text approves it for the source as it stands
                self.worker.send(Edit(row.unit_id, row.text))
            self.worker.send(Approve(row.unit_id))

    def approve_selected_segment(self) -> None:
        row = self._selected_row()
        if row is not None and row.segment_index is not None:
            self.worker.send(ApproveSegment(row.segment_index))

    def _on_edit(self, item: QTableWidgetItem) -> None:
        if self._painting or item.row() >= len(self.snapshot.rows):
            return
        row = self.snapshot.rows[item.row()]
        text = item.text().strip()
        if item.column() == COL_TEXT and text and text != row.text:
            self.worker.send(Edit(row.unit_id, text))
        elif item.column() == COL_SOURCE and text and text != row.source:
            self.worker.send(EditSource(row.unit_id, text))

    # ------------------------------------------------------------ painting (GUI thread)
    def _paint(self, snapshot: ReviewSnapshot) -> None:
        self.snapshot = snapshot
        if snapshot.lang and self.language.currentText() != snapshot.lang:
            self.language.setCurrentText(snapshot.lang)
        busy = bool(snapshot.busy)
        for button in (self.draft_button, self.approve_button, self.approve_segment_button):
            button.setEnabled(not busy and bool(snapshot.lang))
        self._painting = True
        try:
            self._fill(snapshot)
        finally:
            self._painting = False
        if busy:
            self.status.setText(QCoreApplication.translate("LocaliseDialog", BUSY_NAMES.get(snapshot.busy, "…")))
        elif snapshot.message:
            self.status.setText(host_text(snapshot.said, snapshot.message) if snapshot.said else snapshot.message)
        else:
            counts = {state: sum(r.state == state for r in snapshot.rows) for state in STATE_NAMES}
            self.status.setText(self.tr("%1 approved, %2 proposed, %3 stale, %4 missing; %5 flagged")
                                .replace("%1", str(counts["approved"])).replace("%2", str(counts["proposed"]))
                                .replace("%3", str(counts["stale"])).replace("%4", str(counts["missing"]))
                                .replace("%5", str(sum(bool(r.missing_terms or r.findings) for r in snapshot.rows))))
        if snapshot.needs_force and not busy:
            answer = QMessageBox.question(self, self.tr("Save the show"), self.tr(
                "The show file has <!-- comments --> that saving drops. Save anyway?"))
            if answer == QMessageBox.StandardButton.Yes:
                self.worker.send(Save(force=True))
        if snapshot.saved_path:
            self.saved.emit(snapshot.saved_path)

    def _fill(self, snapshot: ReviewSnapshot) -> None:
        self.table.setRowCount(len(snapshot.rows))
        for r, row in enumerate(snapshot.rows):
            terms = (self.tr("lost: %1").replace("%1", ", ".join(row.missing_terms)) if row.missing_terms
                     else self.tr("kept") if row.text else "")
            where = row.where
            if row.kind in KIND_NAMES:
                where += " · " + QCoreApplication.translate("LocaliseDialog", KIND_NAMES[row.kind])
            claims = "\n".join(f"{_severity_word(sev)} · {markets} · {rule}" for sev, rule, markets in row.findings)
            cells = [where, row.source, row.text,
                     QCoreApplication.translate("LocaliseDialog", STATE_NAMES.get(row.state, row.state)),
                     terms, claims]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if c not in (COL_SOURCE, COL_TEXT):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c == COL_STATE:
                    item.setForeground(QBrush(STATE_COLORS.get(row.state, QColor(140, 140, 150))))
                if (c == COL_TERMS and row.missing_terms) or (c == COL_CLAIMS and row.blocking):
                    item.setForeground(QBrush(QColor(220, 70, 70)))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()

    def done(self, result: int) -> None:
        self.worker.stop()
        super().done(result)


def _severity_word(value: str) -> str:
    """The compliance panel's word for a severity (blocking / review / note), in the window's language."""
    from studio.ui.panels.compliance_panel import SEVERITY_NAMES

    try:
        return QCoreApplication.translate("CompliancePanel", SEVERITY_NAMES[RuleSeverity(value)])
    except ValueError:
        return value


def build_localise_action(window, menu) -> QAction:
    """Show → Localise script…: opens the review table for the window's show file."""
    action = QAction(QCoreApplication.translate("LocaliseDialog", "Localise script…"), window)
    action.setToolTip(QCoreApplication.translate(
        "LocaliseDialog", "Draft, review and approve translations of the show's lines, offers and FAQ answers"))
    menu.addAction(action)

    def open_dialog() -> None:
        path = window.settings.show_path
        if not path or not str(path).lower().endswith(".show.md") or not Path(path).is_file():
            QMessageBox.information(window, QCoreApplication.translate("LocaliseDialog", "Localise script"),
                                    QCoreApplication.translate("LocaliseDialog", "Open a show file (.show.md) first."))
            return
        dialog = LocaliseDialog(path, window)
        dialog.saved.connect(lambda saved: window.load_show(saved, quiet=True))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.localise_dialog = dialog
        dialog.show()

    action.triggered.connect(open_dialog)
    window.localise_action = action
    return action
