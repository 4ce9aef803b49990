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
