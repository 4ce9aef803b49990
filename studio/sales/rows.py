"""Rows of the sales database turned into the log's objects, and outside values made safe to store."""

from __future__ import annotations

import json

from studio.sales.model import Sale, SessionInfo
from studio.show.model import Product, Show
from studio.show.money import Money

SALE_COLUMNS = ("id, session_id, at_ms, sku, product_name, quantity, unit_price_minor, discount_minor, "
                 "total_minor, currency, coupon, segment_index, segment_title, note, origin, undone_ms, comment_id")


def sale(row: tuple) -> Sale:
    (sale_id, session_id, at_ms, sku, name, qty, unit, discount, total, cur, coupon, seg_i, seg_t,
     note, origin, undone_ms, comment_id) = row
    return Sale(sale_id, session_id, at_ms, sku, name, qty, Money(unit, cur), Money(discount, cur),
                Money(total, cur), coupon, seg_i, seg_t, note, origin, undone_ms is not None, comment_id)


def comment_id(value: str | None) -> str | None:
    """Comment ids come from outside (a platform's ids): plain, short text or nothing."""
    if value is None:
        return None
    text = "".join(ch for ch in str(value) if ch.isprintable()).strip()[:128]
    return text or None


def session(row: tuple) -> SessionInfo:
    sid, title, show_title, cur, target, started, ended, unique = row
    return SessionInfo(sid, title, show_title, cur, Money(target, cur) if target is not None else None,
                       started, ended, unique)


def product(row: tuple) -> Product:
    sku, name, price_minor, currency, stock, look, notes = row
    price = Money(price_minor, currency) if price_minor is not None and currency else None
    return Product(sku=sku, name=name, price=price, look=look, stock=stock, notes=notes or "")


def first_price_currency(show: Show | None) -> str | None:
    for p in (show.products if show else []):
        if p.price:
            return p.price.currency
    return None


def text(value) -> str | None:
    return None if value is None else json.dumps(value) if not isinstance(value, str) else value
