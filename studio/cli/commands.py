"""The command modules, in the order `studio --help` lists them.

Each module defines `register(subparsers)`, which adds its parser and sets
`func=<callable(args) -> int>`. An explicit list (not discovery) so that the
PyInstaller bundle finds every command.
"""

COMMAND_MODULES = [
    "studio.cli.run_cmd",
    "studio.cli.doctor_cmd",
    "studio.cli.models_cmd",
    "studio.cli.captions_cmd",
    "studio.cli.tryon_cmd",
    "studio.cli.sales_cmd",
    "studio.cli.check_cmd",
    "studio.cli.import_script_cmd",
    "studio.cli.follow_cmd",
    "studio.cli.localize_cmd",
    "studio.cli.rehearse_cmd",
    "studio.cli.comments_cmd",
    "studio.cli.stream_key_cmd",
]

# Commands called once per line by scripts ("studio check --text ... --format json" in a loop): when
# argv starts with one of these, main() builds only its module's parser (~30 ms of importing and
# building the other commands saved per call). tests/test_cli_single_command.py keeps the map true.
SINGLE_COMMAND_MODULES = {
    "check": "studio.cli.check_cmd",
}
