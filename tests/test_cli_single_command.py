"""`studio check` builds only its own parser (studio.cli.main.single_command_module): the map of
single commands must stay true, and the fast parser must read argv exactly as the whole one."""

import pytest

from studio.cli.commands import COMMAND_MODULES, SINGLE_COMMAND_MODULES
from studio.cli.main import build_parser, main, single_command_module


@pytest.mark.parametrize("name, module", sorted(SINGLE_COMMAND_MODULES.items()))
def test_each_single_command_is_registered_by_its_module(name, module):
    assert module in COMMAND_MODULES
    argv = [name, "--text", "x", "--market", "DE"] if name == "check" else [name]
    full, alone = build_parser().parse_args(argv), build_parser(only=module).parse_args(argv)
    assert vars(alone) == {k: v for k, v in vars(full).items() if k in vars(alone)}
    assert alone.func is full.func


@pytest.mark.parametrize("argv, module", [
    (["check", "--text", "x"], "studio.cli.check_cmd"),
    (["-v", "check", "--text", "x"], "studio.cli.check_cmd"),
    (["--verbose", "check"], "studio.cli.check_cmd"),
    (["run", "show.show.md"], None),
    (["--text", "check"], None),
    ([], None),
])
def test_only_a_leading_single_command_takes_the_short_path(argv, module):
    assert single_command_module(argv) == module


def test_the_short_parser_knows_no_other_command():
    with pytest.raises(SystemExit):
        build_parser(only="studio.cli.check_cmd").parse_args(["run", "x.show.md"])


def test_studio_check_through_the_short_path_still_finds_claims(capsys):
    code = main(["-v", "check", "--text", "This cream cures eczema in a week", "--market", "US",
                 "--format", "json"])
    out = capsys.readouterr().out
    assert code == 1 and '"medical"' in out
