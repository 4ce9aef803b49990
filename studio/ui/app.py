"""`studio` with no command, or `studio-gui`: open the studio window."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import time

log = logging.getLogger(__name__)

SMOKE_START_TIMEOUT_S = 60.0   # panels load models at start; a cold laptop can take a while


# Qt platform plugins that need no screen (Qt aborts in the plugin when xcb/wayland find none).
_HEADLESS_PLATFORMS = {"offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"}


def add_window_arguments(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """The window's options: `studio-gui` and `studio` (without a command) take the same ones."""
    parser.add_argument("--show", help="open this run of show (.show.md)")
    parser.add_argument("--language", choices=["en", "zh_CN"], help="override the language for this run")
    parser.add_argument("--smoke-test-s", type=float, metavar="SECONDS",
                        help="open, show pictures for this long, close; exit 0 only if the preview painted "
                             f"frames within {SMOKE_START_TIMEOUT_S:.0f} s of opening (for installers and CI)")


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="studio-gui", description="Open the Live Host Studio window.")
    add_window_arguments(parser)
    return parser.parse_args(argv)


def display_problem(environ: dict[str, str] | None = None) -> str | None:
    """One sentence when this Linux session has no display for the window, else None."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip()
    x11, wayland = bool(env.get("DISPLAY")), bool(env.get("WAYLAND_DISPLAY"))
    if platform in _HEADLESS_PLATFORMS or (platform == "xcb" and x11) or (platform == "wayland" and wayland):
        return None
    if not platform and (x11 or wayland):
        return None
    if platform and platform not in ("xcb", "wayland"):
        return None   # a plugin we do not know: let Qt judge
    return ("No display was found (DISPLAY and WAYLAND_DISPLAY are not set), so the studio window cannot "
            "open here: use the headless commands (`studio run`, `studio doctor`... see `studio --help`), "
            "or set QT_QPA_PLATFORM=offscreen to run the window without a screen.")


def main(argv: list[str] | None = None) -> int:
    return open_window(_parse(sys.argv[1:] if argv is None else argv))


def open_window(args: argparse.Namespace) -> int:
    """Runs the window until it closes, then ends the process with its exit code (it does not return
    once the window opened); args carry the options of add_window_arguments."""
    problem = display_problem()
    if problem:
        print(f"studio: {problem}", file=sys.stderr)
        return 2
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from studio.logging_setup import setup_logging
    from studio.overlays.qt_paint import ensure_gui_application
    from studio.ui.i18n import install_translators, resolve_language
    from studio.ui.main_window import StudioWindow
    from studio.ui.settings import StudioSettings
    from studio.ui.theme import apply_dark_theme

    setup_logging()
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    ensure_gui_application()   # qt_paint then finds this QApplication instead of making its own
    app.setApplicationName("Live Host Studio")
    app.setOrganizationName("LiveHostStudio")
    settings = StudioSettings()
    language = args.language or resolve_language(settings.language)
    translators = install_translators(app, language)
    apply_dark_theme(app)
    window = StudioWindow(settings)
    if args.show:
        window.load_show(args.show)
    window.closed.connect(app.quit)   # the window hides at once, quits once the session has stopped
    window.show()
    # Ctrl+C in the terminal closes the window the normal way (recording saved, session stopped);
    # the idle timer lets Python run its signal handler while Qt's loop waits.
    signal.signal(signal.SIGINT, lambda *_: window.close())
    idle = QTimer()
    idle.timeout.connect(lambda: None)
    idle.start(250)
    if args.smoke_test_s is not None:
        smoke = _SmokeTimer(window, args.smoke_test_s)   # kept alive until exec returns
    code = app.exec()
    del translators
    if args.smoke_test_s is not None:
        painted = window.preview.frames_painted
        # The first frame's CLOCK_MONOTONIC time lets benchmarks/bench_launch.py time launch-to-usable.
        first = "none" if smoke.first_frame_s is None else f"{smoke.first_frame_s:.3f}"
        print(f"studio window smoke test: {painted} frames painted, language {language}, "
              f"first frame at monotonic {first}")
        code = 0 if painted > 0 and code == 0 else 1
    settings.sync()
    _leave_process(int(code))


def _leave_process(code: int) -> None:
    """Exit without the interpreter's teardown, once the window has stopped the session (recording
    saved, sales log committed, settings synced). A loader still running on a daemon thread (a model,
    the comment understanding, a script check) sits in native code; when the interpreter tears down
    under it, that thread is unwound through C++ frames and the process aborts ("terminate called
    without an active exception", exit -6), about one close in three on a busy laptop."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


class _SmokeTimer:
    """Closes the window after `seconds` of pictures, or when none came within SMOKE_START_TIMEOUT_S."""

    def __init__(self, window, seconds: float) -> None:
        from PySide6.QtCore import QTimer

        self._window, self._seconds = window, seconds
        self._opened_s = time.monotonic()
        self.first_frame_s: float | None = None
        self._timer = QTimer()
        self._timer.timeout.connect(self._check)
        self._timer.start(20)   # fine enough to time the first frame

    def _check(self) -> None:
        now = time.monotonic()
        if self.first_frame_s is None and self._window.preview.frames_painted > 0:
            self.first_frame_s = now
        done = self.first_frame_s is not None and now - self.first_frame_s >= self._seconds
        if done or now - self._opened_s > SMOKE_START_TIMEOUT_S:
            self._timer.stop()
            self._window.close()


if __name__ == "__main__":
    raise SystemExit(main())
