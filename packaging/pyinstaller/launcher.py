"""The frozen app's entry point: both `studio` (console) and `Live Host Studio` (windowed) run this.

Without arguments it opens the studio window, with arguments it is the `studio` CLI,
exactly as `python -m studio` does in a checkout.
"""

import multiprocessing
import os
import sys


def _main() -> int:
    # A windowed Windows executable has no console: print() and argparse would write to None.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")
    # Finder passes -psn_<serial> to apps on older macOS; argparse would reject it.
    argv = [arg for arg in sys.argv[1:] if not arg.startswith("-psn_")]
    from studio.cli.main import main

    return main(argv)


if __name__ == "__main__":
    # A frozen child process re-runs this executable; freeze_support() hands it to multiprocessing.
    multiprocessing.freeze_support()
    raise SystemExit(_main())
