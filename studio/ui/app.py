"""`studio` with no command: open the studio window."""

from __future__ import annotations

import argparse
import logging
import sys

log = logging.getLogger(__name__)


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="studio-gui", description="Open the Live Host Studio window.")
    parser.add_argument("--show", help="open this run of show (.show.md)")
    parser.add_argument("--language", choices=["en", "zh_CN"], help="override the language for this run")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    from PySide6.QtCore import Qt
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
    window.show()
    code = app.exec()
    del translators
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main())
