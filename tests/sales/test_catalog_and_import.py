"""Catalog from CSV or show file; platform order exports: known layouts, mapping step, reconcile."""

from __future__ import annotations

import json
from datetime import timezone
from pathlib import Path

import pytest

from studio.sales import SalesInputError
from studio.sales.catalog import parse_catalog_csv
from studio.sales.orders_import import (detect_layout, import_orders, mapping_from_user, parse_amount,
                                        propose_mapping, reconcile)
from studio.sales.csv_text import read_csv
from studio.show.money import Money

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_ORDERS = ROOT / "assets" / "sales" / "sample_tiktok_orders.csv"


def test_catalog_csv_with_currencies_of_their_own(tmp_path, log):
    products = parse_catalog_csv(ROOT / "assets" / "sales" / "sample_catalog.csv")
    assert {p.sku: p.price for p in products} == {
        "LIP-RUBY": Money(1990, "USD"), "LIP-NUDE": Money(1750, "USD"),
        "MASK-JP": Money(1980, "JPY"), "OUD-KW": Money(12500, "KWD")}
    log.upsert_products(products)
    assert log.product("OUD-KW").stock == 25 and log.product("LIP-RUBY").look == "lipstick:ruby-matte"


def test_catalog_csv_from_a_european_spreadsheet(tmp_path):
    path = tmp_path / "katalog.csv"
    path.write_bytes("\ufeffSKU;Name;Price;Stock\nA-1;Tönung;12.50 EUR;5\n".encode("utf-8"))
    (product,) = parse_catalog_csv(path)
    assert (product.sku, product.name, product.price, product.stock) == ("A-1", "Tönung", Money(1250, "EUR"), 5)


def test_catalog_errors_name_every_bad_line_and_import_nothing(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("sku,name,price,currency\nA,a,1.999,USD\n,b,1,USD\nC,c,abc,USD\nA,again,1,USD\n")
    with pytest.raises(SalesInputError) as info:
        parse_catalog_csv(path)
    text = str(info.value)
    assert "line 2" in text and "2 decimal places" in text and "line 3: no SKU" in text
    assert "line 4" in text and "line 5: SKU A appears twice" in text


def test_catalog_from_the_show_file(log, show):
    log.start_session(show=show)
    assert [p.sku for p in log.products()] == ["EAR-HOOP", "EYE-AVI", "LIP-NUDE", "LIP-RUBY"]


def test_known_layout_is_recognised_and_reconciled(live):
    live.set_segment(1)
    live.log_sale()
    live.log_sale()                                 # hand log: 2 Ruby, platform says 3
    live.set_segment(3)
    live.log_sale()                                 # 1 aviator; platform: 1 completed + 1 cancelled
    headers, _ = read_csv(SAMPLE_ORDERS)
    layout = detect_layout(headers)
    assert layout.layout_id == "tiktok-shop"
    result = import_orders(live, SAMPLE_ORDERS, layout, utc_offset=timezone.utc)
    assert (result.rows_imported, result.rows_skipped) == (6, 0)
    rows = {r.sku: r for r in reconcile(live, 1)}
    assert (rows["LIP-RUBY"].logged_units, rows["LIP-RUBY"].platform_units, rows["LIP-RUBY"].difference) == (2, 3, 1)
    assert (rows["EYE-AVI"].platform_units, rows["EYE-AVI"].cancelled_units, rows["EYE-AVI"].difference) == (1, 1, 0)
    assert rows["EAR-HOOP"].platform_amount == {"USD": Money(7200, "USD")}
    assert rows["LIP-RUBY"].platform_amount == {"USD": Money(1990 + 3482, "USD")}
    again = import_orders(live, SAMPLE_ORDERS, layout)       # the same export twice: no double count
    assert again.rows_imported == 6
    assert live.db.execute("SELECT COUNT(*) FROM platform_orders").fetchone()[0] == 6


def test_personal_columns_of_the_export_never_enter_the_file(live):
    headers, _ = read_csv(SAMPLE_ORDERS)
    import_orders(live, SAMPLE_ORDERS, detect_layout(headers))
    dump = "\n".join(live.db.conn.iterdump())
    for personal in ("buyer_one", "Recipient One", "555 0100", "Sample Street"):
        assert personal not in dump
    import_orders(live, SAMPLE_ORDERS, detect_layout(headers), keep_buyer=True)
    assert live.db.execute("SELECT COUNT(buyer) FROM platform_orders").fetchone()[0] == 6
    dump = "\n".join(live.db.conn.iterdump())
    assert "Sample Street" not in dump                      # addresses are never mapped


def test_unknown_layout_gets_a_mapping_step_then_is_remembered(live, tmp_path):
    export = tmp_path / "lazada.csv"
    export.write_text("订单号,商品编码,数量,实付金额,下单时间,收货地址\n"
                      "L1,LIP-RUBY,2,\"1,234.50\",2026-11-22 20:05:00,Jl. Sudirman 1\n"
                      "L2,LIP-NUDE,one,17.50,2026-11-22 20:06:00,Jl. Sudirman 2\n", encoding="utf-8")
    headers, _ = read_csv(export)
    assert detect_layout(headers, live) is None
    proposal = propose_mapping(headers)
    assert proposal.missing == []
    assert proposal.columns == {"order_id": "订单号", "sku": "商品编码", "quantity": "数量", "amount": "实付金额",
                                "ordered_at": "下单时间"}
    assert json.loads(proposal.to_json())["columns"]["currency"] is None
    layout = mapping_from_user(proposal.columns, headers)
    result = import_orders(live, export, layout, currency="USD")
    assert (result.rows_imported, result.rows_skipped) == (1, 1)
    assert "line 3: quantity 'one' is not a whole number" in result.problems[0]
    assert live.db.execute("SELECT amount_minor FROM platform_orders").fetchone() == (123450,)
    assert detect_layout(headers, live).layout_id == "saved"          # next export with these columns


def test_a_mapping_naming_a_missing_column_is_refused(tmp_path):
    with pytest.raises(SalesInputError, match="needs a column for quantity"):
        mapping_from_user({"order_id": "a", "sku": "b"}, ["a", "b"])
    with pytest.raises(SalesInputError, match="not in the file"):
        mapping_from_user({"order_id": "a", "sku": "b", "quantity": "qty"}, ["a", "b"])


@pytest.mark.parametrize("text, currency, minor", [
    ("$1,234.50", "USD", 123450), ("1.234,50 €", "EUR", 123450), ("Rp 150.000", "IDR", 15000000),
    ("¥1980", "JPY", 1980), ("1.980", "JPY", 1980), ("12.345 KWD", "KWD", 12345), ("19,90", "EUR", 1990),
    ("2,000", "USD", 200000),
])
def test_amounts_as_platforms_write_them(text, currency, minor):
    assert parse_amount(text, currency) == Money(minor, currency)
