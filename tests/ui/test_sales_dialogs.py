"""The sales catalog and orders import dialogs as a host opens them: headers that fit, looks by name (saved by id),
and no column mapping before an export is picked."""

from __future__ import annotations

import pytest

from studio.sales.orders_import import FIELDS, propose_mapping
from studio.sales.worker import SalesWorker
from studio.show import load_show
from tests.ui.conftest import wait_until


@pytest.fixture
def relay(qapp, tmp_path, example_show_path):
    from studio.ui.panels.sales_relay import SalesRelay

    show = load_show(example_show_path)
    worker = SalesWorker(str(tmp_path / "sales.db"), show_provider=lambda: show)
    worker.start()
    relay = SalesRelay()
    # as the sales dock does: a result's reply runs on the GUI thread
    relay.finished.connect(lambda result: result.reply_to and result.reply_to(result.payload))
    relay.attach(worker)
    done = []
    relay.ask(lambda sales: sales.upsert_products(show.products), lambda error, result: done.append(error))
    wait_until(lambda: done == [None], 10, "the catalog was not stored")
    yield relay
    relay.detach()
    worker.stop()


def test_the_catalog_headers_fit_and_looks_read_by_name(relay):
    from studio.ui.panels.sales_catalog_dialog import LOOK_COLUMN, LOOK_ID, CatalogDialog

    dialog = CatalogDialog(relay)
    dialog.show()
    wait_until(lambda: dialog.table.rowCount() == 4, 10, "the catalog did not load")
    header = dialog.table.horizontalHeader()
    for col in range(dialog.table.columnCount()):
        needed = header.sectionSizeFromContents(col).width()
        assert header.sectionSize(col) >= needed, dialog.table.horizontalHeaderItem(col).text()
    assert header.length() <= dialog.table.viewport().width()
    ruby = next(r for r in range(4) if dialog.table.item(r, 0).text() == "LIP-RUBY")
    cell = dialog.table.item(ruby, LOOK_COLUMN)
    assert cell.text() == "Lipstick: Velvet Matte Ruby" and cell.data(LOOK_ID) == "lipstick:ruby-matte"
    assert header.sectionSize(LOOK_COLUMN) >= dialog.table.fontMetrics().horizontalAdvance(cell.text())
    products, errors = dialog.products_from_table()
    assert not errors and {p.sku: p.look for p in products}["LIP-RUBY"] == "lipstick:ruby-matte"
    dialog.close()


def test_the_orders_mapping_appears_once_an_export_is_picked(relay):
    from studio.ui.panels.sales_orders_dialog import OrdersImportDialog

    dialog = OrdersImportDialog(relay)
    dialog.show()
    assert not any(combo.isVisible() for combo in dialog.combos.values())
    assert not dialog.import_button.isVisible() and not dialog.reconcile.isVisible()
    headers = ["Order No.", "Seller SKU", "Qty", "Order Amount", "Created Time"]
    dialog._path = "/exports/orders.csv"
    dialog._on_loaded(None, (headers, None, propose_mapping(headers)))
    assert all(dialog.combos[f].isVisible() for f in FIELDS) and dialog.import_button.isVisible()
    assert dialog.mapping()["sku"] == "Seller SKU"
    dialog.close()
