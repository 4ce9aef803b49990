"""The frozen app's entry point, shared by its executables (they differ only in name and console).

- `studio` (console): the CLI; without arguments it opens the window, as `python -m studio` does.
- `Live Host Studio` (windowed, Windows/macOS) and `studio-gui` (Linux): the window, with the
  window's own options (`--show FILE`, `--language`, `--smoke-test-s`), like pyproject's
  `studio-gui` script.
"""

import multiprocessing
import os
import sys

WINDOW_EXECUTABLES = ("Live Host Studio", "studio-gui")


def _main() -> int:
    # A windowed Windows executable has no console: print() and argparse would write to None.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")
    # Output piped to a file or another program gets the ANSI code page on Windows (cp1252, cp936):
    # Chinese, Arabic or Thai text in `studio doctor` or `studio captions` would raise
    # UnicodeEncodeError. A console already gets UTF-8 (PEP 528) and is left alone.
    for stream in (sys.stdout, sys.stderr):
        if (stream.encoding or "").lower().replace("-", "") != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    # Finder passes -psn_<serial> to apps on older macOS; argparse would reject it.
    argv = [arg for arg in sys.argv[1:] if not arg.startswith("-psn_")]
    # By the name it was started as: on Linux `studio-gui` is a symlink to `studio` (build.spec), and
    # sys.executable may name the link's target.
    names = {os.path.splitext(os.path.basename(path))[0] for path in (sys.executable, sys.argv[0]) if path}
    if names & set(WINDOW_EXECUTABLES):
        from studio.ui.app import main as window_main

        return window_main(argv)
    from studio.cli.main import main

    return main(argv)


if __name__ == "__main__":
    # A frozen child process re-runs this executable; freeze_support() hands it to multiprocessing.
    multiprocessing.freeze_support()
    raise SystemExit(_main())
