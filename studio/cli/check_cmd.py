"""`studio check SHOW | --text TEXT --market US,DE,CN [--format text|json]`.

Exit status: 0 no blocking finding, 1 blocking findings (so producers can gate a
script in a pipeline), 2 usage errors (unreadable show, unknown market, bad pack).
"""

from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check", help="check a show or a text against each market's compliance rules (exit 1 on blocking findings)",
        description="Check a run of show (spoken lines, approved translations, on-screen offers; cues as info) "
                    "or a text against the rule packs of the given markets. Exit status 0: nothing blocking; "
                    "1: blocking findings; 2: usage error.")
    p.add_argument("show", nargs="?", help="a show file (.show.md); omit with --text")
    p.add_argument("--text", help="check this text instead of a show (one finding per line and span)")
    p.add_argument("--market", "--markets", dest="markets",
                   help="comma-separated markets, e.g. US,DE,CN,TIKTOK,AE (default: the show's markets)")
    p.add_argument("--lang", help="language of --text (default: guessed from the script)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--min-severity", choices=("info", "warn", "block"), default="info",
                   help="leave out findings below this severity")
    p.add_argument("--no-user-pack", action="store_true", help="ignore the user's own rule pack")
    p.add_argument("--rules", action="store_true", help="list the rules that apply to the markets and exit")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from studio.cli.main import UserError
    from studio.compliance import Checker, PackError, RuleSeverity, UnknownMarketError

    if bool(args.show) == (args.text is not None) and not args.rules:
        raise UserError("give a show file or --text TEXT (one of the two)")
    show = None
    if args.show:
        from studio.show.showfile import load_show

        show = load_show(args.show)
    markets = args.markets or (",".join(show.markets) if show else "")
    if not markets:
        raise UserError("say which markets to check with --market, e.g. --market US,DE,CN")
    try:
        checker = Checker(markets, user_pack=not args.no_user_pack, strict_markets=False)
    except PackError as exc:
        raise UserError(f"a rule pack cannot be used: {exc}") from exc
    if checker.uncovered_markets:
        if len(checker.uncovered_markets) == len(checker.markets):
            raise UserError(str(UnknownMarketError(
                f"no rule pack covers {', '.join(checker.uncovered_markets)}; packs cover CN, US, "
                f"EU member states (DE, FR, ES...), GULF (AE, SA, KW, QA, BH, OM) and TIKTOK")))
        print(f"studio check: no rule pack for {', '.join(checker.uncovered_markets)}; "
              f"checked {', '.join(m for m in checker.markets if m not in checker.uncovered_markets)}",
              file=sys.stderr)
    if args.rules:
        return _print_rules(checker, args.format)
    findings = checker.check_show(show) if show else checker.check_lines(args.text, args.lang)
    floor = RuleSeverity(args.min_severity).rank
    findings = [f for f in findings if f.severity.rank >= floor]
    blocking = sum(f.blocking for f in findings)
    if args.format == "json":
        print(json.dumps({"markets": list(checker.markets), "blocking": blocking,
                          "findings": [f.to_json() for f in findings]}, ensure_ascii=False, indent=1))
    else:
        where = args.show or "text"
        for f in findings:
            col = f"{f.start + 1}-{f.end}"
            lang = f" {f.lang}" if f.lang else ""
            print(f"{where}:{f.source_line_no or '?'}:{col}: {f.severity.value.upper()} {f.rule_id} "
                  f"[{f.market}{lang}, {f.role.value}] \"{f.matched}\"\n    {f.explanation}\n"
                  f"    Try: {f.suggestion}\n    Source: {f.source}")
        warns = sum(f.severity is RuleSeverity.WARN for f in findings)
        print(f"{len(findings)} finding(s): {blocking} blocking, {warns} to review "
              f"(markets {', '.join(checker.markets)})", file=sys.stderr)
    return 1 if blocking else 0


def _print_rules(checker, fmt: str) -> int:
    rules = checker.rules
    if fmt == "json":
        print(json.dumps([{"id": r.id, "severity": r.severity.value, "title": r.title, "markets": list(r.markets),
                           "languages": list(r.languages), "source": r.source} for r in rules],
                         ensure_ascii=False, indent=1))
    else:
        for r in rules:
            print(f"{r.id:32} {r.severity.value:5} {', '.join(r.languages):28} {r.title}")
    return 0
