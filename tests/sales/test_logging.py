"""Logging sales against the run of show: the one-keystroke path, edits, undo, markers, money."""

from __future__ import annotations

from decimal import Decimal

import pytest

from studio.sales import SaleEdit, SaleInput, SalesInputError, SalesLog
from studio.show.model import Product
from studio.show.money import Money


def test_one_keystroke_logs_one_unit_of_the_product_on_screen(live, clock):
    live.set_segment(1)                      # "Ruby matte", product LIP-RUBY
    clock.advance(5)
    sale = live.log_sale()
    assert (sale.sku, sale.quantity, sale.total) == ("LIP-RUBY", 1, Money(1990, "USD"))
    assert (sale.segment_index, sale.segment_title) == (1, "Ruby matte")
    assert sale.at_ms == clock.now and sale.origin == "test"
    live.set_segment(3)
    assert live.log_sale().sku == "EYE-AVI"


def test_quantity_price_and_coupon_are_editable_when_logging(live):
    live.set_segment(1)
    sale = live.log_sale(SaleInput(quantity=3, unit_price=Money(1790, "USD"), coupon="AUTUMN20",
                                   discount=Money(500, "USD")))
    assert sale.total == Money(3 * 1790 - 500, "USD") and sale.coupon == "AUTUMN20"
    other = live.log_sale(SaleInput(sku="EAR-HOOP"))      # not the product on screen
    assert other.sku == "EAR-HOOP" and other.segment_index == 1


def test_edit_keeps_every_change(live):
    live.set_segment(1)
    sale = live.log_sale()
    edited = live.edit_sale(sale.sale_id, SaleEdit(quantity=2, coupon="VIP"))
    assert edited.total == Money(3980, "USD") and edited.coupon == "VIP"
    changes = live.db.execute("SELECT field, old_value, new_value FROM sale_edits WHERE sale_id = ? ORDER BY field",
                              (sale.sale_id,)).fetchall()
    assert changes == [("coupon", None, "VIP"), ("quantity", "1", "2"), ("total_minor", "1990", "3980")]


def test_undo_marks_the_newest_sale_and_keeps_the_row(live):
    live.set_segment(1)
    first = live.log_sale()
    second = live.log_sale(SaleInput(quantity=2))
    undone = live.undo_last()
    assert undone.sale_id == second.sale_id and undone.undone
    assert [s.sale_id for s in live.sales(first.session_id)] == [first.sale_id]
    assert len(live.sales(first.session_id, include_undone=True)) == 2
    assert live.undo_last().sale_id == first.sale_id
    assert live.undo_last() is None
    assert live.dashboard().orders == 0


def test_marker_records_the_segment_on_screen(live, clock):
    live.set_segment(2)
    clock.advance(30)
    marker = live.add_marker("  viewer asked about the shade  ")
    assert marker.note == "viewer asked about the shade" and marker.segment_index == 2
    assert live.markers(marker.session_id) == [marker]


@pytest.mark.parametrize("sku, price, currency, minor", [
    ("MASK-JP", "1980", "JPY", 1980),          # no minor unit
    ("OUD-KW", "12.345", "KWD", 12345),        # three decimals (fils)
    ("SERUM-ID", "149900.50", "IDR", 14990050),
])
def test_money_is_exact_in_each_currencys_minor_units(log, sku, price, currency, minor):
    log.upsert_products([Product(sku=sku, name=sku, price=Money.parse(price, currency), stock=10)])
    log.start_session("Cross-border", currency=currency)
    sale = log.log_sale(SaleInput(sku=sku, quantity=3))
    assert sale.total == Money(3 * minor, currency)
    stored = log.db.execute("SELECT total_minor, typeof(total_minor) FROM sales").fetchone()
    assert stored == (3 * minor, "integer")
    assert log.dashboard().gmv == Money(3 * minor, currency)


def test_fx_snapshot_converts_exactly_and_names_missing_rates(live):
    live.upsert_products([Product(sku="MASK-JP", name="Mask", price=Money(1980, "JPY")),
                          Product(sku="OUD-KW", name="Oud", price=Money(12500, "KWD"))])
    live.set_segment(1)
    live.log_sale()                                           # 19.90 USD
    live.log_sale(SaleInput(sku="MASK-JP", quantity=3))       # 5940 JPY
    live.log_sale(SaleInput(sku="OUD-KW"))                    # 12.500 KWD, no rate yet
    live.set_fx_rates({"JPY": "0.0067"})
    d = live.dashboard()
    assert d.missing_fx == ("KWD",)
    assert d.gmv == Money(1990 + 3980, "USD")                 # 5940 * 0.0067 = 39.798 -> 39.80
    assert d.gmv_by_currency == {"JPY": Money(5940, "JPY"), "KWD": Money(12500, "KWD"), "USD": Money(1990, "USD")}
    oud = next(p for p in d.products if p.sku == "OUD-KW")
    assert (oud.gmv, oud.unconverted) == (Money(0, "USD"), {"KWD": Money(12500, "KWD")})   # shown, not lost
    live.set_fx_rates({"KWD": "3.26"})
    assert live.dashboard().gmv == Money(1990 + 3980 + 4075, "USD") and live.dashboard().missing_fx == ()
    assert live.fx_rates(d.session.session_id) == {"JPY": Decimal("0.0067"), "KWD": Decimal("3.26")}


def test_dashboard_per_product_segment_minute_stock_and_target(live, clock):
    live.set_segment(1)
    live.log_sale(SaleInput(quantity=2))
    clock.advance(61)
    live.log_sale()
    live.set_segment(2)
    clock.advance(60)
    live.log_sale()
    d = live.dashboard()
    assert (d.units, d.orders, d.gmv) == (4, 3, Money(3 * 1990 + 1750, "USD"))
    ruby = next(p for p in d.products if p.sku == "LIP-RUBY")
    assert (ruby.units, ruby.orders, ruby.stock, ruby.stock_left) == (3, 2, 200, 197)
    assert [(g.title, g.units) for g in d.segments] == [("Welcome", 0), ("Ruby matte", 3), ("Nude gloss", 1),
                                                       ("Aviator glasses", 0), ("Gold hoops and goodbye", 0)]
    assert [(m.minute, m.units) for m in d.per_minute] == [(0, 2), (1, 1), (2, 1)]
    assert d.target_progress == Decimal(7720) / Decimal(500000)
    assert d.current_segment.title == "Nude gloss" and d.last_sale.sku == "LIP-NUDE"


@pytest.mark.parametrize("action, message", [
    (lambda lg: lg.log_sale(), "no product is on screen"),
    (lambda lg: lg.log_sale(SaleInput(sku="NOPE")), "not in the catalog"),
    (lambda lg: lg.log_sale(SaleInput(sku="LIP-RUBY", quantity=0)), "at least 1"),
    (lambda lg: lg.log_sale(SaleInput(sku="LIP-RUBY", discount=Money(5000, "USD"))), "more than the sale"),
    (lambda lg: lg.log_sale(SaleInput(sku="LIP-RUBY", discount=Money(100, "EUR"))), "discount is in EUR"),
])
def test_bad_input_is_refused_with_a_clear_message_and_nothing_stored(live, action, message):
    with pytest.raises(SalesInputError, match=message):
        action(live)
    assert live.db.execute("SELECT COUNT(*) FROM sales").fetchone()[0] == 0


def test_logging_needs_an_open_session(log, show):
    with pytest.raises(SalesInputError, match="no live session is open"):
        log.log_sale(SaleInput(sku="LIP-RUBY"))
    info = log.start_session(show=show)
    log.end_session()
    with pytest.raises(SalesInputError, match="no live session is open"):
        log.log_sale(SaleInput(sku="LIP-RUBY"))
    with pytest.raises(SalesInputError, match="has ended"):
        log.log_sale(SaleInput(sku="LIP-RUBY"), session_id=info.session_id)


def test_a_second_program_sees_the_segment_the_first_set(live, db_path):
    live.set_segment(4)
    with SalesLog.open(db_path, origin="cli") as other:
        sale = other.log_sale()
    assert sale.sku == "EAR-HOOP" and sale.origin == "cli"
    assert live.dashboard().orders == 1


def test_no_personal_data_unless_typed(live):
    live.set_segment(1)
    live.log_sale()
    live.log_sale(SaleInput(buyer="Ana P."))
    assert live.db.execute("SELECT buyer FROM sales ORDER BY id").fetchall() == [(None,), ("Ana P.",)]
