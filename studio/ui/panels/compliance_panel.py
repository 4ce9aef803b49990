"""The compliance dock: every finding in the script (before the live) and in live captions.

The script check loads rule packs and scans the whole show, which takes a few hundred
milliseconds, so it runs on a short-lived worker thread and comes back as a queued signal.
Live findings arrive as `ComplianceFinding` events through the bridge (checked on the
captions thread by studio.compliance.live).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from studio.compliance.events import ComplianceFinding, DisclosureReminder
from studio.compliance.model import Finding, RuleSeverity
from studio.ui.background import emit_if_alive, run_in_background
from studio.ui.panels import PanelContext, PanelSpec
from studio.ui.panels.compliance_rows import FindingRow, group_rows

log = logging.getLogger(__name__)

SEVERITY_COLORS = {RuleSeverity.BLOCK: QColor(230, 70, 70), RuleSeverity.WARN: QColor(235, 170, 40),
                   RuleSeverity.INFO: QColor(140, 140, 150)}
# Shown in the Severity column (the enum values are file keys, not words for the host).
SEVERITY_NAMES = {RuleSeverity.BLOCK: QT_TRANSLATE_NOOP("CompliancePanel", "blocking"),
                  RuleSeverity.WARN: QT_TRANSLATE_NOOP("CompliancePanel", "review"),
                  RuleSeverity.INFO: QT_TRANSLATE_NOOP("CompliancePanel", "note")}
MAX_LIVE_ROWS = 500        # a three-hour live with a chatty host stays readable


@dataclass(frozen=True)
class ScriptResult:
    generation: int
    findings: tuple[Finding, ...]
    markets: tuple[str, ...]
    error: str = ""


class ScriptChecker(QObject):
    """Runs Checker.check_show on a worker thread; `finished` is delivered queued on the GUI thread."""

    finished = Signal(object)          # ScriptResult

    def __init__(self) -> None:
        super().__init__()
        self._generation = 0

    def check(self, show: Any) -> int:
        """Called on the GUI thread; a newer call makes older results stale."""
        self._generation += 1
        generation = self._generation
        run_in_background(self._run, show, generation, name="compliance-script")
        return generation

    def is_current(self, result: ScriptResult) -> bool:
        return result.generation == self._generation

    def _run(self, show: Any, generation: int) -> None:
        try:
            from studio.compliance import Checker

            checker = Checker(show.markets)
            result = ScriptResult(generation, tuple(checker.check_show(show)), checker.markets)
        except Exception as exc:  # a broken user pack: say it in the panel, keep the studio up
            log.exception("script compliance check failed")
            result = ScriptResult(generation, (), tuple(show.markets), str(exc))
        emit_if_alive(self.finished, result)


class CompliancePanel(QWidget):
    """Called on the GUI thread only."""

    def __init__(self, ctx: PanelContext) -> None:
        super().__init__()
        self._ctx = ctx
        self._script: tuple[Finding, ...] = ()
        self._show: Any = None
        self._checking = False
        self._live: list[tuple[float, Finding]] = []
        self._checker = ScriptChecker()
        self._checker.finished.connect(self._on_script_result)
        self._build()
        ctx.bridge.show_changed.connect(self._on_show)
        ctx.bridge.event.connect(self._on_event)
        show = ctx.show_provider()
        if show is not None:
            self._on_show(show)

    def _build(self) -> None:
        self.summary = QLabel(self.tr("No show loaded"), self)
        self.summary.setWordWrap(True)
        self.recheck_button = QPushButton(self.tr("Check script"), self)
        self.recheck_button.clicked.connect(self.recheck)
        self.blocking_only = QCheckBox(self.tr("Blocking only"), self)
        self.blocking_only.setChecked(bool(self._ctx.settings.value("blocking_only", False, bool)))
        self.blocking_only.toggled.connect(self._on_filter)
        self.reminder = QLabel("", self)
        self.reminder.setWordWrap(True)
        self.reminder.hide()                      # no empty gap above the table until there is one
        # Where, how bad, for which markets, the words: the advice is under the table for the selected row
        # (a suggestion column started off screen at 1366×768).
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Severity"), self.tr("Markets"),
                                              self.tr("Words")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 150)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._show_details)
        self.details = QLabel("", self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty = QLabel("", self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.addWidget(self.recheck_button)
        top.addWidget(self.blocking_only)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.reminder)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.empty, 1)
        self._repaint()

    # --- inputs -----------------------------------------------------------------------
    def recheck(self) -> None:
        show = self._ctx.show_provider()
        if show is not None:
            self._on_show(show)

    def _on_show(self, show: Any) -> None:
        self._script = ()
        self._show = show
        self._checking = False
        if show is None or not show.markets:
            self.summary.setText(self.tr("No show loaded") if show is None
                                 else self.tr("The show lists no markets: add a line 'markets: US, DE' to check it"))
            self._repaint()
            return
        self.summary.setText(self.tr("Checking the script…"))
        self._checking = True
        self._checker.check(show)
        self._repaint()

    def _on_script_result(self, result: ScriptResult) -> None:
        if not self._checker.is_current(result):
            return
        self._checking = False
        if result.error:
            self.summary.setText(self.tr("Cannot check the script: %1").replace("%1", result.error))
            return
        self._script = result.findings
        blocking = sum(f.blocking for f in result.findings)
        warns = sum(f.severity is RuleSeverity.WARN for f in result.findings)
        self.summary.setText(self.tr("Script (%1): %2 blocking, %3 to review")
                             .replace("%1", ", ".join(result.markets)).replace("%2", str(blocking))
                             .replace("%3", str(warns)))
        self._repaint()

    def _on_event(self, event: object) -> None:
        if isinstance(event, ComplianceFinding):
            self._live.append((event.caption_start_s, event.finding))
            del self._live[:-MAX_LIVE_ROWS]
            self._repaint()
        elif isinstance(event, DisclosureReminder):
            self.reminder.setText(self.tr("Say the disclosure: %1").replace("%1", event.text))
            self.reminder.show()

    def _on_filter(self, checked: bool) -> None:
        self._ctx.settings.set_value("blocking_only", checked)
        self._repaint()

    # --- view -------------------------------------------------------------------------
    @property
    def rows(self) -> list[tuple[str, Finding]]:
        """(where, finding) in display order: live findings newest first, then the script."""
        live = [(self.tr("live %1").replace("%1", _clock(t)), f) for t, f in reversed(self._live)]
        script = [(self._where(f), f) for f in self._script]
        rows = live + script
        if self.blocking_only.isChecked():
            rows = [(w, f) for w, f in rows if f.blocking]
        return rows

    @property
    def groups(self) -> list[FindingRow]:
        """The table's rows: the same words in the same sentence once, every market that flags them listed."""
        return group_rows(self.rows)

    def _where(self, f: Finding) -> str:
        """The segment by number and title (what the host sees on the prompter), not a line of the show file."""
        segments = getattr(self._show, "segments", ())
        if f.segment_index is None or not 0 <= f.segment_index < len(segments):
            where = self.tr("script")
        else:
            where = self.tr("%1 · %2").replace("%1", str(f.segment_index + 1)).replace(
                "%2", segments[f.segment_index].title)
            if f.role.value == "on_screen":
                where = self.tr("%1, on screen").replace("%1", where)
            elif f.line_index is not None:
                where = self.tr("%1, line %2").replace("%1", where).replace("%2", str(f.line_index + 1))
        return f"{where} ({f.lang})" if f.lang and f.role.value == "translation" else where

    def _repaint(self) -> None:
        groups = self.groups
        self._groups = groups
        self.table.setRowCount(len(groups))
        for r, row in enumerate(groups):
            f = row.first
            # a missing disclosure flags no words: its title says what is missing
            cells = [row.where, self.tr(SEVERITY_NAMES[row.severity]), ", ".join(row.markets), f.matched or f.title]
            tip = f"{f.title}\n{f.explanation}\n{f.source}\n\n{f.text}"
            if f.source_line_no:
                tip += "\n\n" + self.tr("Show file line %1").replace("%1", str(f.source_line_no))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                if c == 1:
                    item.setForeground(QBrush(SEVERITY_COLORS[row.severity]))
                self.table.setItem(r, c, item)
        has_rows = bool(groups)
        self.table.setVisible(has_rows)
        self.details.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.empty.setText(self._empty_text())
        if has_rows and not self.table.selectedItems():
            self.table.selectRow(0)
        self._show_details()

    def _empty_text(self) -> str:
        """What to do when there is nothing to list."""
        if self._show is None:
            return self.tr("Open a show (Open show… at the top) to check its script for the markets it lists. "
                           "During the live, what you say is checked too and listed here.")
        if not getattr(self._show, "markets", ()):
            return self.tr("Add a line such as 'markets: US, DE' under the show's title, save, and press Check script.")
        if self._checking:
            return self.tr("Checking the script…")
        if self.blocking_only.isChecked() and (self._script or self._live):
            return self.tr("Nothing blocking. Untick 'Blocking only' to see what to review.")
        return self.tr("Nothing to fix in the script. During the live, what you say is checked and listed here.")

    def _show_details(self) -> None:
        """The selected row's advice, one line per suggestion with the markets it is for."""
        rows = self.table.selectionModel().selectedRows()
        groups = getattr(self, "_groups", [])
        if not rows or rows[0].row() >= len(groups):
            self.details.setText("")
            return
        row = groups[rows[0].row()]
        first = row.first
        lines = [f"“{first.matched}” — {first.text}" if first.matched else f"{first.title} — {first.text}"]
        for markets, f in row.suggestions:
            advice = f.suggestion or f.title
            lines.append(self.tr("%1 (%2): %3").replace("%1", markets).replace("%2", self.tr(SEVERITY_NAMES[f.severity]))
                         .replace("%3", advice))
        self.details.setText("\n".join(lines))


def _clock(t_s: float) -> str:
    m, s = divmod(int(max(0.0, t_s)), 60)
    h, m = divmod(m, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


PANEL = PanelSpec(
    id="compliance",
    title=QT_TRANSLATE_NOOP("Panels", "Compliance"),
    factory=CompliancePanel,
    default_area=Qt.DockWidgetArea.RightDockWidgetArea,
    shortcut="Ctrl+Shift+K",
    order=40,
    tags=("compliance",),
)
