"""Real studio windows, offscreen: one QApplication for the run, helpers to wait on the event loop.

The QApplication is made when this folder is collected, i.e. before any test
runs: studio.overlays.qt_paint then reuses it instead of making a plain
QGuiApplication, on which widgets could not be built.
"""

from __future__ import annotations


import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from studio.ui.theme import apply_dark_theme
from tests.qt_helpers import qt_app, spin, wait_until  # noqa: F401 (re-exported to the ui tests)

_APP = qt_app()
apply_dark_theme(_APP)


@pytest.fixture(scope="session")
def qapp() -> QApplication:
    return _APP


def close_window(window) -> None:
    """Close as the host would and wait until the session has stopped on its worker."""
    window.close()
    wait_until(lambda: window.shutdown_complete, 10.0, "the window did not finish shutting down")
    window.deleteLater()
    QCoreApplication.processEvents()


@pytest.fixture
def make_window(qapp):
    """make_window(**kwargs) -> a shown StudioWindow (1440×900); all are closed at teardown."""
    from studio.ui.main_window import StudioWindow

    windows = []

    def make(**kwargs):
        window = StudioWindow(**kwargs)
        window.resize(1440, 900)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if not window.shutdown_complete:
            close_window(window)


@pytest.fixture
def language(qapp):
    """language('zh_CN') installs that translation for the rest of the test."""
    from studio.ui.i18n import install_translators

    installed = []

    def use(lang: str):
        installed.extend(install_translators(qapp, lang))
        return lang

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))


def activate(window) -> None:
    """Make the window the active one, as a host's click would: application shortcuts need it.
    Offscreen it is at once; on X without a window manager (xvfb-run) it takes a request."""
    from PySide6.QtTest import QTest

    window.raise_()
    window.activateWindow()
    if not QTest.qWaitForWindowActive(window.windowHandle(), 2000):
        QApplication.setActiveWindow(window)
    wait_until(window.isActiveWindow, 2.0, "the window never became active")


def wait_for_frames(window, count: int = 3, timeout_s: float = 8.0) -> None:
    start = window.preview.frames_painted
    wait_until(lambda: window.controller.session is not None, timeout_s, "the session did not start")
    wait_until(lambda: window.preview.frames_painted >= start + count, timeout_s, "no frames reached the preview")
