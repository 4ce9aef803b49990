"""`studio sales ...`: the sales log from the command line, over the same SalesLog the window uses.

Every action takes --db PATH (else $STUDIO_SALES_DB, else the data folder's sales.sqlite).
"""

from __future__ import annotations

import argparse
from datetime import datetime, timezone

from studio.cli.sales_data_cmd import _dashboard, _export, _import, _list, _report

ACTIONS_HELP = {
    "catalog": "import (CSV or show file), list or edit the product catalog",
    "session": "start, end or list live sessions; move to a segment of the run of show",
    "log": "log a sale (default: one unit of the product on screen)",
    "undo": "undo the last logged sale of the session (kept in the file, marked undone)",
    "edit": "correct a logged sale's quantity, price, coupon or note",
    "marker": "drop a marker with a note at this moment of the live",
    "viewers": "enter a viewer count now, import viewer counts (CSV), or set unique viewers",
    "fx": "set the session's FX snapshot, e.g. EUR=1.08 (session currency per unit)",
    "list": "list the sales of a session, or the sessions with --sessions",
    "dashboard": "live figures: GMV, units, orders, per product and segment, stock left, target",
    "report": "session report (html, json, csv) or a comparison of sessions",
    "import": "import a platform order export (CSV) to reconcile with the hand log",
    "export": "export raw tables (sales, markers, orders, products, sessions) as CSV or JSON",
    "purge": "delete personal data, a session, or sessions before a date",
    "info": "where the database is and its schema version",
}


def _db_arg(p: argparse.ArgumentParser, top: bool = False) -> None:
    p.add_argument("--db", metavar="PATH", default=None if top else argparse.SUPPRESS,
                   help="sales database file (default: $STUDIO_SALES_DB or the data folder's sales.sqlite)")


def _session_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--session", type=int, metavar="ID", help="session id (default: the open session)")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sales", help="the sales log: log sales live, dashboard, reports, order import")
    _db_arg(p, top=True)
    s = p.add_subparsers(dest="sales_action", metavar="ACTION", required=True)
    ps = {name: s.add_parser(name, help=text, description=text) for name, text in ACTIONS_HELP.items()}
    for parser in ps.values():
        _db_arg(parser)

    c = ps["catalog"]
    c.add_argument("catalog_action", choices=["import", "list", "set"])
    c.add_argument("source", nargs="?", help="import: a .csv or .show.md file; set: the SKU")
    c.add_argument("--currency", help="import: currency for prices written without one")
    c.add_argument("--name")
    c.add_argument("--price", help="set: e.g. '19.90 USD'")
    c.add_argument("--stock", type=int, help="set: units available for the live")

    se = ps["session"]
    se.add_argument("session_action", choices=["start", "end", "list", "segment"])
    se.add_argument("index", nargs="?", type=int, help="segment: the segment number (1 = first)")
    se.add_argument("--show", help="start: the show file (its products and run of show)")
    se.add_argument("--title")
    se.add_argument("--currency", help="start: reporting currency (default: the target's or the show's)")
    se.add_argument("--target", help="start: sales target, e.g. '5000 USD'")
    _session_arg(se)

    lg = ps["log"]
    lg.add_argument("sku", nargs="?", help="default: the product of the segment on screen")
    lg.add_argument("-q", "--quantity", type=int, default=1)
    lg.add_argument("--price", help="unit price if not the catalog's, e.g. '17.90 USD'")
    lg.add_argument("--coupon")
    lg.add_argument("--discount", help="taken off the line total, e.g. '2 USD'")
    lg.add_argument("--note", default="")
    lg.add_argument("--buyer", help="personal data: only if you need it (purge removes it)")
    _session_arg(lg)

    _session_arg(ps["undo"])
    ed = ps["edit"]
    ed.add_argument("sale_id", type=int)
    ed.add_argument("-q", "--quantity", type=int)
    ed.add_argument("--price")
    ed.add_argument("--coupon")
    ed.add_argument("--discount")
    ed.add_argument("--note")

    mk = ps["marker"]
    mk.add_argument("note", nargs="+")
    _session_arg(mk)

    v = ps["viewers"]
    v.add_argument("count", nargs="?", type=int, help="concurrent viewers right now")
    v.add_argument("--import", dest="import_file", help="CSV with columns time, viewers")
    v.add_argument("--unique", type=int, help="unique viewers of the whole live (platform summary)")
    v.add_argument("--utc-offset", help="time zone of the CSV's times, e.g. +08:00 (default: this computer's)")
    _session_arg(v)

    fx = ps["fx"]
    fx.add_argument("rates", nargs="*", metavar="CUR=RATE")
    _session_arg(fx)

    ls = ps["list"]
    ls.add_argument("--sessions", action="store_true", help="list sessions instead of sales")
    ls.add_argument("--include-undone", action="store_true")
    ls.add_argument("--format", choices=["text", "json", "csv"], default="text")
    _session_arg(ls)

    d = ps["dashboard"]
    d.add_argument("--format", choices=["text", "json"], default="text")
    _session_arg(d)

    r = ps["report"]
    r.add_argument("--format", choices=["html", "json", "csv"], default="html")
    r.add_argument("-o", "--output", help="file to write (default: standard output)")
    r.add_argument("--compare", type=int, nargs="+", metavar="ID", help="compare these sessions instead")
    r.add_argument("--show", help="the show file: adds questions, buys and complaints per product, segment and "
                                  "language, read from the comments log")
    r.add_argument("--comments-db", help="the comments log (default: comments.sqlite beside the sales file)")
    _session_arg(r)

    im = ps["import"]
    im.add_argument("file", help="the platform's order export (CSV)")
    im.add_argument("--mapping", help="a column mapping JSON file (written for you for unknown layouts)")
    im.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                    help="map one field to a column header, e.g. --map order_id='Order No.'")
    im.add_argument("--currency", help="currency of amounts when the file has no currency column")
    im.add_argument("--utc-offset", help="time zone of the export's times, e.g. +08:00")
    im.add_argument("--keep-buyer", action="store_true", help="also import the buyer column (personal data)")
    _session_arg(im)

    ex = ps["export"]
    ex.add_argument("--table", choices=["sales", "markers", "orders", "products", "sessions", "viewers"],
                    default="sales")
    ex.add_argument("--format", choices=["csv", "json"], default="csv")
    ex.add_argument("-o", "--output")
    ex.add_argument("--session", type=int, metavar="ID", help="only this session (default: all)")

    pu = ps["purge"]
    pu.add_argument("--personal", action="store_true", help="clear every buyer field")
    pu.add_argument("--session", type=int, metavar="ID", help="delete this session and everything in it")
    pu.add_argument("--before", metavar="YYYY-MM-DD", help="delete sessions started before this date (UTC)")
    pu.add_argument("--yes", action="store_true", help="really delete (without it, only counts)")
    p.set_defaults(func=run)


def _money(text: str | None, default_currency: str | None = None):
    from studio.cli.main import UserError
    from studio.show.money import Money

    if text is None:
        return None
    try:
        return Money.parse_with_code(text, default_currency)
    except ValueError as exc:
        raise UserError(str(exc)) from None


def _describe(sale) -> str:
    seg = f" · segment {sale.segment_index + 1} {sale.segment_title}" if sale.segment_index is not None else ""
    extra = f" · coupon {sale.coupon}" if sale.coupon else ""
    extra += f" · -{sale.discount}" if sale.discount.amount_minor else ""
    undone = " (undone)" if sale.undone else ""
    return f"#{sale.sale_id} {sale.quantity} × {sale.sku} {sale.product_name} = {sale.total}{extra}{seg}{undone}"


def run(args: argparse.Namespace) -> int:
    from studio.cli.main import UserError
    from studio.sales import SalesError, SalesLog

    try:
        with SalesLog.open(args.db, origin="cli") as log:
            return _ACTIONS[args.sales_action](log, args)
    except SalesError as exc:
        raise UserError(str(exc)) from None


def _catalog(log, args) -> int:
    from studio.cli.main import UserError
    from studio.sales.catalog import parse_catalog_csv
    from studio.show import load_show

    if args.catalog_action == "import":
        if not args.source:
            raise UserError("give the catalog file: studio sales catalog import products.csv")
        if args.source.endswith(".md"):
            products = load_show(args.source).products
        else:
            products = parse_catalog_csv(args.source, args.currency)
        print(f"{log.upsert_products(products)} product(s) imported into {log.path}")
        return 0
    if args.catalog_action == "set":
        from dataclasses import replace

        if not args.source:
            raise UserError("give the SKU: studio sales catalog set LIP-RUBY --stock 150")
        from studio.show.model import Product

        product = log.product(args.source) or Product(sku=args.source, name=args.name or args.source)
        product = replace(product, name=args.name or product.name,
                          price=_money(args.price, product.price.currency if product.price else None) or product.price,
                          stock=args.stock if args.stock is not None else product.stock)
        log.upsert_products([product])
    for p in log.products():
        print(f"{p.sku:14} {p.name[:36]:36} {str(p.price) if p.price else '-':>14} "
              f"stock {'-' if p.stock is None else p.stock:>5} {p.look or ''}")
    return 0


def _session(log, args) -> int:
    from studio.show import load_show

    if args.session_action == "start":
        show = load_show(args.show) if args.show else None
        target = _money(args.target, args.currency)
        info = log.start_session(args.title, show=show, currency=args.currency, target=target)
        print(f"session {info.session_id} started: {info.title} ({info.currency})")
        return 0
    if args.session_action == "end":
        info = log.end_session(args.session)
        print(f"session {info.session_id} ended: {info.title}")
        return 0
    if args.session_action == "segment":
        from studio.cli.main import UserError

        if args.index is None or args.index < 1:
            raise UserError("give the segment number, 1 for the first: studio sales session segment 2")
        ref = log.set_segment(args.index - 1, session_id=args.session)
        print(f"segment {ref.index + 1}: {ref.title}" + (f" · product {ref.product_sku}" if ref.product_sku else ""))
        return 0
    return _list_sessions(log)


def _list_sessions(log) -> int:
    from studio.sales.render import iso_utc

    for s in log.sessions():
        state = "open" if s.is_open else f"ended {iso_utc(s.ended_ms)}"
        print(f"{s.session_id:4}  {iso_utc(s.started_ms)}  {s.title}  ({s.currency}, {state})")
    return 0


def _log(log, args) -> int:
    from studio.sales import SaleInput

    session = log.session(args.session)
    price = _money(args.price, session.currency)
    sale = log.log_sale(SaleInput(sku=args.sku, quantity=args.quantity, unit_price=price, coupon=args.coupon,
                                  discount=_money(args.discount, price.currency if price else session.currency),
                                  note=args.note, buyer=args.buyer), session.session_id)
    print("logged " + _describe(sale))
    return 0


def _undo(log, args) -> int:
    sale = log.undo_last(args.session)
    print("nothing to undo" if sale is None else "undone " + _describe(sale))
    return 0


def _edit(log, args) -> int:
    from studio.sales import SaleEdit

    old = log.sale(args.sale_id)
    cur = old.unit_price.currency
    sale = log.edit_sale(args.sale_id, SaleEdit(quantity=args.quantity, unit_price=_money(args.price, cur),
                                                coupon=args.coupon, discount=_money(args.discount, cur), note=args.note))
    print("now " + _describe(sale))
    return 0


def _marker(log, args) -> int:
    m = log.add_marker(" ".join(args.note), args.session)
    print(f"marker {m.marker_id}: {m.note}")
    return 0


def _viewers(log, args) -> int:
    from studio.cli.main import UserError
    from studio.sales.csv_text import read_csv
    from studio.sales.orders_import import _parse_time_ms, parse_utc_offset

    done = False
    if args.count is not None:
        log.add_viewer_count(args.count, args.session)
        print(f"{args.count} viewers noted")
        done = True
    if args.import_file:
        headers, rows = read_csv(args.import_file)
        lower = {h.lower(): h for h in headers}
        time_col = next((lower[k] for k in ("time", "timestamp", "date", "时间") if k in lower), None)
        view_col = next((lower[k] for k in ("viewers", "viewer count", "concurrent viewers", "观看人数", "在线人数")
                         if k in lower), None)
        if not time_col or not view_col:
            raise UserError(f"the viewers file needs columns 'time' and 'viewers' (found: {', '.join(headers)})")
        tz = parse_utc_offset(args.utc_offset)
        counts = []
        for n, row in enumerate(rows, start=2):
            at = _parse_time_ms(row[time_col], (), tz)
            try:
                viewers = int(row[view_col].replace(",", ""))
            except ValueError:
                raise UserError(f"{args.import_file} line {n}: '{row[view_col]}' is not a viewer count") from None
            if at is None:
                raise UserError(f"{args.import_file} line {n}: '{row[time_col]}' is not a time")
            counts.append((at, viewers))
        print(f"{log.add_viewer_counts(counts, source='imported', session_id=args.session)} viewer counts imported")
        done = True
    if args.unique is not None:
        log.set_unique_viewers(args.unique, args.session)
        print(f"unique viewers set to {args.unique}")
        done = True
    if not done:
        raise UserError("give a count (studio sales viewers 1200), --import FILE or --unique N")
    return 0


def _fx(log, args) -> int:
    from studio.cli.main import UserError

    if args.rates:
        rates = {}
        for item in args.rates:
            code, sep, rate = item.partition("=")
            if not sep:
                raise UserError(f"write rates like EUR=1.08, not '{item}'")
            rates[code] = rate
        log.set_fx_rates(rates, session_id=args.session)
    info = log.session(args.session)
    for code, rate in sorted(log.fx_rates(info.session_id).items()):
        print(f"1 {code} = {rate} {info.currency}")
    return 0


def _purge(log, args) -> int:
    from studio.cli.main import UserError
    from studio.sales.purge import purge

    before_ms = None
    if args.before:
        try:
            before_ms = int(datetime.strptime(args.before, "%Y-%m-%d").replace(tzinfo=timezone.utc).timestamp() * 1000)
        except ValueError:
            raise UserError(f"'{args.before}' is not a date: write it like 2026-11-01") from None
    if not (args.personal or args.session is not None or before_ms is not None):
        raise UserError("say what to purge: --personal, --session ID or --before DATE")
    counts = purge(log, personal=args.personal, session_id=args.session, before_ms=before_ms, dry_run=not args.yes)
    if args.yes:
        print(f"deleted {counts.describe()} from {log.path}")
    else:
        print(f"would delete {counts.describe()}; run again with --yes to delete")
    return 0


def _info(log, args) -> int:
    print(f"database: {log.path}\nschema version: {log.schema_version}\nsessions: {len(log.sessions())}")
    return 0


_ACTIONS = {"catalog": _catalog, "session": _session, "log": _log, "undo": _undo, "edit": _edit,
            "marker": _marker, "viewers": _viewers, "fx": _fx, "list": _list, "dashboard": _dashboard,
            "report": _report, "import": _import, "export": _export, "purge": _purge, "info": _info}
