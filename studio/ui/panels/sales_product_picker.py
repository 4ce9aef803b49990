"""Which product was sold, when the segment on screen has none (a welcome, a Q&A): the log key
opens this list of the catalog (the show's products, plus any the host added); typing filters
it, Enter or a double click logs the sale. GUI thread only; the sale itself is logged by the
sales panel's worker.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from studio.show.model import Product


class ProductPicker(QDialog):
    """Called on the GUI thread only. `picked(sku)` once, then the dialog closes."""

    picked = Signal(str)
    open_catalog = Signal()

    def __init__(self, products: list[Product], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which product was sold?"))
        self.resize(440, 360)
        self.question = QLabel(self.tr("No product is on screen in this segment. Pick the product sold "
                                       "(type to filter, Enter logs it)."), self)
        self.question.setWordWrap(True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("SKU or name"))
        self.list = QListWidget(self)
        for product in products:
            price = str(product.price) if product.price is not None else self.tr("no price")
            item = QListWidgetItem(f"{product.sku} · {product.name} · {price}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, product.sku)
        self.empty_label = QLabel(self.tr("The catalog is empty: add the products first (Catalog…), "
                                          "or load the show."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(not products)
        self.log_button = QPushButton(self.tr("Log sale"), self)
        self.log_button.setDefault(True)
        catalog_button = QPushButton(self.tr("Catalog…"), self)
        cancel_button = QPushButton(self.tr("Cancel"), self)

        buttons = QHBoxLayout()
        buttons.addWidget(catalog_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel_button)
        buttons.addWidget(self.log_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)

        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.returnPressed.connect(self.accept_current)
        self.list.itemActivated.connect(lambda *_: self.accept_current())
        self.log_button.clicked.connect(self.accept_current)
        cancel_button.clicked.connect(self.close)
        catalog_button.clicked.connect(self._to_catalog)
        self._filter("")
        self.filter_edit.setFocus()

    def _visible_rows(self) -> list[int]:
        return [row for row in range(self.list.count()) if not self.list.item(row).isHidden()]

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())
        rows = self._visible_rows()
        self.list.setCurrentRow(rows[0] if rows else -1)
        self.log_button.setEnabled(bool(rows))

    def accept_current(self) -> None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return
        self.picked.emit(item.data(Qt.ItemDataRole.UserRole))
        self.close()

    def _to_catalog(self) -> None:
        self.open_catalog.emit()
        self.close()
