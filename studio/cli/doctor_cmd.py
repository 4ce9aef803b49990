"""`studio doctor [--for live|rehearsal] [--format text|json] [--deep] [--support-bundle [PATH]]`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

MARKS = {"ok": "ok", "info": "--", "warn": "WARN", "fail": "FAIL"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "doctor", help="check this machine for a live: devices, fonts, models, GPU, disk, versions",
        description="Checks what this machine has for a live. Exits 0 when ready, 1 with a sentence "
                    "naming what is missing. A live needs a camera and a microphone; a rehearsal over "
                    "files does not.")
    p.add_argument("--for", dest="purpose", choices=["live", "rehearsal"], default="live",
                   help="what to check for (default: live)")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--deep", action="store_true",
                   help="also load and run each installed model once and time it (a few seconds)")
    p.add_argument("--support-bundle", metavar="PATH", nargs="?", const=".", default=None,
                   help="also write a zip with the logs and this report, to send after a bad live "
                        "(PATH is a file or folder; default: the current folder)")
    p.set_defaults(func=run)


def format_text(report) -> str:
    lines = []
    section = None
    for check in report.checks:
        if check.section != section:
            section = check.section
            lines.append(f"{section}:")
        need = " (required)" if check.required and check.status.value in ("warn", "fail") else ""
        lines.append(f"  [{MARKS[check.status.value]:>4}] {check.name}: {check.detail}{need}")
        if check.advice and check.status.value in ("warn", "fail"):
            lines.append(f"         -> {check.advice}")
    lines.append("")
    lines.append(report.verdict())
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from studio.doctor import Purpose, run_checks, write_support_bundle

    report = run_checks(Purpose(args.purpose), deep=args.deep)
    if (sys.stdout.encoding or "").lower().replace("-", "") != "utf8" and hasattr(sys.stdout, "reconfigure"):
        # A pipe on Windows gets the ANSI code page: the script samples must not crash the report.
        sys.stdout.reconfigure(errors="replace")
    if args.format == "json":
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_text(report))
    if args.support_bundle is not None:
        bundle = write_support_bundle(report, Path(args.support_bundle))
        print(f"Support bundle written to {bundle.resolve()}", file=sys.stderr)
    return 0 if report.ready else 1
