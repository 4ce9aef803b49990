"""The producer console's options (LiveOptions.console)."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_CONSOLE_PORT = 8781
SETTINGS_FILE = "console.json"      # in the data folder: the console's token


@dataclass(frozen=True)
class ConsoleOptions:
    """Off by default: the host starts it (`studio run --console`, or Show → Producer console).
    open_lan serves every interface so a phone on the same network can reach it; otherwise only
    this computer (127.0.0.1) can."""

    on: bool = False
    port: int = DEFAULT_CONSOLE_PORT     # 0: any free port; taken: the next ones are tried
    open_lan: bool = False
    rate_per_s: float = 5.0              # commands a second per page, after a burst of rate_burst
    rate_burst: int = 10


def console_token(path=None) -> str:
    """The console's token, made once and kept (owner-only file): a phone that scanned it reconnects
    after a restart. Delete the file for a new one."""
    from studio.localnet.tokens import saved_token
    from studio.paths import data_dir

    return saved_token(path or data_dir() / SETTINGS_FILE).token
