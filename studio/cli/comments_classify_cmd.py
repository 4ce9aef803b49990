"""`studio comments classify IN.jsonl --show SHOW --out OUT.jsonl`: understand a file of comments.

Each input line {"id", "text"[, "user", "t", "lang"]} gives one output line with the same id and
lang, intent, sku, quantity, group, translation and reply (null when there is none: no product
named, no quantity stated, no translation model installed, no approved answer). A line that is
not a comment is reported on stderr with its line number and skipped; the run goes on.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

OUTPUT_KEYS = ("lang", "intent", "sku", "quantity", "group", "translation", "reply")


def register(actions: argparse._SubParsersAction) -> None:
    c = actions.add_parser("classify", help="language, intent, product, quantity, group, translation and "
                                            "approved reply for each comment of a JSONL file",
                           description="Reads one JSON object per line ({\"id\", \"text\"[, \"user\", \"t\", "
                                       "\"lang\"]}) and writes one per line with the id and what the comment "
                                       "says. Needs the multilingual-e5-small model.")
    c.add_argument("input", help="comments, one JSON object per line")
    c.add_argument("--show", required=True, help="run of show (.show.md): catalog, aliases, FAQ, markets")
    c.add_argument("--out", help="output JSONL (default: standard output)")
    c.add_argument("--host-lang", help="language to translate comments into (default: the show's language)")
    c.add_argument("--current-sku", help="product on air: a buy or question naming no product is about it")
    c.add_argument("--no-translate", action="store_true", help="skip machine translation")
    c.set_defaults(func=classify)


def classify(args: argparse.Namespace) -> int:
    from studio.show import ShowFormatError, load_show

    try:
        show = load_show(args.show)
    except (OSError, ShowFormatError) as exc:
        print(f"error: cannot read the show {args.show}: {exc}", file=sys.stderr)
        return 2
    try:
        lines = Path(args.input).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: cannot read {args.input}: {exc}", file=sys.stderr)
        return 2
    if args.current_sku and show.product(args.current_sku) is None:
        print(f"error: --current-sku {args.current_sku} is not in the show's catalog", file=sys.stderr)
        return 2
    analyzer = _analyzer(show, args)
    if analyzer is None:
        return 2
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    done = bad = 0
    try:
        for n, raw in enumerate(lines, 1):
            if not raw.strip():
                continue
            item, problem = _comment(raw)
            if problem:
                bad += 1
                print(f"{args.input}:{n}: skipped: {problem}", file=sys.stderr)
                continue
            u = analyzer.analyze(item["text"], lang_hint=item.get("lang"), current_sku=args.current_sku)
            row = {"id": item["id"], **{k: getattr(u, k) for k in OUTPUT_KEYS}}
            if u.reply_withheld:
                row["reply_withheld"] = u.reply_withheld
            row["market"] = u.market                    # the buyer's, when the comment says it
            if u.reply_checked_for:
                row["reply_checked_for"] = list(u.reply_checked_for)
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            done += 1
    finally:
        if out is not sys.stdout:
            out.close()
    groups = analyzer.groups()
    print(f"{done} comments classified, {bad} lines skipped; {len(groups)} question groups"
          + "".join(f"\n  {g.summary}  [{g.key}]" for g in groups[:5]), file=sys.stderr)
    from studio.cli.comments_cmd import tell_untranslated

    tell_untranslated(analyzer)
    return 0


def _analyzer(show, args):
    from studio.comments.understand import CommentAnalyzer
    from studio.comments.understand.intent_head import HeadMissing
    from studio.language.encoder import EncoderUnavailable

    try:
        return CommentAnalyzer(show, host_language=args.host_lang or show.language,
                               translator=False if args.no_translate else None)
    except (EncoderUnavailable, HeadMissing) as exc:
        print(f"error: comment understanding cannot run: {exc}", file=sys.stderr)
        return None


def _comment(raw: str) -> tuple[dict, str | None]:
    """The line as a comment, or why it is not one."""
    try:
        item = json.loads(raw)
    except json.JSONDecodeError as exc:
        return {}, f"not JSON ({exc.msg} at column {exc.colno})"
    if not isinstance(item, dict):
        return {}, "not a JSON object"
    if "id" not in item or item["id"] is None or isinstance(item["id"], (dict, list)):
        return {}, "no \"id\" (a string or number)"
    if not isinstance(item.get("text"), str):
        return {}, "no \"text\" string"
    if item.get("lang") is not None and not isinstance(item["lang"], str):
        item = {**item, "lang": None}
    return item, None
