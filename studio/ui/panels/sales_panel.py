"""The sales dock: live figures, one-key logging of the product on screen, undo, markers.

All database work runs on SalesWorker's own thread (a durable commit waits for fsync);
the widget only posts commands and paints the results it gets back as queued signals.
"""

from __future__ import annotations

import logging
import queue
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QLineEdit, QProgressBar, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from studio.sales import Dashboard, SaleInput, SalesError, SalesLog
from studio.sales.render import money_text
from studio.ui.panels import PanelContext, PanelSpec

if TYPE_CHECKING:
    from studio.ui.panels.sales_catalog_dialog import CatalogDialog
    from studio.ui.panels.sales_orders_dialog import OrdersImportDialog

log = logging.getLogger(__name__)

REFRESH_MS = 2000   # dashboard refresh; measured 1.3 ms at 1,000 sales, ~0.2-0.3 s at 100,000 (bench_sales.py)


@dataclass(frozen=True)
class WorkerResult:
    message: str                      # what happened, for the status line ("" for a plain refresh)
    error: bool
    dashboard: Dashboard | None       # None when no session is open
    payload: Any = None               # data for reply_to (e.g. the catalog)
    reply_to: Callable[[Any], None] | None = None   # called with payload on the GUI thread


class SalesWorker(QObject):
    """Owns the SalesLog on its own thread. post() is called on the GUI thread; `finished` is
    emitted on the worker thread and delivered queued on the GUI thread."""

    finished = Signal(object)         # WorkerResult

    def __init__(self, db_path: str | None = None) -> None:
        super().__init__()
        self._db_path = db_path
        self._jobs: queue.Queue[Callable[[SalesLog], WorkerResult] | None] = queue.Queue()
        self._log: SalesLog | None = None
        self._thread = threading.Thread(target=self._run, name="sales-worker", daemon=True)
        self._thread.start()

    def post(self, job: Callable[[SalesLog], WorkerResult]) -> None:
        self._jobs.put(job)

    def ask(self, job: Callable[[SalesLog], Any], reply: Callable[[str | None, Any], None]) -> None:
        """Run job(sales) here; reply(error, result) on the GUI thread. A ValueError (bad input,
        SalesInputError) becomes `error`, its message for the host."""
        def run(sales: SalesLog) -> WorkerResult:
            try:
                payload = (None, job(sales))
            except ValueError as exc:
                payload = (str(exc), None)
            return WorkerResult("", False, _dashboard_or_none(sales), payload=payload,
                                reply_to=lambda p: reply(*p))
        self.post(run)

    @property
    def pending(self) -> int:
        return self._jobs.qsize()

    def stop(self) -> None:
        self._jobs.put(None)
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                break
            try:
                if self._log is None:
                    self._log = SalesLog.open(self._db_path, origin="app")
                result = job(self._log)
            except SalesError as exc:
                result = WorkerResult(str(exc), True, _dashboard_or_none(self._log))
            except Exception as exc:  # keep the dock alive; details in the log file
                log.exception("sales panel job failed")
                result = WorkerResult(f"Sales log error: {exc}", True, None)
            self.finished.emit(result)
        if self._log is not None:
            self._log.close()


class MinuteBars(QWidget):
    """GMV per minute of the live as bars, newest on the right (the last 60 minutes). GUI thread."""

    MINUTES = 60

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[int] = []
        self.setMinimumHeight(48)
        self.setToolTip(self.tr("GMV per minute"))

    def set_dashboard(self, d: Dashboard | None) -> None:
        values: list[int] = []
        if d is not None:
            minutes = int(d.elapsed_s // 60) + 1
            values = [0] * minutes
            for m in d.per_minute:
                if 0 <= m.minute < minutes:
                    values[m.minute] = m.gmv.amount_minor
        self.values = values[-self.MINUTES:]
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if not self.values or not any(self.values):
            return
        painter = QPainter(self)
        peak = max(self.values)
        step = self.width() / self.MINUTES
        x0 = self.width() - step * len(self.values)
        for i, v in enumerate(self.values):
            h = (self.height() - 2) * v / peak
            painter.fillRect(int(x0 + i * step), int(self.height() - h), max(1, int(step * 0.8)), int(h),
                             QColor("#f0a202"))
        painter.end()


def _dashboard_or_none(sales: SalesLog | None) -> Dashboard | None:
    if sales is None:
        return None
    try:
        return sales.dashboard()
    except SalesError:
        return None


def _ensure_session(sales: SalesLog, show: Any, segment_index: int | None) -> None:
    """Pressing the log key with no open session starts one from the loaded show: never drop a sale."""
    try:
        sales.session()
    except SalesError:
        sales.start_session(show=show)
        if show is not None and segment_index is not None and 0 <= segment_index < len(show.segments):
            sales.set_segment(segment_index)


class SalesPanel(QWidget):
    """The dock's widget. Called on the GUI thread only."""

    def __init__(self, ctx: PanelContext, worker: SalesWorker | None = None) -> None:
        super().__init__()
        self._ctx = ctx
        db_path = ctx.settings.value("db_path", "") or None
        self._worker = worker or SalesWorker(db_path)
        self._worker.finished.connect(self._on_result)
        self._show = ctx.show_provider()
        self._segment_index: int | None = None
        self._has_session = False
        self._build()
        ctx.bridge.show_changed.connect(self._on_show)
        ctx.bridge.segment_changed.connect(self._on_segment)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._refresh)
        self._timer.start(REFRESH_MS)
        self.destroyed.connect(self._worker.stop)
        self._refresh()

    # ---- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.gmv_label = QLabel("–", self)
        self.gmv_label.setStyleSheet("font-size: 22px; font-weight: 600;")
        self.counts_label = QLabel(self)
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
        for w in (self.gmv_label, self.counts_label, self.target_bar, self.minute_bars, self.on_screen_label):
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
        keys = {"log_key": ("F8", self.log_sale), "undo_key": ("Shift+F8", self.undo_last),
                "marker_key": ("F7", self.add_marker)}
        for setting, (default, slot) in keys.items():
            shortcut = QShortcut(QKeySequence(self._ctx.settings.value(setting, default)), self)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)   # works wherever focus is
            shortcut.activated.connect(slot)

    # ---- commands (GUI thread: read the widgets, post a job) -------------------------------
    def log_sale(self) -> None:
        from studio.show.money import Money

        show, index = self._show, self._segment_index
        quantity, price_text, coupon = self.quantity.value(), self.price.text().strip(), self.coupon.text().strip()

        def job(sales: SalesLog) -> WorkerResult:
            _ensure_session(sales, show, index)
            price = Money.parse_with_code(price_text, sales.session().currency) if price_text else None
            sale = sales.log_sale(SaleInput(quantity=quantity, unit_price=price, coupon=coupon or None))
            return WorkerResult(_sale_line(self.tr("Logged #%1: %2 × %3 = %4"), sale), False, sales.dashboard())

        self._post_checked(job)
        self._reset_entry()

    def correct_last(self) -> None:
        """The key was pressed, then the buyer took 3, or used a coupon: fix the newest sale."""
        from studio.sales import SaleEdit
        from studio.show.money import Money

        quantity, price_text, coupon = self.quantity.value(), self.price.text().strip(), self.coupon.text().strip()

        def job(sales: SalesLog) -> WorkerResult:
            last = sales.dashboard().last_sale
            if last is None:
                return WorkerResult(self.tr("No sale to correct"), True, sales.dashboard())
            price = Money.parse_with_code(price_text, last.unit_price.currency) if price_text else None
            sale = sales.edit_sale(last.sale_id, SaleEdit(quantity=quantity, unit_price=price, coupon=coupon or None))
            return WorkerResult(_sale_line(self.tr("Corrected #%1: %2 × %3 = %4"), sale), False,
                                sales.dashboard())

        self._post_checked(job)
        self._reset_entry()

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
                _ensure_session(sales, show, index)
                return WorkerResult(self.tr("Session started"), False, sales.dashboard())
        self._worker.post(job)

    def _post_checked(self, job: Callable[[SalesLog], WorkerResult]) -> None:
        def wrapped(sales: SalesLog) -> WorkerResult:
            try:
                return job(sales)
            except ValueError as exc:      # a price typed wrong: the host fixes it and presses again
                return WorkerResult(str(exc), True, _dashboard_or_none(sales))
        self._worker.post(wrapped)

    # ---- events ---------------------------------------------------------------------------
    def _on_show(self, show: Any) -> None:
        self._show = show

    def _on_segment(self, event: Any) -> None:
        self._segment_index = event.index
        index = event.index

        def job(sales: SalesLog) -> WorkerResult:
            try:
                sales.session()
            except SalesError:
                return WorkerResult("", False, None)
            sales.set_segment(index)
            return WorkerResult("", False, sales.dashboard())

        self._worker.post(job)

    def _refresh(self) -> None:
        if self._worker.pending == 0:      # never queue refreshes behind a burst of logging
            self._worker.post(lambda sales: WorkerResult("", False, _dashboard_or_none(sales)))

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
