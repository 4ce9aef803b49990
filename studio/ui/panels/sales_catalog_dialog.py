"""Editing the product catalog of the sales log: a table of SKU, name, price, stock and look,
and CSV import. Reads and writes go through the session's sales worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QStyledItemDelegate, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from studio.ar.looks import LookCatalog
from studio.show.model import Product
from studio.show.money import Money
from studio.ui.look_names import look_label

if TYPE_CHECKING:
    from studio.sales import SalesLog
    from studio.ui.panels.sales_relay import SalesRelay

_COLUMNS = ("sku", "name", "price", "stock", "look")
LOOK_COLUMN = 4
LOOK_ID = Qt.ItemDataRole.UserRole      # the look's id ('lipstick:ruby-matte'); the cell shows its name


class LookDelegate(QStyledItemDelegate):
    """The look column is picked from the try-on looks by name; the id is what is saved."""

    def __init__(self, catalog: LookCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt API)
        combo = QComboBox(parent)
        combo.addItem(self.tr("(no try-on)"), "")
        for look in self._catalog.all():
            combo.addItem(look_label(look), look.id)
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802 (Qt API)
        editor.setCurrentIndex(max(0, editor.findData(index.data(LOOK_ID) or "")))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 (Qt API)
        look_id = editor.currentData() or ""
        model.setData(index, look_id, LOOK_ID)
        model.setData(index, editor.currentText() if look_id else "", Qt.ItemDataRole.DisplayRole)


class CatalogDialog(QDialog):
    """Called on the GUI thread only."""

    def __init__(self, worker: "SalesRelay", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sales catalog"))
        self.resize(720, 420)
        self._worker = worker
        self.looks = LookCatalog.load()
        self.table = QTableWidget(0, len(_COLUMNS), self)
        # short headers, the format in their tooltips: 'Price (e.g. 19.90 USD)' was clipped
        headers = ((self.tr("SKU"), ""), (self.tr("Name"), ""),
                   (self.tr("Price"), self.tr("Amount and currency, e.g. 19.90 USD")),
                   (self.tr("Stock"), self.tr("Units for this live; empty: not counted")),
                   (self.tr("Try-on look"), self.tr("The look the AR try-on shows with this product")))
        for col, (title, tip) in enumerate(headers):
            item = QTableWidgetItem(title)
            item.setToolTip(tip)
            self.table.setHorizontalHeaderItem(col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(LOOK_COLUMN, LookDelegate(self.looks, self.table))
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
            look = self.looks.get(p.look)
            cell = self.table.item(row, LOOK_COLUMN)
            cell.setData(LOOK_ID, p.look or "")
            if look is not None:
                cell.setText(look_label(look))
                cell.setToolTip(look.id)

    def _cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item else ""

    def _look_id(self, row: int) -> str | None:
        """The id the look cell holds; a cell typed by hand (no id) is read as an id."""
        item = self.table.item(row, LOOK_COLUMN)
        if item is None:
            return None
        return item.data(LOOK_ID) or item.text().strip() or None

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
                                    look=self._look_id(row)))
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
