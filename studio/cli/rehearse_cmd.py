"""`studio rehearse SHOW AUDIO_OR_VIDEO --market M[,M...] --json OUT [--html OUT] [--realtime]`:
one pass of the live engines over a rehearsal, scored against the show (docs/rehearsal.md)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "rehearse", help="score a recorded rehearsal against the show: lines read and skipped, ad-libs, "
                         "flagged claims, terms, disclosure and go/no-go per market",
        description="Run the captions engine, the teleprompter's voice follow and the claim checker over a "
                    "rehearsal recording (any audio or video file) and write what was read, skipped and "
                    "ad-libbed, every flagged claim at its moment with a rewrite, catalog terms heard, "
                    "disclosure timing and a go/no-go per market (JSON; optionally the producer's HTML "
                    "scorecard). Each rehearsal is kept per show and compared with the previous one.")
    p.add_argument("show", type=Path, help="the show (.show.md) or a script (.txt, .md, .docx, .csv)")
    p.add_argument("media", type=Path, metavar="AUDIO_OR_VIDEO", help="the rehearsal recording")
    p.add_argument("--market", "--markets", dest="markets", required=True,
                   help="comma-separated markets (US, DE, EU, GULF, TIKTOK...)")
    p.add_argument("--json", type=Path, required=True, help="where to write the rehearsal JSON ('-' for stdout)")
    p.add_argument("--html", type=Path, help="where to write the producer's scorecard (one HTML file)")
    p.add_argument("--realtime", action="store_true",
                   help="pace the file like a microphone: the engines shed work as they would live")
    p.add_argument("--model", default="base", help="Whisper model: tiny.en, base... (default base)")
    p.add_argument("--language", help="the spoken language (default: the show's 'language')")
    p.add_argument("--glossary", type=Path,
                   help="glossary file (docs/captions.md): terms the captions should hear right, counted "
                        "besides the show's catalog")
    p.add_argument("--no-history", action="store_true",
                   help="neither keep this rehearsal nor compare it with the previous one")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from studio.captions.asr import CaptionModelError
    from studio.capture.base import SourceError
    from studio.cli.check_cmd import load_show_or_script
    from studio.cli.main import UserError
    from studio.compliance.markets import InvalidMarketError, validate_markets
    from studio.rehearsal.engines import PassOptions
    from studio.rehearsal.session import rehearse

    try:
        markets = validate_markets(args.markets)
    except InvalidMarketError as exc:
        raise UserError(f"--market: {exc}") from None
    if not markets:
        raise UserError("--market: name at least one market, e.g. --market US,DE")
    if not args.media.is_file():
        raise UserError(f"{args.media}: no such file")
    show = load_show_or_script(str(args.show))
    if not any(seg.spoken_lines for seg in show.segments):
        raise UserError(f"{args.show} has no spoken lines to rehearse")
    glossary = None
    if args.glossary is not None:
        from studio.captions.glossary import Glossary

        try:
            glossary = Glossary.load(args.glossary)
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"{args.glossary}: cannot read it: {getattr(exc, 'strerror', None) or exc}") from None
    say = lambda text: print(f"studio rehearse: {text}", file=sys.stderr)   # noqa: E731
    try:
        done = rehearse(show, args.media, markets,
                        PassOptions(model=args.model, realtime=args.realtime, language=args.language,
                                    glossary=glossary),
                        keep_history=not args.no_history, slug_fallback=args.show.name.split(".")[0],
                        on_status=lambda m: say(m.text))
    except SourceError as exc:
        raise UserError(str(exc)) from None
    except CaptionModelError as exc:
        raise UserError(str(exc)) from None   # it says how to install the model
    report = done.report
    if not any(line["status"] == "read" for seg in report["segments"] for line in seg["lines"]):
        say("no script line was recognized in the recording: every line is reported skipped")
    for notice in report["notices"]:
        say(notice)
    if done.kept is not None:
        say(f"kept as {done.kept}")
    _write(args.json, json.dumps(report, ensure_ascii=False, indent=1), UserError)
    if args.html is not None:
        _write(args.html, done.html(), UserError)
    _summary(report, say)
    return 0


def _write(path: Path, text: str, error) -> None:
    if str(path) == "-":
        sys.stdout.write(text + "\n")
        return
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise error(f"cannot write {path}: {exc.strerror or exc}") from None


def _summary(report: dict, say) -> None:
    lines = [line for seg in report["segments"] for line in seg["lines"]]
    read = sum(1 for line in lines if line["status"] == "read")
    verdicts = ", ".join(f"{m} {'go' if v['go'] else 'NO-GO'}" for m, v in report["markets"].items())
    say(f"{read}/{len(lines)} lines read, {len(report['adlibs'])} ad-libs, {len(report['findings'])} findings; "
        f"{verdicts} ({report['duration_s']} s of audio in {report['pass_s']} s)")
