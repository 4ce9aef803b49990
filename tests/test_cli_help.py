"""Every `studio` command has working --help, a one-line summary, and a section in docs/cli.md
(the sqlite-utils rule: a command nobody documented does not exist for a producer)."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import pytest

from studio.cli.main import build_parser, main

ROOT = Path(__file__).resolve().parent.parent
CLI_DOC = ROOT / "docs" / "cli.md"


def _subcommands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    """(path, parser, summary) for every command and nested action, depth first."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            summaries = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                path = prefix + (name,)
                yield path, sub, summaries.get(name)
                yield from _subcommands(sub, path)


COMMANDS = [path for path, _, _ in _subcommands(build_parser())]


def _documented() -> set[tuple[str, ...]]:
    """Commands with a heading `## studio NAME` / `### studio NAME ACTION` in docs/cli.md, or in a
    feature doc that docs/cli.md links to (e.g. [sales.md](sales.md) for the sales actions)."""
    text = CLI_DOC.read_text("utf-8")
    linked = {CLI_DOC.parent / name for name in re.findall(r"\]\(([\w.-]+\.md)(?:#[^)]*)?\)", text)}
    found = set()
    for doc in [CLI_DOC, *sorted(p for p in linked if p.is_file())]:
        for match in re.finditer(r"^#{2,4} `?studio ([a-z0-9 -]+?)`?\s*$", doc.read_text("utf-8"), re.M):
            found.add(tuple(match.group(1).split()))
    return found


def test_there_are_commands():
    assert ("doctor",) in COMMANDS and ("models", "download") in COMMANDS


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_help_runs(path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([*path, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: studio {' '.join(path)}")


def test_every_command_has_a_summary_in_studio_help():
    missing = [" ".join(path) for path, _, summary in _subcommands(build_parser()) if not summary]
    assert not missing, f"give these commands help='...' in add_parser(): {missing}"


def test_every_command_is_documented_in_docs_cli_md():
    documented = _documented()
    missing = [" ".join(p) for p in COMMANDS if p not in documented]
    assert not missing, (
        "these commands have no section in docs/cli.md; add a heading '## studio NAME' (or "
        "'### studio NAME ACTION') with what it is for and an example, or a heading in a feature doc "
        "that docs/cli.md links to as [name.md](name.md): " + ", ".join(missing))


def test_docs_cli_md_describes_no_command_that_does_not_exist():
    stale = [" ".join(p) for p in _documented() if p not in set(COMMANDS)]
    assert not stale, f"docs/cli.md documents commands that no longer exist: {stale}"


def test_top_level_help_and_version_from_a_fresh_process():
    proc = subprocess.run([sys.executable, "-m", "studio", "--help"], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    for (name,) in [p for p in COMMANDS if len(p) == 1]:
        assert re.search(rf"^\s+{re.escape(name)}\s", proc.stdout, re.M), f"{name} missing from studio --help"
    from studio import __version__

    proc = subprocess.run([sys.executable, "-m", "studio", "--version"], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.strip() == f"Live Host Studio {__version__}"


def test_studio_takes_the_window_options_of_studio_gui():
    """`studio` without a command is the window: the same options as `studio-gui` (docs/studio-window.md)."""
    from studio.ui.app import _parse

    args = build_parser().parse_args(["--show", "x.show.md", "--language", "zh_CN", "--smoke-test-s", "3"])
    gui = _parse(["--show", "x.show.md", "--language", "zh_CN", "--smoke-test-s", "3"])
    assert args.command is None
    assert (args.show, args.language, args.smoke_test_s) == (gui.show, gui.language, gui.smoke_test_s)
    run = build_parser().parse_args(["run", "--show", "y.show.md"])
    assert run.command == "run" and run.show == "y.show.md"     # a command's own --show is its own
