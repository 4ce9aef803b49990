"""The local relay: HTTP POST and WebSocket on 127.0.0.1, always with the token; a malformed event
gets a clear 400 / error message and nothing else breaks; a flood is counted, never blocking."""

from __future__ import annotations

import http.client
import json
import time

import pytest
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from studio.comments.events import EventKind
from studio.comments.intake import EventIntake
from studio.comments.sources.relay import RelayOptions, RelaySource
from studio.localnet.server import LOOPBACK

TOKEN = "test-token-0123456789abcdef"


@pytest.fixture
def relay():
    intake = EventIntake(capacity=1000)
    source = RelaySource(RelayOptions(token=TOKEN, port=0), intake.offer)
    source.start_server()
    source.start()
    yield source, intake
    source.stop()


def _post(port: int, body, token: str | None = TOKEN, host: str | None = None, path: str = "/events"):
    conn = http.client.HTTPConnection(LOOPBACK, port, timeout=10)
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if host:
        headers["Host"] = host
    data = body if isinstance(body, (bytes, str)) else json.dumps(body)
    conn.request("POST", path, body=data, headers=headers)
    response = conn.getresponse()
    payload = json.loads(response.read() or b"{}")
    conn.close()
    return response.status, payload


def _drain(intake: EventIntake, want: int, timeout_s: float = 5.0):
    got, deadline = [], time.monotonic() + timeout_s
    while len(got) < want and time.monotonic() < deadline:
        got += intake.take(timeout_s=0.05)
    return got


def test_post_with_the_token_delivers_events(relay):
    source, intake = relay
    status, payload = _post(source.port, [{"text": "¿tienen el rojo?", "user": "ana", "platform": "shopee"},
                                          {"kind": "gift", "count": 2, "amount": 10}])
    assert (status, payload) == (200, {"ok": True, "accepted": 2})
    events = _drain(intake, 2)
    assert [(e.kind, e.platform) for e in events] == [(EventKind.COMMENT, "shopee"), (EventKind.GIFT, "relay")]


def test_no_token_or_a_wrong_token_is_refused(relay):
    source, intake = relay
    assert _post(source.port, {"text": "x"}, token=None)[0] == 401
    status, payload = _post(source.port, {"text": "x"}, token="wrong-token-wrong-token")
    assert status == 401 and "token" in payload["error"]
    assert _post(source.port, {"text": "x"}, token=None, path=f"/events?token={TOKEN}")[0] == 200
    assert len(_drain(intake, 1)) == 1 and source.server.refused == 2


def test_malformed_events_get_400_and_the_relay_goes_on(relay):
    source, intake = relay
    status, payload = _post(source.port, b"{this is not json")
    assert status == 400 and "not valid JSON" in payload["error"]
    status, payload = _post(source.port, {"kind": "comment", "text": 42})
    assert status == 400 and "'text' must be a string" in payload["error"]
    status, payload = _post(source.port, [{"text": "ok"}, {"kind": "nope"}])
    assert status == 400 and payload["error"].startswith("event 1: unknown kind")
    assert _post(source.port, b"x" * (2 * 1024 * 1024))[0] == 413
    assert _post(source.port, {"text": "still here"}) == (200, {"ok": True, "accepted": 1})
    assert [e.text for e in _drain(intake, 1)] == ["still here"]     # nothing of the bad ones got in
    assert source.rejected == 4


def test_loopback_only_by_default_and_a_foreign_host_header_is_refused(relay):
    source, _ = relay
    assert source.server.host == "127.0.0.1"
    status, payload = _post(source.port, {"text": "x"}, host="evil.example:80")   # DNS rebinding
    assert status == 403 and "127.0.0.1" in payload["error"]
    opened = RelaySource(RelayOptions(token=TOKEN, port=0, open_lan=True), lambda e: None)
    assert opened.server.host == "0.0.0.0"        # only when the host asks for it (not bound here)


def test_websocket_with_token_acknowledges_and_reports_errors_without_closing(relay):
    source, intake = relay
    with connect(f"ws://{LOOPBACK}:{source.port}/ws?token={TOKEN}") as ws:
        ws.send(json.dumps({"text": "quero 1 batom Ruby", "lang": "pt"}))
        assert json.loads(ws.recv(5)) == {"ok": True, "accepted": 1}
        ws.send("{broken")
        reply = json.loads(ws.recv(5))
        assert reply["ok"] is False and "not valid JSON" in reply["error"]
        ws.send(json.dumps([{"text": "a"}, {"kind": "like", "count": 3}]))
        assert json.loads(ws.recv(5)) == {"ok": True, "accepted": 2}
    events = _drain(intake, 2)
    assert [e.text for e in events if e.kind is EventKind.COMMENT] == ["quero 1 batom Ruby", "a"]


def test_websocket_without_token_is_refused(relay):
    source, _ = relay
    with pytest.raises(InvalidStatus) as error:
        with connect(f"ws://{LOOPBACK}:{source.port}/ws"):
            pass
    assert error.value.response.status_code == 401


def test_a_flood_through_the_relay_is_counted_and_the_relay_keeps_answering(relay):
    source, intake = relay          # capacity 1000, nobody draining
    started = time.monotonic()
    for batch in range(10):
        status, payload = _post(source.port, [{"text": f"spam {batch}-{i}"} for i in range(500)])
        assert (status, payload["accepted"]) == (200, 500)
    assert time.monotonic() - started < 10
    stats = intake.stats()
    assert stats.offered == 5000 and stats.queued == 1000 and stats.dropped_total == 4000
    assert _post(source.port, {"kind": "like", "count": 1})[0] == 200


def test_a_taken_port_moves_to_the_next_one(relay):
    source, _ = relay
    other = RelaySource(RelayOptions(token=TOKEN, port=source.port, ), lambda e: None)
    try:
        assert other.start_server() != source.port
    finally:
        other.stop()
