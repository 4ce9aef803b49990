"""A worker that finishes after its window closed drops its result quietly (CI saw a
'Signal source has been deleted' traceback when the script check outlived a 1.5 s smoke run)."""

from __future__ import annotations

import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal

from studio.show.showfile import load_show
from studio.ui.background import emit_if_alive, run_in_background
from studio.ui.panels.compliance_panel import ScriptChecker


class _Source(QObject):
    fired = Signal(object)


def test_emit_reaches_a_live_receiver(qapp):
    source = _Source()
    got = []
    source.fired.connect(got.append)
    assert emit_if_alive(source.fired, 7) is True
    assert got == [7]


def test_emit_from_a_worker_after_the_source_was_deleted_is_dropped(qapp):
    source = _Source()
    signal = source.fired
    shiboken6.delete(source)
    outcome = []
    thread = run_in_background(lambda: outcome.append(emit_if_alive(signal, 1)), name="test-late-worker")
    thread.join(5)
    assert outcome == [False]


def test_script_check_finishing_after_its_panel_closed_raises_nothing(qapp):
    show = load_show(Path(__file__).parents[2] / "assets" / "shows" / "autumn-lip-launch.show.md")
    checker = ScriptChecker()
    errors = []
    previous = threading.excepthook
    threading.excepthook = errors.append
    try:
        shiboken6.delete(checker)
        checker_run = ScriptChecker._run
        thread = run_in_background(checker_run, checker, show, 1, name="test-script-check")
        thread.join(30)
    finally:
        threading.excepthook = previous
    assert errors == []
