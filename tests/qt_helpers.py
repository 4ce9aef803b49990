"""Helpers for tests that drive real Qt widgets offscreen: the one QApplication, and waiting on
the event loop (a panel's results arrive as queued signals from its worker threads)."""

from __future__ import annotations

import time
from typing import Callable

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication


def qt_app() -> QApplication:
    """The process's QApplication (widgets need it; qt_paint then reuses it for text on video)."""
    return QApplication.instance() or QApplication(["studio-tests"])


def wait_until(predicate: Callable[[], bool], timeout_s: float = 20.0, message: str = "") -> None:
    """Run the event loop until predicate() is true; fail with message after timeout_s."""
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            pytest.fail(message or "condition not met in time")
        QCoreApplication.processEvents()
        time.sleep(0.005)


def spin(seconds: float) -> None:
    """Run the event loop for a while (let queued signals and timers fire)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.005)
