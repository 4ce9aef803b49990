"""`studio import-script SCRIPT [--out SHOW.show.md]`: a .txt/.md/.docx/.csv script into a show file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import-script",
                       help="turn a script (.txt, .md, .docx, .csv) into a show file for the teleprompter",
                       description="Import a script into the run-of-show format (see docs/script-import.md).")
    p.add_argument("script", type=Path, help="the script file: .txt, .md, .docx or .csv")
    p.add_argument("--out", type=Path,
                   help="the show file to write (default: beside the script, NAME.show.md; '-' prints it)")
    p.add_argument("--title", help="the show title (default: from the script, else the file name)")
    p.add_argument("--language", default="en", help="the host's spoken language, e.g. en, zh, es (default en)")
    p.add_argument("--force", action="store_true", help="overwrite an existing show file")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from studio.cli.main import UserError
    from studio.show import dump_show
    from studio.show.importers import ImportOptions, ScriptImportError, import_script

    try:
        show = import_script(args.script, ImportOptions(title=args.title, language=args.language))
    except ScriptImportError as exc:
        raise UserError(str(exc)) from None
    text = dump_show(show)
    if args.out is not None and str(args.out) == "-":
        sys.stdout.write(text)
        return 0
    out = args.out or args.script.with_name(args.script.name.split(".")[0] + ".show.md")
    if out.resolve() == args.script.resolve():
        raise UserError(f"{out} is the script itself; choose another --out")
    if out.exists() and not args.force:
        raise UserError(f"{out} already exists; pass --force to replace it or choose another --out")
    out.write_text(text, encoding="utf-8")
    spoken = sum(len(s.spoken_lines) for s in show.segments)
    cues = sum(len(s.lines) for s in show.segments) - spoken
    print(f"{out}: {len(show.segments)} segments, {spoken} spoken lines, {cues} cues")
    return 0
