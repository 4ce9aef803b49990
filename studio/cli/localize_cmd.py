"""`studio localize SHOW --to es,pt,th [--market US,TH] [--model NAME] [--glossary FILE] [--out SHOW]`
drafts every spoken line, offer and FAQ answer as proposed translations; `studio localize export
SHOW --to es [--format xliff|csv] [--out FILE]` and `studio localize import SHOW FILE` exchange
them with outside translators (docs/localisation.md).

Exit status: 0 drafts written (flags are reported, not failures), 2 usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "localize", help="draft translations of a show's lines, offers and FAQ answers for review; "
                         "export/import XLIFF or CSV for translators",
        description="studio localize SHOW --to es,pt,id,th,vi,ar,en: draft every spoken line, offer and FAQ "
                    "answer with the installed translation model(s), keeping glossary terms exact, check each "
                    "draft's terms and claims (per market), and write the drafts into the show as proposed "
                    "translations ('>? xx [hash]: ...'), which captions never use until approved. "
                    "studio localize export SHOW --to es [--format xliff|csv] [--out FILE]; "
                    "studio localize import SHOW FILE [--as-proposed] [--out SHOW].")
    p.add_argument("args", nargs="+", metavar="SHOW | export SHOW | import SHOW FILE")
    p.add_argument("--to", help="target languages, comma-separated (es,pt,id,th,vi,ar,en); "
                                "default: the show's caption languages")
    p.add_argument("--market", "--markets", dest="markets",
                   help="markets whose claim rules each draft is checked against (default: the show's)")
    p.add_argument("--model", help="a multilingual model for every pair: m2m100-418m, nllb-200-distilled-600m "
                                   "or a folder (default: pair models, else an installed multilingual model)")
    p.add_argument("--glossary", type=Path, help="the term base file (as for captions): terms kept or given "
                                                 "their fixed translation")
    p.add_argument("--out", type=Path, help="where to write (default: the show itself; for export, "
                                            "SHOW.LANG.xlf / .csv beside it)")
    p.add_argument("--format", choices=("text", "json", "xliff", "csv"), default=None,
                   help="report format for localize (text|json) or file format for export (xliff|csv)")
    p.add_argument("--redo", action="store_true", help="draft again where a proposal already exists")
    p.add_argument("--rules-only", action="store_true",
                   help="check claims with the rule packs only (no sentence encoder: faster, fewer findings)")
    p.add_argument("--as-proposed", action="store_true", help="import: 'final' rows as proposed, not approved")
    p.add_argument("--force", action="store_true", help="rewrite a show file even if it has comments")
    p.set_defaults(func=run)


def _languages(value: str | None, show) -> list[str]:
    from studio.cli.main import UserError

    langs = [v.strip() for v in (value or "").split(",") if v.strip()] or list(show.caption_languages)
    if not langs:
        raise UserError("give the target languages with --to es,pt,th (the show names no caption languages)")
    return langs


def run(args: argparse.Namespace) -> int:
    from studio.cli.main import UserError

    action, rest = (args.args[0], args.args[1:]) if args.args[0] in ("export", "import") else ("draft", args.args)
    expected = {"draft": 1, "export": 1, "import": 2}[action]
    if len(rest) != expected:
        raise UserError({"draft": "give one show file", "export": "usage: studio localize export SHOW --to es",
                         "import": "usage: studio localize import SHOW FILE"}[action])
    from studio.cli.check_cmd import load_show_or_script

    show_path = Path(rest[0])
    show = load_show_or_script(str(show_path))
    if action == "export":
        return _export(args, show, show_path)
    if action == "import":
        return _import(args, show, show_path, Path(rest[1]))
    return _draft(args, show, show_path)


def _save(args, show, show_path: Path) -> Path:
    from studio.cli.main import UserError
    from studio.localize.store import WouldLoseCommentsError, save_show

    try:
        return save_show(show, args.out or show_path, original=show_path, force=args.force)
    except WouldLoseCommentsError as exc:
        raise UserError(str(exc)) from None


def _draft(args, show, show_path: Path) -> int:
    from studio.cli.main import UserError
    from studio.compliance.checker import Checker, UnknownMarketError
    from studio.localize.drafting import localize
    from studio.localize.engines import DraftEngines, NoModelError
    from studio.localize.terms import term_base

    targets = _languages(args.to, show)
    markets = [m.strip().upper() for m in (args.markets or "").split(",") if m.strip()] or show.markets
    try:
        checker = Checker(markets, semantic=not args.rules_only) if markets else None
    except UnknownMarketError as exc:
        raise UserError(str(exc)) from None
    glossary = term_base(show, args.glossary)
    try:
        report = localize(show, targets, glossary, DraftEngines(args.model), checker, redo=args.redo)
    except NoModelError as exc:
        raise UserError(str(exc)) from None
    out = _save(args, show, show_path) if report.drafts else None
    if args.format == "json":
        print(json.dumps(_json_report(report, out, markets), ensure_ascii=False, indent=1))
    else:
        _print_report(report, out, markets)
    if not report.drafts and report.skipped and not report.kept:
        return 2
    return 0


def _json_report(report, out, markets) -> dict:
    return {"show": str(out) if out else None, "markets": markets, "models": report.models,
            "skipped": report.skipped, "kept": report.kept, "term_retention": report.term_retention(),
            "drafts": [{"id": d.unit.id, "lang": d.lang, "source": d.source, "draft": d.draft,
                        "missing_terms": d.missing_terms,
                        "findings": [{"rule": f.rule_id, "severity": f.severity.value, "markets": list(f.markets),
                                      "matched": f.matched} for f in d.findings]} for d in report.drafts]}


def _print_report(report, out, markets) -> None:
    for lang, model in report.models.items():
        drafts = [d for d in report.drafts if d.lang == lang]
        terms = sum(bool(d.missing_terms) for d in drafts)
        claims = sum(bool(d.findings) for d in drafts)
        print(f"{lang}: {len(drafts)} drafts by {model}; {terms} lost a term, {claims} with claim findings")
        for d in drafts:
            if d.flagged:
                notes = [f"term lost: {t}" for t in d.missing_terms]
                notes += [f"{f.severity.value} {f.rule_id} ({f.market})" for f in d.findings]
                print(f"  {d.unit.id}: {d.draft[:60]!r} — {'; '.join(notes)}")
    for lang, why in report.skipped.items():
        print(f"{lang}: not drafted: {why}", file=sys.stderr)
    if not markets:
        print("no markets given or in the show: claims were not checked", file=sys.stderr)
    retention = report.term_retention()
    if retention is not None:
        print(f"term retention: {retention:.0%} of drafts with a glossary term kept every term")
    if out:
        print(f"proposed translations written to {out} (review them in the window or with export/import)")
    elif report.kept:
        print(f"nothing new to draft: {report.kept} translations already approved or proposed (--redo drafts again)")


def _export(args, show, show_path: Path) -> int:
    from studio.localize.csv_table import write_csv
    from studio.localize.xliff import write_xliff

    fmt = args.format if args.format in ("xliff", "csv") else (
        "csv" if args.out and args.out.suffix.lower() == ".csv" else "xliff")
    langs = _languages(args.to, show)
    from studio.cli.main import UserError

    if args.out and len(langs) > 1:
        raise UserError("--out names one file: export one language at a time, or leave --out out")
    stem = show_path.name.removesuffix(".md").removesuffix(".show")
    for lang in langs:
        path = args.out or show_path.with_name(f"{stem}.{lang}.{'xlf' if fmt == 'xliff' else 'csv'}")
        (write_xliff if fmt == "xliff" else write_csv)(show, lang, path)
        print(f"{path}: {lang}, {fmt.upper() if fmt == 'csv' else 'XLIFF 2.0'}")
    return 0


def _import(args, show, show_path: Path, file: Path) -> int:
    from studio.cli.main import UserError
    from studio.localize.csv_table import read_csv
    from studio.localize.exchange import ExchangeFormatError, import_rows
    from studio.localize.xliff import read_xliff

    try:
        data = file.read_bytes()
        lang_hint = (args.to or "").split(",")[0].strip() or None
        lang, rows = read_csv(data, lang_hint) if file.suffix.lower() == ".csv" else read_xliff(data)
    except ExchangeFormatError as exc:
        raise UserError(f"{file}: {exc}") from None
    result = import_rows(show, lang, rows, as_proposed=args.as_proposed)
    out = _save(args, show, show_path)
    print(f"{out}: {lang}: {result.approved} approved, {result.proposed} proposed, "
          f"{result.stale} stale (the line changed since export)")
    for why in result.ignored:
        print(f"  ignored {why}", file=sys.stderr)
    return 0
