"""Editing the product catalog of the sales log: a table of SKU, name, price, stock and look,
and CSV import. Reads and writes go through the session's sales worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from studio.show.model import Product
from studio.show.money import Money

if TYPE_CHECKING:
    from studio.sales import SalesLog
    from studio.ui.panels.sales_relay import SalesRelay

_COLUMNS = ("sku", "name", "price", "stock", "look")


class CatalogDialog(QDialog):
    """Called on the GUI thread only."""

    def __init__(self, worker: "SalesRelay", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sales catalog"))
        self.resize(720, 420)
        self._worker = worker
        self.table = QTableWidget(0, len(_COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Name"), self.tr("Price (e.g. 19.90 USD)"),
                                              self.tr("Stock for the live"), self.tr("Try-on look")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        add, import_csv, save, close = (QPushButton(t, self) for t in (
            self.tr("Add product"), self.tr("Import CSV…"), self.tr("Save"), self.tr("Close")))
        add.clicked.connect(lambda: self.table.insertRow(self.table.rowCount()))
        import_csv.clicked.connect(self._choose_csv)
        save.clicked.connect(self.save)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for b in (add, import_csv):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (save, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self._post(lambda sales: ("", sales.products()))

    def _post(self, job) -> None:
        """Run job(sales) -> (message, products) on the worker; the table is refilled with the result."""
        self._worker.ask(job, self._fill)

    def _fill(self, error: str | None, result) -> None:
        if error:
            self.status.setText(error)
            return
        message, products = result
        self.status.setText(message)
        self.table.setRowCount(len(products))
        for row, p in enumerate(products):
            cells = (p.sku, p.name, str(p.price) if p.price else "", "" if p.stock is None else str(p.stock), p.look or "")
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def _cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item else ""

    def products_from_table(self) -> tuple[list[Product], list[str]]:
        products, errors = [], []
        for row in range(self.table.rowCount()):
            sku = self._cell(row, 0)
            if not sku:
                continue
            try:
                price_text = self._cell(row, 2)
                price = Money.parse_with_code(price_text) if price_text else None
                stock_text = self._cell(row, 3)
                stock = int(stock_text) if stock_text else None
                if stock is not None and stock < 0:
                    raise ValueError(self.tr("stock cannot be negative"))
            except ValueError as exc:
                errors.append(self.tr("Row %1 (%2): %3").replace("%1", str(row + 1)).replace("%2", sku)
                              .replace("%3", str(exc)))
                continue
            products.append(Product(sku=sku, name=self._cell(row, 1) or sku, price=price, stock=stock,
                                    look=self._cell(row, 4) or None))
        return products, errors

    def save(self) -> None:
        products, errors = self.products_from_table()
        if errors:
            self.status.setText("\n".join(errors))
            return
        saved = self.tr("Saved %1 product(s)").replace("%1", str(len(products)))
        def job(sales: "SalesLog"):
            sales.upsert_products(products)
            return saved, sales.products()
        self._post(job)

    def _choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import catalog"), "", self.tr("CSV files (*.csv)"))
        if path:
            self.import_csv(path)

    def import_csv(self, path: str) -> None:
        from studio.sales.catalog import parse_catalog_csv

        done = self.tr("Imported %1 product(s)")

        def job(sales: "SalesLog"):
            count = sales.upsert_products(parse_catalog_csv(path))
            return done.replace("%1", str(count)), sales.products()
        self._post(job)
