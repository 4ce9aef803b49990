"""The console's WebSocket protocol over a real server and a real aiohttp client: every command
reaches the session, bad commands and wrong tokens are refused, floods are rate-limited."""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request

import aiohttp
import pytest

from studio.console.events import LineFlagChanged, ProducerCue
from studio.console.options import ConsoleOptions
from studio.console.protocol import MAX_CUE_CHARS
from studio.console.service import LiveConsole
from studio.prompter.controller import PrompterState
from studio.prompter.worker import PrompterCommand

from .conftest import ConsoleSession, wait_until


def _ws_url(console, token=None) -> str:
    return f"ws://127.0.0.1:{console._server.port}/ws?token={token or console.token}"


async def _exchange(console, messages: list[dict | str], token=None, until=None) -> list[dict]:
    """Send messages (after the greeting) and collect everything until each has its answer."""
    received: list[dict] = []
    async with aiohttp.ClientSession() as http:
        async with http.ws_connect(_ws_url(console, token)) as ws:
            for _ in range(3):          # hello, flags, tracks (and maybe a position)
                received.append(json.loads((await ws.receive(timeout=5)).data))
            for message in messages:
                await ws.send_str(message if isinstance(message, str) else json.dumps(message))
            answers = 0
            while answers < len(messages) or (until is not None and not until(received)):
                msg = json.loads((await ws.receive(timeout=5)).data)
                received.append(msg)
                answers += msg["type"] in ("ack", "error")
    return received


def run(console, messages, **kw):
    return asyncio.run(_exchange(console, messages, **kw))


def answers(received):
    return {m["id"]: m for m in received if m["type"] in ("ack", "error") and m.get("id") is not None}


def test_greeting_outlines_the_show(console, session):
    got = run(console, [])
    hello = got[0]
    assert hello["type"] == "hello" and hello["title"] == session.show.title
    assert [s["title"] for s in hello["segments"]] == [s.title for s in session.show.segments]
    first = hello["segments"][0]["lines"]
    assert first[0]["spoken"] and not first[1]["spoken"]            # a cue line is listed, never markable
    assert got[1] == {"type": "flags", "flags": []} and got[2] == {"type": "tracks", "b": []}


def test_every_command_reaches_the_session(console, session):
    cues, flags = [], []
    session.events.subscribe(ProducerCue, cues.append)
    session.events.subscribe(LineFlagChanged, flags.append)
    got = run(console, [
        {"id": 1, "type": "cue", "text": "30 s left on the offer\n<b>smile</b>\u202e"},
        {"id": 2, "type": "segment", "index": 2},
        {"id": 3, "type": "stop_line", "segment": 2, "line": 1, "on": True},
        {"id": 4, "type": "mark", "segment": 2, "line": 3},
    ], until=lambda r: any(m["type"] == "flags" and m["flags"] for m in r))
    assert all(a["type"] == "ack" for a in answers(got).values()), got
    # Plain text: a line break is a space, bidi overrides go, markup stays literal (the views show text).
    assert [c.text for c in cues] == ["30 s left on the offer <b>smile</b>"]
    assert session.segment_index == 2
    assert flags == [LineFlagChanged(2, 1, True)] and console.flags == {(2, 1)}
    wait_until(lambda: session.prompter.snapshot is not None and session.prompter.snapshot.position is not None
               and (session.prompter.snapshot.position.segment, session.prompter.snapshot.position.line) == (2, 3))
    assert session.prompter.snapshot.segment == 2
    got = run(console, [{"id": 5, "type": "stop_line", "segment": 2, "line": 1, "on": False}],
              until=lambda r: any(m["type"] == "flags" and not m["flags"] for m in r[2:]))
    assert console.flags == set() and flags[-1] == LineFlagChanged(2, 1, False)


def test_talk_track_switch_renumbers_lines_and_lifts_that_segments_flags(example_show_path):
    from studio.core.events import TalkTrackChanged

    from tests.prompter.test_talk_track import b_show

    session = ConsoleSession(b_show(example_show_path))
    live = LiveConsole(session, ConsoleOptions(port=0), token="b" * 32)
    live.start()
    switched, lifted = [], []
    session.events.subscribe(TalkTrackChanged, switched.append)
    session.events.subscribe(LineFlagChanged, lambda e: lifted.append(e) if not e.flagged else None)
    try:
        hello = run(live, [])[0]
        assert hello["talk_track"] and hello["segments"][1]["has_b"] and not hello["segments"][2]["has_b"]
        assert hello["segments"][1]["b_lines"][0]["text"].startswith("Watch this")
        got = answers(run(live, [
            {"id": 1, "type": "stop_line", "segment": 1, "line": 3},
            {"id": 2, "type": "talk_track", "segment": 1, "track": "B"},
            {"id": 3, "type": "mark", "segment": 1, "line": 2},       # B's third line: spoken
            {"id": 4, "type": "mark", "segment": 1, "line": 3},       # B has 3 lines (A has more)
            {"id": 5, "type": "talk_track", "segment": 2, "track": "B"},
        ], until=lambda r: any(m["type"] == "tracks" and m["b"] == [1] for m in r)))
        assert [got[i]["type"] for i in (1, 2, 3)] == ["ack"] * 3
        assert got[4]["code"] == "no_such_line" and got[5]["code"] == "no_b_track"
        assert switched == [TalkTrackChanged(1, "B")] and session.prompter.talk_track(1).value == "B"
        assert live.flags == set() and lifted == [LineFlagChanged(1, 3, False)]
        wait_until(lambda: session.prompter.snapshot.position is not None
                   and (session.prompter.snapshot.position.segment, session.prompter.snapshot.position.line) == (1, 2))
        hello_again = run(live, [])
        assert {"type": "tracks", "b": [1]} in hello_again       # a page that (re)connects knows it
    finally:
        live.stop()
        session.stop()


def test_talk_track_without_a_prompter_is_not_available(example_show_path):
    from tests.prompter.test_talk_track import b_show

    session = ConsoleSession(b_show(example_show_path), prompter=False)
    live = LiveConsole(session, ConsoleOptions(port=0), token="n" * 32)
    live.start()
    try:
        got = run(live, [{"id": 1, "type": "talk_track", "segment": 1, "track": "B"}])
    finally:
        live.stop()
    assert not got[0]["talk_track"]
    assert answers(got)[1]["code"] == "not_available" and "not available" in answers(got)[1]["message"]


@pytest.mark.parametrize("message, code", [
    ("not json", "bad_json"),
    ("[1, 2]", "bad_json"),
    ({"id": 7, "type": "launch"}, "unknown_type"),
    ({"id": 7, "type": "segment", "index": 99}, "no_such_segment"),
    ({"id": 7, "type": "segment", "index": -1}, "no_such_segment"),
    ({"id": 7, "type": "segment", "index": "2"}, "bad_field"),
    ({"id": 7, "type": "segment", "index": True}, "bad_field"),
    ({"id": 7, "type": "mark", "segment": 0, "line": 1}, "not_spoken"),      # a cue line
    ({"id": 7, "type": "mark", "segment": 0, "line": 40}, "no_such_line"),
    ({"id": 7, "type": "stop_line", "segment": 0, "line": 0, "on": "yes"}, "bad_field"),
    ({"id": 7, "type": "talk_track", "segment": 0, "track": "C"}, "bad_field"),
    ({"id": 7, "type": "cue", "text": " \n\u0007 "}, "empty_cue"),
    ({"id": 7, "type": "cue", "text": 42}, "empty_cue"),
])
def test_bad_commands_are_refused_and_the_session_goes_on(console, session, message, code):
    got = run(console, [message, {"id": 8, "type": "segment", "index": 1}])
    errors = [m for m in got if m["type"] == "error"]
    assert [e["code"] for e in errors] == [code], got
    if isinstance(message, dict):
        assert errors[0]["id"] == 7
    assert session.segment_index == 1                # the next good command still works


def test_a_long_cue_is_capped(console, session):
    cues = []
    session.events.subscribe(ProducerCue, cues.append)
    run(console, [{"id": 1, "type": "cue", "text": "x" * 1000}])
    assert len(cues[0].text) == MAX_CUE_CHARS and cues[0].text.endswith("…")


def test_an_oversized_message_closes_the_socket(console):
    async def go():
        async with aiohttp.ClientSession() as http:
            async with http.ws_connect(_ws_url(console)) as ws:
                await ws.receive(timeout=5)
                await ws.send_str(json.dumps({"type": "cue", "text": "x" * 10000}))
                while True:
                    msg = await ws.receive(timeout=5)
                    if msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING):
                        return ws.close_code
    assert asyncio.run(go()) == aiohttp.WSCloseCode.MESSAGE_TOO_BIG


def test_wrong_or_missing_token_is_refused(console):
    base = f"http://127.0.0.1:{console._server.port}"
    for url in (f"{base}/", f"{base}/?token=wrong", f"{base}/ws?token={console.token[:-1]}x"):
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(url, timeout=5)
        assert refused.value.code == 401

    async def ws_with(token):
        async with aiohttp.ClientSession() as http:
            await http.ws_connect(_ws_url(console, token))
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        asyncio.run(ws_with("nope"))
    assert refused.value.status == 401
    page = urllib.request.urlopen(console.url, timeout=5)
    assert page.status == 200 and "default-src 'none'" in page.headers["Content-Security-Policy"]
    assert page.headers["Referrer-Policy"] == "no-referrer"


def test_a_flood_is_rate_limited(session, example_show_path):
    live = LiveConsole(session, ConsoleOptions(port=0, rate_per_s=1.0, rate_burst=5), token="r" * 32)
    live.start()
    try:
        got = answers(run(live, [{"id": i, "type": "segment", "index": i % 5} for i in range(1, 21)]))
    finally:
        live.stop()
    codes = [got[i]["type"] if got[i]["type"] == "ack" else got[i]["code"] for i in range(1, 21)]
    assert codes[:5] == ["ack"] * 5
    assert codes.count("rate_limited") >= 14


def test_position_updates_arrive_as_the_prompter_moves(console, session):
    session.prompter.command(PrompterCommand.START)       # countdown, then prompting
    got = run(console, [{"id": 1, "type": "segment", "index": 3}],
              until=lambda r: any(m["type"] == "position" and m.get("on_air") == 3
                                  and m.get("state") == PrompterState.PROMPTING.value for m in r))
    last = [m for m in got if m["type"] == "position"][-1]
    assert last["segment"] == 3 and last["line"] == 0 and last["word"] == 0


def test_without_a_prompter_segments_still_switch_and_mark_says_why(example_show_path):
    from studio.show import load_show

    session = ConsoleSession(load_show(example_show_path), prompter=False)
    live = LiveConsole(session, ConsoleOptions(port=0), token="p" * 32)
    live.start()
    try:
        got = run(live, [{"id": 1, "type": "segment", "index": 4}, {"id": 2, "type": "mark", "segment": 4, "line": 0}],
                  until=lambda r: any(m["type"] == "position" and m.get("on_air") == 4 for m in r))
    finally:
        live.stop()
    assert answers(got)[1]["type"] == "ack" and answers(got)[2]["code"] == "no_prompter"
