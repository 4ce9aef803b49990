"""`studio check SHOW|SCRIPT | --text TEXT --market ID,US,TIKTOK [--date D] [--format text|json]`.

A show is a .show.md file or any script the importers read (.txt, .md, .docx, .csv). Any ISO
3166 country is a market: one without a national pack is checked with the platform packs and
the universal policy, with a one-line notice. Besides the rule and semantic findings of the
script, a show's catalog is checked for cultural taboos and false halal claims, and its date
(or --date) against the markets' religious and shopping calendar.

Exit status: 0 no blocking finding, 1 blocking findings (so producers can gate a script in a
pipeline), 2 usage errors (unreadable file, a code that is not a market, a broken pack).
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from dataclasses import fields
from typing import Any


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check", help="check a show, a script or a text against each market's compliance rules "
                      "(exit 1 on blocking findings)",
        description="Check a run of show (.show.md) or a script (.txt, .md, .docx, .csv) — spoken lines, approved "
                    "translations, on-screen offers, the catalog; cues as info — or a text against the rule packs "
                    "and claim policy of the given markets, and the show's date against their calendars. Exit "
                    "status 0: nothing blocking; 1: blocking findings; 2: usage error.")
    p.add_argument("show", nargs="?", help="a show file (.show.md) or a script (.txt, .md, .docx, .csv); omit with --text")
    p.add_argument("--text", help="check this text instead of a show (one finding per line and span)")
    p.add_argument("--market", "--markets", dest="markets",
                   help="comma-separated markets: ISO country codes (ID, TH, GB...), EU, GULF or a platform "
                        "(TIKTOK, SHOPEE, LAZADA, AMAZON); default: the show's markets")
    p.add_argument("--lang", help="language of --text or of an imported script (default: guessed from the "
                                  "writing system)")
    p.add_argument("--date", help="when the live is planned, YYYY-MM-DD (default: the show's 'date:')")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--min-severity", choices=("info", "warn", "block"), default="info",
                   help="leave out findings below this severity")
    p.add_argument("--no-user-pack", action="store_true", help="ignore the user's own rule pack")
    p.add_argument("--rules", action="store_true", help="list the rules that apply to the markets and exit")
    p.set_defaults(func=run)


def load_show_or_script(path: str):
    """The show of a command argument (check, follow): .show.md or any importable script;
    what cannot be read becomes a UserError (exit 2) with the importer's sentence."""
    from studio.cli.main import UserError
    from studio.show.importers import ScriptImportError, open_show
    from studio.show.showfile import ShowFormatError

    try:
        return open_show(path)
    except (ShowFormatError, ScriptImportError) as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(f"{path}: cannot read it: {exc.strerror or exc}") from None


def number_script_lines(show, path: str) -> None:
    """Give an imported script's lines the file line they came from, so findings say where
    to edit. The importers join wrapped lines and split paragraphs into sentences, so each
    line is looked up by its opening words, in order. Word files keep no line numbers."""
    from pathlib import Path

    from studio.show.importers import ScriptImportError, read_text_file

    if Path(path).suffix.lower() not in (".txt", ".md", ".markdown", ".csv"):
        return
    try:
        raw = [" ".join(line.split()) for line in read_text_file(Path(path), ("gb18030",)).splitlines()]
    except (ScriptImportError, OSError):   # numbering is a convenience: the import already read the file
        return
    cursor = 0
    for segment in show.segments:
        for line in segment.lines:
            if line.source_line_no is not None:
                continue
            probe = " ".join(line.text.split())[:24]
            for index in range(cursor, len(raw)):
                if probe and probe in raw[index]:
                    line.source_line_no, cursor = index + 1, index
                    break


def _date(text: str | None) -> datetime.date | None:
    from studio.cli.main import UserError

    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"--date: write YYYY-MM-DD, not {text!r}") from None


def market_notices(markets: tuple[str, ...]) -> list[str]:
    """One line per market that no national or group pack covers (it is still checked)."""
    from studio.compliance.markets import GROUPS, PLATFORMS, UNIVERSAL
    from studio.compliance.policy import national_packs

    if UNIVERSAL in markets:
        return ["no markets given (--market, or 'markets:' in the show): checked with the universal claim policy "
                "only; name the markets, e.g. --market ID,TH,TIKTOK, for their laws"]
    bare = [m for m in markets if m not in PLATFORMS and m not in GROUPS and not national_packs(m)]
    if not bare:
        return []
    platforms = [m for m in markets if m in PLATFORMS]
    with_platforms = f", the {', '.join(platforms)} pack{'s' if len(platforms) > 1 else ''}" if platforms else ""
    return [f"no national pack for {', '.join(bare)} yet: checked with the universal claim policy{with_platforms}"]


def run(args: argparse.Namespace) -> int:
    from studio.cli.main import UserError
    from studio.compliance import Checker, PackError, RuleSeverity
    from studio.compliance.markets import UNIVERSAL, InvalidMarketError, validate_markets

    if bool(args.show) == (args.text is not None) and not args.rules:
        raise UserError("give a show or script file, or --text TEXT (one of the two)")
    show = load_show_or_script(args.show) if args.show else None
    if show is not None and (args.lang or not args.show.lower().endswith(".show.md")):
        # An imported script says nothing about its language (the importer's "en" is a default):
        # the checker then guesses per line from the script, as it does for --text.
        show.language = args.lang or (show.language if show.language != "en" else "")
        number_script_lines(show, args.show)
    date = _date(args.date)
    markets = args.markets or (",".join(show.markets) if show else "") or UNIVERSAL
    try:
        codes = validate_markets(markets)
        checker = Checker(codes, user_pack=not args.no_user_pack, strict_markets=False)
    except InvalidMarketError as exc:
        raise UserError(f"{'--market' if args.markets else args.show + ': markets'}: {exc}") from None
    except PackError as exc:
        raise UserError(f"a rule pack cannot be used: {exc}") from exc
    notices = market_notices(checker.markets)
    if args.rules:
        for notice in notices:
            print(f"studio check: {notice}", file=sys.stderr)
        return _print_rules(checker, args.format)
    try:
        findings, dates = _check(checker, show, args.text, args.lang, date)
    except PackError as exc:
        raise UserError(f"a rule pack cannot be used: {exc}") from exc
    calendar = list(dates.warnings)
    # Rules only, without the encoder: a clean result then says less, and the user must know why.
    semantic_off = checker.semantic_notice
    if semantic_off:
        notices.append(semantic_off)
    if dates.untabled:
        notices.append(f"the calendar has no dates yet for {', '.join(dates.untabled)}: not checked")
    for notice in notices:
        print(f"studio check: {notice}", file=sys.stderr)
    floor = RuleSeverity(args.min_severity).rank
    findings = [f for f in findings if f.severity.rank >= floor]
    blocking = sum(f.blocking for f in findings)
    categories = {r.id: r.category for r in checker.rules}
    if args.format == "json":
        print(json.dumps({"markets": list(checker.markets), "blocking": blocking, "notices": notices,
                          "semantic": {"on": checker.semantic and not semantic_off, "notice": semantic_off},
                          "calendar": [w.to_json() for w in calendar],
                          "findings": [finding_json(f, categories) for f in findings]},
                         ensure_ascii=False, indent=1))
    else:
        _print_text(findings, calendar, categories, args.show or "text")
        warns = sum(f.severity is RuleSeverity.WARN for f in findings)
        print(f"{len(findings)} finding(s): {blocking} blocking, {warns} to review"
              + (f", {len(calendar)} calendar warning(s)" if calendar else "")
              + f" (markets {', '.join(checker.markets)})", file=sys.stderr)
    return 1 if blocking else 0


def _check(checker, show, text: str | None, lang: str | None, date: datetime.date | None):
    """Findings in run-of-show order (catalog findings after the script's) and the calendar check."""
    from studio.compliance.calendar import CalendarCheck, check_dates, check_show_dates
    from studio.compliance.culture import culture_findings

    if show is None:
        return checker.check_lines(text, lang), (check_dates(checker.markets, date) if date else CalendarCheck((), ()))
    findings = checker.check_show(show)
    seen = {(f.rule_id, f.text, f.start, f.end) for f in findings}
    findings += [f for f in culture_findings(show, checker) if (f.rule_id, f.text, f.start, f.end) not in seen]
    return findings, check_show_dates(show, checker.markets, date)


def finding_origin(finding) -> str:
    """'semantic' when the claim classifier found it, else 'rule' (whatever the field is called)."""
    for f in fields(finding):
        if getattr(finding, f.name) in ("rule", "semantic") and f.name != "source":
            return getattr(finding, f.name)
    return "semantic" if getattr(finding, "source", None) == "semantic" else "rule"


def finding_json(f, categories: dict[str, str | None]) -> dict[str, Any]:
    """The fields a pipeline reads: where (line, span, text), what (category, rule, severity,
    market), why (law, explanation) and what to say instead (rewrite), and for a semantic
    finding the labeled example it resembles."""
    origin = finding_origin(f)
    law = f.source if f.source not in ("rule", "semantic") else getattr(f, "law", "")
    return {"line": f.source_line_no, "span": [f.start, f.end], "text": f.text, "matched": f.matched,
            "category": getattr(f, "category", None) or categories.get(f.rule_id), "source": origin,
            "severity": f.severity.value, "market": f.market, "markets": list(f.markets), "rule": f.rule_id,
            "rewrite": f.suggestion, "similar_to": getattr(f, "similar_to", None) or None,
            "score": getattr(f, "score", None), "title": f.title, "explanation": f.explanation, "law": law,
            "lang": f.lang, "role": f.role.value, "segment": f.segment_index}


def _print_text(findings, calendar, categories, where: str) -> None:
    for f in findings:
        data = finding_json(f, categories)
        col = f"{f.start + 1}-{f.end}"
        lang = f" {f.lang}" if f.lang else ""
        place = f.source_line_no or ("catalog" if f.segment_index is None and f.role.value == "on_screen" else "?")
        tags = ", ".join(t for t in (f.role.value, data["category"], data["source"]) if t)
        similar = f"\n    Similar to: {data['similar_to']}" if data["similar_to"] else ""
        print(f"{where}:{place}:{col}: {f.severity.value.upper()} {f.rule_id} [{f.market}{lang}, {tags}] "
              f"\"{f.matched}\"\n    {f.explanation}\n    Try: {f.suggestion}\n    Source: {data['law']}{similar}")
    for w in calendar:
        print(f"{where}: CALENDAR {w.event_id}: {w.message}\n    Change: {w.advice}")


def _print_rules(checker, fmt: str) -> int:
    rules = checker.rules
    if fmt == "json":
        print(json.dumps([{"id": r.id, "severity": r.severity.value, "category": r.category, "title": r.title,
                           "markets": list(r.markets), "languages": list(r.languages), "source": r.source}
                          for r in rules], ensure_ascii=False, indent=1))
    else:
        for r in rules:
            print(f"{r.id:32} {r.severity.value:5} {(r.category or '-'):24} {', '.join(r.languages):20} {r.title}")
    return 0
