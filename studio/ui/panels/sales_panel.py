"""The sales dock: live figures, one-key logging of the product on screen, undo, markers.

All database work runs on the session's sales worker (studio.sales.worker, a plain thread that
the session starts from LiveOptions.sales); the widget only posts commands through its relay
(studio.ui.panels.sales_relay) and paints the results it gets back as queued signals. F8 on a
segment without a product opens the product picker (sales_product_picker) on the catalog.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QLineEdit, QProgressBar, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from studio.sales import Dashboard, SaleInput, SalesLog
from studio.sales.render import money_text
from studio.sales.worker import WorkerResult, dashboard_or_none, ensure_session
from studio.ui.panels import PanelContext, PanelSpec
from studio.ui.panels.sales_minute_bars import MinuteBars
from studio.ui.panels.sales_relay import SalesRelay
from studio.ui.shortcut_help import describe_shortcut

if TYPE_CHECKING:
    from studio.ui.panels.sales_catalog_dialog import CatalogDialog
    from studio.ui.panels.sales_orders_dialog import OrdersImportDialog
    from studio.ui.panels.sales_product_picker import ProductPicker

log = logging.getLogger(__name__)

REFRESH_MS = 2000   # dashboard refresh; measured 1.3 ms at 1,000 sales, ~0.2-0.3 s at 100,000 (bench_sales.py)


@dataclass(frozen=True)
class SaleEntry:
    """What the host typed for the next key press (taken from the widgets at the press)."""

    quantity: int
    price_text: str
    coupon: str


class SalesPanel(QWidget):
    """The dock's widget. Called on the GUI thread only."""

    def __init__(self, ctx: PanelContext) -> None:
        super().__init__()
        self._ctx = ctx
        self._worker = SalesRelay(self)        # the session's sales worker, when there is one
        self._worker.finished.connect(self._on_result)
        self._show = ctx.show_provider()
        self._segment_index: int | None = None
        self._has_session = False
        self._picker: "ProductPicker | None" = None
        self._build()
        ctx.bridge.show_changed.connect(self._on_show)
        ctx.bridge.segment_changed.connect(self._on_segment)
        ctx.bridge.session_created.connect(self._on_session)
        ctx.bridge.session_stopped.connect(self._worker.detach)
        session = ctx.session_provider()
        if session is not None:
            self._on_session(session)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._refresh)
        self._timer.start(REFRESH_MS)
        self._refresh()

    # ---- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.gmv_label = QLabel("–", self)
        self.gmv_label.setStyleSheet("font-size: 22px; font-weight: 600;")
        self.counts_label = QLabel(self)
        # before a session: what to do, not a lone '–'
        self.empty_label = QLabel(self.tr("No sales yet. Press Start sales session (below) to count this live's "
                                          "orders and sales; F8 logs a sale and starts a session if none is open."),
                                  self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setProperty("role", "dim")
        self.gmv_label.hide()                # until the worker says there is a session
        self.target_bar = QProgressBar(self)
        self.target_bar.setRange(0, 1000)
        self.target_bar.setTextVisible(True)
        self.minute_bars = MinuteBars(self)
        self.on_screen_label = QLabel(self.tr("No sales session"), self)
        self.on_screen_label.setWordWrap(True)

        self.quantity = QSpinBox(self)
        self.quantity.setRange(1, 9999)
        self.quantity.setPrefix(self.tr("Qty "))
        self.price = QLineEdit(self)
        self.price.setPlaceholderText(self.tr("Catalog price"))
        self.coupon = QLineEdit(self)
        self.coupon.setPlaceholderText(self.tr("Coupon"))
        self.log_button = QPushButton(self.tr("Log sale (F8)"), self)
        self.undo_button = QPushButton(self.tr("Undo last (Shift+F8)"), self)
        self.correct_button = QPushButton(self.tr("Correct last"), self)
        self.correct_button.setToolTip(self.tr("Apply the quantity, price and coupon above to the last sale"))
        self.marker_note = QLineEdit(self)
        self.marker_note.setPlaceholderText(self.tr("Marker note"))
        self.marker_button = QPushButton(self.tr("Marker (F7)"), self)
        self.session_button = QPushButton(self.tr("Start sales session"), self)
        self.catalog_button = QPushButton(self.tr("Catalog…"), self)
        self.orders_button = QPushButton(self.tr("Orders…"), self)
        self.orders_button.setToolTip(self.tr("Import the platform's order export and compare it with the log"))
        self.products = QTableWidget(0, 4, self)
        self.products.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Units"), self.tr("GMV"), self.tr("Left")])
        self.products.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.products.verticalHeader().setVisible(False)
        self.products.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)

        edit_row = QHBoxLayout()
        for w in (self.quantity, self.price, self.coupon):
            edit_row.addWidget(w)
        action_row = QHBoxLayout()
        action_row.addWidget(self.log_button, 2)
        action_row.addWidget(self.undo_button, 1)
        action_row.addWidget(self.correct_button, 1)
        marker_row = QHBoxLayout()
        marker_row.addWidget(self.marker_note, 2)
        marker_row.addWidget(self.marker_button, 1)
        layout = QVBoxLayout(self)
        for w in (self.gmv_label, self.empty_label, self.counts_label, self.target_bar, self.minute_bars,
                  self.on_screen_label):
            layout.addWidget(w)
        layout.addLayout(edit_row)
        layout.addLayout(action_row)
        layout.addLayout(marker_row)
        layout.addWidget(self.products, 1)
        layout.addWidget(self.status_label)
        bottom_row = QHBoxLayout()
        bottom_row.addWidget(self.session_button, 2)
        bottom_row.addWidget(self.catalog_button, 1)
        bottom_row.addWidget(self.orders_button, 1)
        layout.addLayout(bottom_row)

        self.log_button.clicked.connect(self.log_sale)
        self.undo_button.clicked.connect(self.undo_last)
        self.correct_button.clicked.connect(self.correct_last)
        self.marker_button.clicked.connect(self.add_marker)
        self.session_button.clicked.connect(self._toggle_session)
        self.catalog_button.clicked.connect(self.open_catalog)
        self.orders_button.clicked.connect(self.open_orders_import)
        keys = {"log_key": ("F8", self.log_sale, self.tr("Log a sale of the product on screen")),
                "undo_key": ("Shift+F8", self.undo_last, self.tr("Undo the last sale")),
                "marker_key": ("F7", self.add_marker, self.tr("Mark this moment in the sales log"))}
        for setting, (default, slot, what) in keys.items():
            shortcut = describe_shortcut(QShortcut(QKeySequence(self._ctx.settings.value(setting, default)), self),
                                         what)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)   # works wherever focus is
            shortcut.activated.connect(slot)

    # ---- commands (GUI thread: read the widgets, post a job) -------------------------------
    def log_sale(self) -> None:
        """F8: one sale of the product on screen; with none on screen, the picker asks which."""
        if self._picker is not None:            # F8 again while it asks: the same question, in front
            self._picker.raise_()
            self._picker.activateWindow()
            return
        self._log(self._take_entry(), None)

    def log_sale_of(self, sku: str, entry: SaleEntry) -> None:
        """The host picked the product in the picker."""
        self._log(entry, sku)

    def _log(self, entry: SaleEntry, sku: str | None) -> None:
        from studio.show.money import Money

        show, index = self._show, self._segment_index

        def job(sales: SalesLog) -> WorkerResult:
            ensure_session(sales, show, index)
            segment = sales.current_segment()
            if sku is None and (segment is None or not segment.product_sku):
                return WorkerResult(self.tr("No product on screen: pick the product sold."), False,
                                    sales.dashboard(), payload=sales.products(),
                                    reply_to=lambda products: self.open_product_picker(products, entry))
            price = Money.parse_with_code(entry.price_text, sales.session().currency) if entry.price_text else None
            sale = sales.log_sale(SaleInput(sku=sku, quantity=entry.quantity, unit_price=price,
                                            coupon=entry.coupon or None))
            return WorkerResult(_sale_line(self.tr("Logged #%1: %2 × %3 = %4"), sale), False, sales.dashboard())

        self._post_checked(job)

    def open_product_picker(self, products: list, entry: SaleEntry) -> "ProductPicker":
        from studio.ui.panels.sales_product_picker import ProductPicker

        if self._picker is not None:            # a second answer from the worker: one question only
            self._picker.close()
        picker = ProductPicker(products, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.picked.connect(lambda sku: self.log_sale_of(sku, entry))
        picker.open_catalog.connect(self.open_catalog)
        picker.destroyed.connect(lambda *_: self._picker is picker and setattr(self, "_picker", None))
        self._picker = picker
        picker.show()
        picker.activateWindow()
        return picker

    def correct_last(self) -> None:
        """The key was pressed, then the buyer took 3, or used a coupon: fix the newest sale."""
        from studio.sales import SaleEdit
        from studio.show.money import Money

        entry = self._take_entry()

        def job(sales: SalesLog) -> WorkerResult:
            last = sales.dashboard().last_sale
            if last is None:
                return WorkerResult(self.tr("No sale to correct"), True, sales.dashboard())
            price = Money.parse_with_code(entry.price_text, last.unit_price.currency) if entry.price_text else None
            sale = sales.edit_sale(last.sale_id, SaleEdit(quantity=entry.quantity, unit_price=price,
                                                          coupon=entry.coupon or None))
            return WorkerResult(_sale_line(self.tr("Corrected #%1: %2 × %3 = %4"), sale), False,
                                sales.dashboard())

        self._post_checked(job)

    def _take_entry(self) -> SaleEntry:
        """The typed quantity, price and coupon; the fields go back to one unit at the catalog price."""
        entry = SaleEntry(self.quantity.value(), self.price.text().strip(), self.coupon.text().strip())
        self._reset_entry()
        return entry

    def _reset_entry(self) -> None:
        """Back to 'one unit at the catalog price, no coupon' for the next key press."""
        self.quantity.setValue(1)
        self.price.clear()
        self.coupon.clear()

    def undo_last(self) -> None:
        def job(sales: SalesLog) -> WorkerResult:
            sale = sales.undo_last()
            if sale is None:
                return WorkerResult(self.tr("Nothing to undo"), False, sales.dashboard())
            return WorkerResult(self.tr("Undone #%1: %2 × %3").replace("%1", str(sale.sale_id))
                                .replace("%2", str(sale.quantity)).replace("%3", sale.product_name),
                                False, sales.dashboard())

        self._worker.post(job)

    def add_marker(self) -> None:
        note = self.marker_note.text().strip() or self.tr("marker")

        def job(sales: SalesLog) -> WorkerResult:
            marker = sales.add_marker(note)
            return WorkerResult(self.tr("Marker: %1").replace("%1", marker.note), False, sales.dashboard())

        self._worker.post(job)
        self.marker_note.clear()

    def open_catalog(self) -> "CatalogDialog":
        from studio.ui.panels.sales_catalog_dialog import CatalogDialog

        dialog = CatalogDialog(self._worker, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_orders_import(self) -> "OrdersImportDialog":
        from studio.ui.panels.sales_orders_dialog import OrdersImportDialog

        dialog = OrdersImportDialog(self._worker, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _toggle_session(self) -> None:
        show, index = self._show, self._segment_index
        if self._has_session:
            def job(sales: SalesLog) -> WorkerResult:
                info = sales.end_session()
                return WorkerResult(self.tr("Session ended: %1").replace("%1", info.title), False, None)
        else:
            def job(sales: SalesLog) -> WorkerResult:
                ensure_session(sales, show, index)
                return WorkerResult(self.tr("Session started"), False, sales.dashboard())
        self._worker.post(job)

    def _post_checked(self, job: Callable[[SalesLog], WorkerResult]) -> None:
        def wrapped(sales: SalesLog) -> WorkerResult:
            try:
                return job(sales)
            except ValueError as exc:      # a price typed wrong: the host fixes it and presses again
                return WorkerResult(str(exc), True, dashboard_or_none(sales))
        self._worker.post(wrapped)
        if not self._worker.attached:           # the sources are switching: it waits, never dropped
            self.status_label.setStyleSheet("")
            self.status_label.setText(self.tr("Waiting for the sources to start: the sale is logged then."))

    # ---- events ---------------------------------------------------------------------------
    def _on_show(self, show: Any) -> None:
        self._show = show

    def _on_segment(self, event: Any) -> None:
        """Remembered for the session a key press may start; an open sales session follows the
        segment on the session's bus (studio.sales.worker)."""
        self._segment_index = event.index

    def _on_session(self, session: Any) -> None:
        self._worker.attach(getattr(session, "sales", None))

    def _refresh(self) -> None:
        if self._worker.attached and self._worker.pending == 0:   # never queue refreshes behind a burst
            self._worker.post(lambda sales: WorkerResult("", False, dashboard_or_none(sales)))

    def _on_result(self, result: WorkerResult) -> None:
        if result.reply_to is not None:
            try:
                result.reply_to(result.payload)
            except RuntimeError:   # the dialog that asked was closed meanwhile (C++ object deleted)
                log.debug("sales reply for a closed dialog dropped")
        if result.message:
            colour = "#ff6b6b" if result.error else ""
            self.status_label.setStyleSheet(f"color: {colour};" if colour else "")
            self.status_label.setText(result.message)
        self._paint(result.dashboard)

    def _paint(self, d: Dashboard | None) -> None:
        self.minute_bars.set_dashboard(d)
        self._has_session = d is not None and d.session.is_open
        self.session_button.setText(self.tr("End sales session") if self._has_session else self.tr("Start sales session"))
        self.gmv_label.setVisible(d is not None)
        self.empty_label.setVisible(d is None)
        if d is None:
            self.gmv_label.setText("–")
            self.counts_label.setText("")
            self.on_screen_label.setText(self.tr("No sales session"))
            self.target_bar.setVisible(False)
            self.products.setRowCount(0)
            return
        self.gmv_label.setText(str(d.gmv))
        counts = self.tr("%1 orders · %2 units").replace("%1", str(d.orders)).replace("%2", str(d.units))
        if d.missing_fx:
            counts += " · " + self.tr("no FX rate: %1").replace("%1", ", ".join(d.missing_fx))
        self.counts_label.setText(counts)
        self.target_bar.setVisible(d.target_progress is not None)
        if d.target_progress is not None:
            self.target_bar.setValue(min(1000, int(d.target_progress * 1000)))
            self.target_bar.setFormat(self.tr("%1% of target %2").replace("%1", f"{float(d.target_progress) * 100:.1f}")
                                      .replace("%2", str(d.session.target)))
        seg = d.current_segment
        if seg is None:
            self.on_screen_label.setText(self.tr("On screen: no segment yet"))
        else:
            self.on_screen_label.setText(self.tr("On screen: %1 · %2").replace("%1", seg.title)
                                         .replace("%2", seg.product_sku or self.tr("no product")))
        self.products.setRowCount(len(d.products))
        for row, p in enumerate(d.products):
            cells = (p.sku, str(p.units), money_text(p.gmv, p.unconverted), "" if p.stock_left is None else str(p.stock_left))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.products.setItem(row, col, item)


def _sale_line(template: str, sale) -> str:
    """A translated "#%1: %2 × %3 = %4" line for a logged or corrected sale."""
    return (template.replace("%1", str(sale.sale_id)).replace("%2", str(sale.quantity))
            .replace("%3", sale.product_name).replace("%4", str(sale.total)))


PANEL = PanelSpec(
    id="sales",
    title=QT_TRANSLATE_NOOP("Panels", "Sales"),
    factory=SalesPanel,
    default_area=Qt.DockWidgetArea.RightDockWidgetArea,
    order=60,
    tags=("live",),
)
