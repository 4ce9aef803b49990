"""Importing a platform's order export in the window: known layouts are recognised, any other
gets a column-mapping step (one drop-down per field, pre-filled with a guess), then the hand log
is reconciled with the real orders. File reading and database work run on the sales worker."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from studio.sales.orders_import import FIELDS, REQUIRED

if TYPE_CHECKING:
    from studio.sales import SalesLog
    from studio.ui.panels.sales_relay import SalesRelay

_NONE = "—"


class OrdersImportDialog(QDialog):
    """Called on the GUI thread only."""

    def __init__(self, worker: "SalesRelay", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import platform orders"))
        self.resize(640, 120)            # grows with the mapping and the comparison
        self._worker = worker
        self._path: str | None = None
        self._headers: list[str] = []
        self._layout: Any = None          # the recognised Layout, or None for a mapping of the user's
        self._detected: dict[str, str] = {}
        self.file_label = QLabel(self.tr("Choose the order export (CSV) downloaded from the platform."), self)
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose export…"), self)
        choose.clicked.connect(self._choose)
        self.combos: dict[str, QComboBox] = {}
        # the column mapping appears once a file is picked: nine empty drop-downs before it said nothing
        self.mapping_box = QWidget(self)
        form = QFormLayout(self.mapping_box)
        form.setContentsMargins(0, 0, 0, 0)
        labels = {"order_id": self.tr("Order ID *"), "sku": self.tr("SKU *"), "quantity": self.tr("Quantity *"),
                  "amount": self.tr("Line total"), "unit_price": self.tr("Unit price"),
                  "currency": self.tr("Currency"), "ordered_at": self.tr("Order time"),
                  "status": self.tr("Status"), "buyer": self.tr("Buyer (personal data)")}
        for field in FIELDS:
            combo = QComboBox(self)
            combo.setEnabled(False)
            self.combos[field] = combo
            form.addRow(labels[field], combo)
        self.currency = QLineEdit(self)
        self.currency.setPlaceholderText(self.tr("Session currency"))
        self.currency.setMaxLength(3)
        form.addRow(self.tr("Currency when the file has none"), self.currency)
        self.keep_buyer = QCheckBox(self.tr("Keep the buyer column (personal data)"), self)
        form.addRow(self.keep_buyer)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.reconcile = QTableWidget(0, 4, self)
        self.reconcile.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Logged"), self.tr("Platform"),
                                                  self.tr("Difference")])
        self.reconcile.verticalHeader().setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)         # 'check the guessed columns below' sits above them
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.import_button)
        layout.addWidget(self.reconcile, 1)
        layout.addStretch(0)
        self.mapping_box.hide()
        self.import_button.hide()
        self.reconcile.hide()              # shown with the first import's comparison

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Order export"), "", self.tr("CSV files (*.csv)"))
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        from studio.sales.csv_text import read_csv
        from studio.sales.orders_import import detect_layout, propose_mapping

        def job(sales: "SalesLog"):
            headers, _ = read_csv(path)
            return headers, detect_layout(headers, sales), propose_mapping(headers)
        self._path = path
        self._worker.ask(job, self._on_loaded)

    def _on_loaded(self, error: str | None, result) -> None:
        if error:
            self.status.setText(error)
            self.import_button.setEnabled(False)
            return
        self._headers, self._layout, proposal = result
        columns = self._layout.columns if self._layout else proposal.columns
        self._detected = dict(columns)
        for field, combo in self.combos.items():
            combo.clear()
            combo.addItems([_NONE, *self._headers])
            combo.setCurrentText(columns.get(field) or _NONE)
            combo.setEnabled(True)
        self.mapping_box.show()
        self.import_button.show()
        self._grow()
        self.file_label.setText(self._path or "")
        if self._layout:
            self.status.setText(self.tr("Recognised: %1. Check the columns and import.").replace("%1", self._layout.name))
        else:
            missing = [f for f in REQUIRED if not columns.get(f)]
            text = self.tr("This layout is new to the studio: check the guessed columns below.")
            if missing:
                text += " " + self.tr("Still needed: %1.").replace("%1", ", ".join(missing))
            self.status.setText(text)
        self.import_button.setEnabled(True)

    def _grow(self, at_least: int = 0) -> None:
        self.resize(self.width(), max(self.height(), at_least, self.sizeHint().height()))

    def mapping(self) -> dict[str, str]:
        return {f: c.currentText() for f, c in self.combos.items() if c.currentText() not in ("", _NONE)}

    def run_import(self) -> None:
        from studio.sales.orders_import import import_orders, mapping_from_user, reconcile

        path, headers, columns = self._path, self._headers, self.mapping()
        layout = self._layout if self._layout is not None and columns == self._detected else None
        currency = self.currency.text().strip().upper() or None
        keep_buyer = self.keep_buyer.isChecked()

        def job(sales: "SalesLog"):
            chosen = layout or mapping_from_user(columns, headers)
            session_id = sales.session_for_report().session_id     # the live just ended, or still on
            result = import_orders(sales, path, chosen, session_id=session_id, currency=currency,
                                   keep_buyer=keep_buyer)
            return result, reconcile(sales, session_id)
        self._worker.ask(job, self._on_imported)

    def _on_imported(self, error: str | None, result) -> None:
        if error:
            self.status.setText(error)
            return
        imported, rows = result
        text = self.tr("%1 order line(s) imported.").replace("%1", str(imported.rows_imported))
        if imported.rows_skipped:
            text += " " + self.tr("Skipped: %1").replace("%1", "; ".join(imported.problems[:3]))
        if imported.outside_session:
            text += " " + self.tr("%1 order(s) are timed outside this session.").replace("%1", str(imported.outside_session))
        self.status.setText(text)
        self.reconcile.setRowCount(len(rows))
        self.reconcile.show()
        self._grow(560)
        for i, row in enumerate(rows):
            for col, value in enumerate((row.sku, str(row.logged_units), str(row.platform_units),
                                         f"{row.difference:+d}" if row.difference else "0")):
                self.reconcile.setItem(i, col, QTableWidgetItem(value))
