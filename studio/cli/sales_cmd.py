"""`studio sales ...`: the sales log from the command line, over the same SalesLog the window uses.

Every action takes --db PATH (else $STUDIO_SALES_DB, else the data folder's sales.sqlite).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

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


def _write(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
        print(f"written to {output}", file=sys.stderr)
    else:
        sys.stdout.write(text)


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


def _list(log, args) -> int:
    if args.sessions:
        return _list_sessions(log)
    from studio.sales.render import iso_utc

    info = _pick_session(log, args.session)
    sales = log.sales(info.session_id, include_undone=args.include_undone)
    if args.format == "text":
        for s in sales:
            print(f"{iso_utc(s.at_ms)}  {_describe(s)}")
        return 0
    rows = [_sale_row(s) for s in sales]
    if args.format == "json":
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        _csv_rows(rows, None)
    return 0


def _pick_session(log, session_id: int | None):
    return log.session_for_report(session_id)


def _sale_row(s) -> dict:
    from studio.sales.render import iso_utc

    return {"id": s.sale_id, "session_id": s.session_id, "at": iso_utc(s.at_ms), "sku": s.sku,
            "product_name": s.product_name, "quantity": s.quantity, "unit_price": str(s.unit_price.to_decimal()),
            "discount": str(s.discount.to_decimal()), "total": str(s.total.to_decimal()),
            "currency": s.total.currency, "coupon": s.coupon, "segment_index": s.segment_index,
            "segment_title": s.segment_title, "note": s.note, "undone": s.undone}


def _csv_rows(rows: list[dict], output: str | None, fieldnames: list[str] | None = None) -> None:
    import csv
    import io

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fieldnames or (list(rows[0]) if rows else ["id"]))
    writer.writeheader()
    writer.writerows(rows)
    _write(buf.getvalue(), output)


def _dashboard(log, args) -> int:
    from studio.sales.render import money_text, report_to_dict
    from studio.sales.report import build_report

    info = _pick_session(log, args.session)
    d = log.dashboard(info.session_id)
    if args.format == "json":
        print(json.dumps(report_to_dict(build_report(log, info.session_id)), indent=2, ensure_ascii=False))
        return 0
    progress = f" · {float(d.target_progress) * 100:.1f}% of {d.session.target}" if d.target_progress is not None else ""
    print(f"{d.session.title}: GMV {d.gmv} · {d.units} units · {d.orders} orders{progress}")
    if d.missing_fx:
        print(f"  not in GMV (no FX rate): {', '.join(str(d.gmv_by_currency[c]) for c in d.missing_fx)}")
    if d.current_segment:
        print(f"  on screen: segment {d.current_segment.index + 1} {d.current_segment.title}")
    for p in d.products:
        left = "" if p.stock_left is None else f" · {p.stock_left} left"
        print(f"  {p.sku:14} {p.units:5} units {p.orders:5} orders {money_text(p.gmv, p.unconverted):>16}{left}")
    for g in d.segments:
        label = "-" if g.index is None else g.index + 1
        print(f"  segment {label:>2} {g.title[:28]:28} {g.units:5} units {money_text(g.gmv, g.unconverted):>16}")
    return 0


def _report(log, args) -> int:
    from studio.sales import render
    from studio.sales.report import build_report, compare_sessions

    if args.compare:
        rows = compare_sessions(log, args.compare)
        text = {"html": render.comparison_html, "json": render.comparison_json, "csv": render.comparison_csv}[args.format](rows)
    else:
        info = _pick_session(log, args.session)
        report = build_report(log, info.session_id, comments=_comment_figures(log, info.session_id, args))
        text = {"html": render.report_html, "json": render.report_json, "csv": render.report_csv}[args.format](report)
    _write(text, args.output)
    return 0


def _comment_figures(log, session_id: int, args):
    """What buyers said in the session (with --show); None without a show."""
    if not args.show:
        return None
    from studio.cli.main import UserError
    from studio.comments.events import EventKind
    from studio.comments.store import CommentsDbError, CommentStore, resolve_comments_db
    from studio.sales.comment_figures import analyzer_for, comment_figures
    from studio.show import load_show

    path = resolve_comments_db(args.comments_db) if args.comments_db else log.path.parent / "comments.sqlite"
    if not path.exists():
        raise UserError(f"no comments log at {path}: give --comments-db, or leave out --show")
    try:
        store = CommentStore(path)
    except CommentsDbError as exc:
        raise UserError(str(exc)) from exc
    try:
        return comment_figures(log, session_id, store.events(kind=EventKind.COMMENT), analyzer_for(load_show(args.show)))
    finally:
        store.close()


def _import(log, args) -> int:
    from studio.cli.main import UserError
    from studio.sales.csv_text import read_csv
    from studio.sales.orders_import import (detect_layout, import_orders, mapping_from_user, parse_utc_offset,
                                            propose_mapping)

    headers, _ = read_csv(args.file)
    if args.mapping or args.map:
        columns = {}
        if args.mapping:
            try:
                columns.update(json.loads(Path(args.mapping).read_text(encoding="utf-8"))["columns"])
            except (ValueError, KeyError, TypeError) as exc:
                raise UserError(f"{args.mapping} is not a mapping file ({exc})") from None
        for item in args.map:
            field, sep, column = item.partition("=")
            if not sep:
                raise UserError(f"write --map FIELD=COLUMN, not '{item}'")
            columns[field.strip()] = column.strip()
        layout = mapping_from_user(columns, headers)
    else:
        layout = detect_layout(headers, log)
    if layout is None:
        proposal = propose_mapping(headers)
        mapping_path = Path(args.file).with_suffix(".mapping.json")
        mapping_path.write_text(proposal.to_json() + "\n", encoding="utf-8")
        print(f"{Path(args.file).name} is not a layout the studio knows yet. Nothing was imported.\n"
              f"Guessed columns (check them, fix any that are wrong or missing, then import again):")
        for field, column in json.loads(proposal.to_json())["columns"].items():
            print(f"  {field:11} <- {column or '(none)'}")
        if proposal.missing:
            print(f"  still needed: {', '.join(proposal.missing)}")
        print(f"The mapping is in {mapping_path}; then run:\n"
              f"  studio sales import {args.file} --mapping {mapping_path}\n"
              f"The studio remembers the mapping for files with the same columns.")
        return 3
    session_id = log.session_for_report(args.session).session_id
    result = import_orders(log, args.file, layout, session_id=session_id, currency=args.currency,
                           keep_buyer=args.keep_buyer, utc_offset=parse_utc_offset(args.utc_offset) if args.utc_offset else None)
    print(f"{result.rows_imported} order line(s) imported ({layout.name})"
          + (f", {result.rows_skipped} skipped" if result.rows_skipped else ""))
    for problem in result.problems[:10]:
        print(f"  skipped {problem}")
    if result.outside_session:
        print(f"  note: {result.outside_session} order(s) are timed outside this session")
    from studio.sales.orders_import import reconcile

    for row in reconcile(log, session_id):
        flag = "" if row.difference == 0 else f"  <- {row.difference:+d}"
        print(f"  {row.sku:14} logged {row.logged_units:5}  platform {row.platform_units:5}{flag}")
    return 0


_EXPORT_SQL = {
    "sales": "SELECT * FROM sales_readable",
    "markers": "SELECT id, session_id, strftime('%Y-%m-%dT%H:%M:%fZ', at_ms / 1000.0, 'unixepoch') AS at_utc, "
               "segment_index, note FROM markers",
    "orders": "SELECT id, session_id, order_id, sku, quantity, amount_minor, currency, ordered_ms, status, cancelled "
              "FROM platform_orders",
    "products": "SELECT sku, name, price_minor, currency, stock, look, notes FROM products",
    "sessions": "SELECT id, title, show_title, currency, target_minor, started_ms, ended_ms, unique_viewers FROM sessions",
    "viewers": "SELECT session_id, at_ms, viewers, source FROM viewer_counts",
}


def _export(log, args) -> int:
    sql = _EXPORT_SQL[args.table]
    params: tuple = ()
    if args.session is not None and args.table not in ("products",):
        sql = f"SELECT * FROM ({sql}) WHERE {'id' if args.table == 'sessions' else 'session_id'} = ?"
        params = (args.session,)
    cursor = log.db.execute(sql, params)
    names = [c[0] for c in cursor.description]
    rows = [dict(zip(names, r)) for r in cursor.fetchall()]
    if args.format == "json":
        _write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", args.output)
    else:
        _csv_rows(rows, args.output, names)
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
