"""The window's side of the producer console, offscreen: a pushed cue shows across the host's
prompter, a "stop this line" flag paints that line red, and Show → Producer console starts the
session's console and shows its address, token and QR code."""

from __future__ import annotations

import asyncio
import json
import time

import aiohttp
import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from studio.console.options import ConsoleOptions
from studio.console.service import LiveConsole
from studio.show import load_show

from tests.qt_helpers import qt_app

from .conftest import ConsoleSession

_APP = qt_app()

from studio.ui.bridge import EventBridge  # noqa: E402
from studio.ui.console_dialog import ConsoleDialog  # noqa: E402
from studio.ui.panels import PanelContext, PanelSettings  # noqa: E402
from studio.ui.panels.prompter_panel import PANEL  # noqa: E402
from studio.ui.panels.prompter_view import STOP_TEXT  # noqa: E402


def _wait(predicate, timeout_s: float = 5.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, "condition not met in time"
        QCoreApplication.processEvents()
        time.sleep(0.005)


def _send(console, *messages) -> None:
    async def go():
        url = f"ws://127.0.0.1:{console._server.port}/ws?token={console.token}"
        async with aiohttp.ClientSession() as http, http.ws_connect(url) as ws:
            for m in messages:
                await ws.send_str(json.dumps(m))
            acks = 0
            while acks < len(messages):
                acks += json.loads((await ws.receive(timeout=5)).data)["type"] in ("ack", "error")
    asyncio.run(go())


def _red_pixels(view) -> int:
    image = view.grab().toImage()
    image = image.convertToFormat(image.Format.Format_RGB888)
    w, h = image.width(), image.height()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(h, image.bytesPerLine())[:, : w * 3]
    rgb = rows.reshape(h, w, 3).astype(int)
    target = np.array([STOP_TEXT.red(), STOP_TEXT.green(), STOP_TEXT.blue()])
    return int((np.abs(rgb - target).sum(axis=2) < 30).sum())


@pytest.fixture
def window_side(tmp_path, example_show_path):
    show = load_show(example_show_path)
    session = ConsoleSession(show)
    session.console = LiveConsole(session, ConsoleOptions(port=0), token="w" * 32)
    bridge = EventBridge()
    bridge.attach(session.events)
    settings = PanelSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "prompter")
    ctx = PanelContext(session_provider=lambda: session, bridge=bridge, settings=settings, show_provider=lambda: show)
    panel = PANEL.factory(ctx)
    bridge.session_created.emit(session)
    panel.resize(900, 640)
    panel.show()
    yield panel, bridge, session
    session.console.stop()
    panel.close()
    bridge.detach()
    session.stop()
    panel.deleteLater()
    QCoreApplication.processEvents()


def test_cues_and_stop_flags_reach_the_hosts_prompter(window_side):
    panel, _bridge, session = window_side
    session.console.start()
    _send(session.console, {"id": 1, "type": "cue", "text": "Wrap up: 30 s\u202e"})
    _wait(lambda: panel.view.banner is not None)
    assert panel.view.banner == ("cue", "Producer: Wrap up: 30 s")
    before = _red_pixels(panel.view)
    _send(session.console, {"id": 2, "type": "stop_line", "segment": 0, "line": 2, "on": True})
    _wait(lambda: panel.view.stop_flags == {(0, 2)})
    assert _red_pixels(panel.view) > before + 200
    _send(session.console, {"id": 3, "type": "stop_line", "segment": 0, "line": 2, "on": False})
    _wait(lambda: panel.view.stop_flags == frozenset())
    assert _red_pixels(panel.view) <= before


def test_the_dialog_starts_the_console_and_shows_address_and_token(window_side):
    _panel, bridge, session = window_side
    dialog = ConsoleDialog(lambda: session, bridge)
    try:
        assert not session.console.running and dialog.url_edit.text() == "" and dialog.qr.pixmap().isNull()
        assert not dialog.lan_check.isChecked()            # this computer only unless the host opens it
        dialog.start_button.click()
        assert session.console.running
        assert dialog.url_edit.text() == session.console.url and session.console.token in dialog.url_edit.text()
        assert dialog.token_edit.text() == session.console.token
        assert dialog.url_edit.cursorPosition() == 0          # the address's start is what shows
        # open to this computer only: a phone could not open 127.0.0.1, so no code to scan, and the dialog says why
        assert dialog.qr.pixmap().isNull() and not dialog.qr.isVisibleTo(dialog)
        assert dialog.qr_note.isVisibleTo(dialog) and "127.0.0.1" in dialog.qr_note.text()
        assert not dialog.lan_check.isEnabled()
        dialog.start_button.click()
        assert not session.console.running and dialog.url_edit.text() == "" and dialog.qr.pixmap().isNull()
    finally:
        dialog.close()
        dialog.deleteLater()
