"""Entry point of the `studio` command. Without a subcommand it opens the studio window."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

from studio import __version__
from studio.cli.commands import COMMAND_MODULES, SINGLE_COMMAND_MODULES

log = logging.getLogger("studio.cli")


class UserError(Exception):
    """A problem the user can fix; printed as one clear sentence, exit status 2."""


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole parser, or with `only` (a module of SINGLE_COMMAND_MODULES) just that command's:
    the window options and the other commands are then left out."""
    parser = argparse.ArgumentParser(
        prog="studio",
        description="Live Host Studio. Without a command, opens the studio window.")
    parser.add_argument("--version", action="version", version=f"Live Host Studio {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    if only is None:
        from studio.ui.app import add_window_arguments   # no Qt import: only the option definitions

        add_window_arguments(parser.add_argument_group("window options (without a command; as studio-gui)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES if only is None else [only]:
        importlib.import_module(module_name).register(sub)
    return parser


def single_command_module(argv: list[str]) -> str | None:
    """The module of the command argv starts with (after -v), when it is one main() may build alone."""
    rest = [a for a in argv[:2] if a not in ("-v", "--verbose")]
    return SINGLE_COMMAND_MODULES.get(rest[0]) if rest else None


def _user_error_types() -> tuple[type[BaseException], ...]:
    from studio.models.registry import ModelMissingError
    from studio.show.showfile import ShowFormatError

    return (UserError, ShowFormatError, ModelMissingError, FileNotFoundError, PermissionError)


def _utf8_output() -> None:
    """Chinese, Arabic and Thai in output must not crash a pipe that got a legacy code page
    (Windows gives pipes cp1252/cp936): write UTF-8 wherever the stream is something else."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: list[str] | None = None) -> int:
    _utf8_output()
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(only=single_command_module(argv)).parse_args(argv)
    from studio.logging_setup import setup_logging

    log_file = setup_logging(verbose=args.verbose)
    if args.command is None:
        from studio.ui.app import open_window

        return open_window(args)
    try:
        return int(args.func(args) or 0)
    except _user_error_types() as exc:
        print(f"studio {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `studio ... | head` closed the pipe: nothing more to say to anyone
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:  # unexpected: keep the details in the log the host can send
        log.exception("studio %s failed", args.command)
        print(f"studio {args.command}: unexpected error: {exc} (details in {log_file})", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
