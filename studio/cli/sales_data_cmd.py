"""`studio sales` actions that take the log's data out (list, dashboard, report, export) or bring
platform orders in (import). The parser and the actions that change the log are in sales_cmd.py."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _write(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
        print(f"written to {output}", file=sys.stderr)
    else:
        sys.stdout.write(text)


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
