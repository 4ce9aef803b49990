"""The console from LiveOptions: off by default, on when asked, kept running (with its flags and
its token) when the window rebuilds the session for a source switch, and stopped with the session."""

from __future__ import annotations

import json
import urllib.request

import pytest

from studio.console.options import ConsoleOptions
from studio.live.assembly import build_session
from studio.live.options import LiveOptions, PrompterMode, TryOnMode
from studio.live.session import SessionConfig, VideoSourceConfig
from studio.show import load_show

from tests.qt_helpers import qt_app

PATTERN = SessionConfig(video=VideoSourceConfig("pattern", width=160, height=90, fps=10, duration_s=30))


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDIO_DATA_DIR", str(tmp_path / "data"))   # the token file lands here
    qt_app()                                                        # the front end makes the Qt app


def _options(**console) -> LiveOptions:
    return LiveOptions(session=PATTERN, tryon=TryOnMode.OFF, prompter=PrompterMode.STANDBY, price_card=False,
                       console=ConsoleOptions(**console))


def test_off_by_default_and_started_on_the_hosts_word(example_show_path, tmp_path):
    show = load_show(example_show_path)
    session = build_session(_options(port=0), show)
    try:
        assert session.console is not None and not session.console.running and session.console.url is None
        assert "console" not in session.assembly.names
        url = session.console.start()
        assert url.startswith("http://127.0.0.1:") and session.console.token in url
        saved = json.loads((tmp_path / "data" / "console.json").read_text())
        assert saved["token"] == session.console.token
        assert urllib.request.urlopen(url, timeout=5).status == 200
        session.console.stop()
        assert not session.console.running
    finally:
        session.stop()


def test_a_rebuilt_session_keeps_the_console_and_its_flags(example_show_path):
    show = load_show(example_show_path)
    first = build_session(_options(on=True, port=0), show)
    assert first.console.running and "console" in first.assembly.names
    first.console._flags.add((1, 2))
    token = first.console.token
    first.start()
    first.stop()         # the window stops the old session before building the new one...
    assert not first.console.running
    # ...but a console the host started stays on: the assembly carries it across, with its flags.
    second = build_session(_options(port=0), show, carry_from=first)
    try:
        assert second.console.running and "console" in second.assembly.names
        assert second.console.token == token and second.console.flags == {(1, 2)}
        second.start()
    finally:
        second.stop()
    assert not second.console.running            # stopped with its session
    second.console.stop()                        # the host turned it off: the next session has none
    third = build_session(_options(port=0), show, carry_from=second)
    assert not third.console.running


def test_no_console_without_a_show():
    session = build_session(_options(on=True, port=0), None)
    try:
        assert session.console is None
    finally:
        session.stop()
