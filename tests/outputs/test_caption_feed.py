"""The OBS caption feed: a real server, a real headless Chromium, real WebSocket pushes."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request

import pytest
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from studio.core.events import CaptionEvent, EventBus, StatusMessage
from studio.outputs.caption_feed import CaptionFeedError, CaptionFeedOptions, CaptionFeedServer
from studio.outputs.events import TickerTextChanged

from .headless_chromium import HeadlessChromium
from .rtmp_server import free_port

LINES_JS = "document.getElementById('lines').innerText"


def _caption(kind: str, text: str, **translations: str) -> CaptionEvent:
    return CaptionEvent(kind=kind, start_s=1.0, end_s=2.0, emitted_s=2.3, text=text, lang="zh",
                        translations=translations)


@pytest.fixture
def feed():
    server = CaptionFeedServer(CaptionFeedOptions(port=0), EventBus())
    server.start()
    yield server
    server.close()


@pytest.fixture
def browser(tmp_path):
    chromium = HeadlessChromium(tmp_path / "chromium-profile")
    yield chromium
    chromium.close()


def _wait_clients(feed: CaptionFeedServer, count: int, browser: HeadlessChromium) -> None:
    assert browser.wait_for("document.body.dataset.connected === '1'"), "page never connected"
    assert feed.health().extra["clients"] == count


def test_captions_pushed_by_the_engine_appear_on_the_page(feed, browser):
    browser.navigate(feed.url)
    _wait_clients(feed, 1, browser)
    assert browser.evaluate("getComputedStyle(document.body).backgroundColor") == "rgba(0, 0, 0, 0)"
    assert browser.evaluate(LINES_JS) == ""

    feed.events.publish(_caption("partial", "欢迎来到"))
    assert browser.wait_for(f"{LINES_JS}.includes('欢迎来到')")
    assert browser.evaluate("document.querySelector('.partial') !== null")
    feed.events.publish(_caption("final", "欢迎来到直播间，今天的口红半价", es="Bienvenidos, hoy el labial a mitad de precio"))
    assert browser.wait_for(f"{LINES_JS} === '欢迎来到直播间，今天的口红半价'")
    assert browser.evaluate("document.querySelector('.partial') === null")

    feed.events.publish(TickerTextChanged("#广告 Paid partnership with Autumn Lip Co."))
    assert browser.wait_for("!document.getElementById('ticker').hidden")
    assert "Paid partnership" in browser.evaluate("document.getElementById('ticker-text').innerText")

    # A browser source that (re)loads gets the current state at once, in the chosen language.
    browser.navigate(feed.url + "&lang=es&original=1")
    assert browser.wait_for(f"{LINES_JS}.includes('Bienvenidos')")
    assert browser.evaluate(LINES_JS).splitlines() == ["欢迎来到直播间，今天的口红半价",
                                                      "Bienvenidos, hoy el labial a mitad de precio"]
    assert "Paid partnership" in browser.evaluate("document.getElementById('ticker-text').innerText")
    feed.events.publish(TickerTextChanged(""))
    assert browser.wait_for("document.getElementById('ticker').hidden")


def test_requests_without_the_token_are_refused(feed, browser):
    page_without = feed.url.split("?")[0]
    browser.navigate(page_without)
    assert browser.wait_for("document.body && document.body.innerText.includes('needs its token')")
    for url in (page_without, feed.url.replace(feed.token, feed.token[:-1] + ("y" if feed.token.endswith("x") else "x"))):
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(url, timeout=5)
        assert refused.value.code == 401
    ws_url = f"ws://127.0.0.1:{feed.port}/ws"
    for bad in (ws_url, ws_url + "?token=wrong"):
        with pytest.raises(InvalidStatus) as refused_ws:
            connect(bad, open_timeout=5)
        assert refused_ws.value.response.status_code == 401
    with connect(f"{ws_url}?token={feed.token}", open_timeout=5) as ws:
        assert '"type": "state"' in ws.recv(timeout=5)
    # A page elsewhere reaching the port through DNS rebinding names another host: refused.
    request = urllib.request.Request(feed.url, headers={"Host": f"evil.example:{feed.port}"})
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(request, timeout=5)
    assert feed.health().extra["refused"] >= 6


def _non_loopback_addresses() -> list[str]:
    addresses = set()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))            # TEST-NET: no packet is sent for UDP connect
            addresses.add(probe.getsockname()[0])
        except OSError:
            pass
    try:
        addresses.update(socket.gethostbyname_ex(socket.gethostname())[2])
    except OSError:
        pass
    return [a for a in addresses if not a.startswith("127.")]


def _listening_addresses(port: int) -> list[str]:
    """Local addresses listening on `port`, from the kernel's own table (/proc/net/tcp, tcp6)."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as f:
            for row in f.readlines()[1:]:
                local, state = row.split()[1], row.split()[3]
                address, port_hex = local.split(":")
                if state == "0A" and int(port_hex, 16) == port:   # 0A = LISTEN
                    found.append(address)
    return found


def test_nothing_listens_on_other_interfaces(feed):
    assert _listening_addresses(feed.port) == ["0100007F"]       # 127.0.0.1, little-endian hex
    for address in _non_loopback_addresses():
        with pytest.raises(OSError):
            socket.create_connection((address, feed.port), timeout=2).close()


def test_a_port_in_use_moves_to_the_next_and_says_so():
    events = EventBus()
    said: list[StatusMessage] = []
    events.subscribe(StatusMessage, said.append)
    port = free_port()
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", port))
        squatter.listen()
        server = CaptionFeedServer(CaptionFeedOptions(port=port), events)
        try:
            url = server.start()
            assert server.port != port and f":{server.port}/captions?token=" in url
            assert f"Port {port} is used by another program" in said[0].text
            assert "copy its URL again" in server.health().detail
        finally:
            server.close()

        crowded = CaptionFeedServer(CaptionFeedOptions(port=port, port_attempts=1), events)
        with pytest.raises(CaptionFeedError, match=f"Ports {port}–{port} on 127.0.0.1 are all in use"):
            crowded.start()


def test_the_token_survives_a_restart_so_the_obs_url_keeps_working():
    first = CaptionFeedServer(CaptionFeedOptions(port=0), EventBus())
    second = CaptionFeedServer(CaptionFeedOptions(port=0), EventBus())
    assert first.token == second.token and len(first.token) >= 20


def test_a_ticker_provider_is_mirrored_without_events():
    text = {"now": ""}
    server = CaptionFeedServer(CaptionFeedOptions(port=0, ticker_poll_s=0.05), EventBus(),
                               ticker_provider=lambda: text["now"])
    server.start()
    try:
        with connect(server.url.replace("http://", "ws://").replace("/captions", "/ws"),
                     open_timeout=5) as ws:
            assert '"ticker": ""' in ws.recv(timeout=5)
            text["now"] = "#ad · Sponsored · Werbung"
            assert '"#ad · Sponsored · Werbung"' in ws.recv(timeout=5)
    finally:
        server.close()


def test_three_caption_languages_reach_the_feed_and_the_page(feed, browser):
    event = CaptionEvent(kind="final", start_s=1.0, end_s=2.0, emitted_s=2.3, text="This serum is on sale.",
                         lang="en", translations={"es": "Este sérum está en oferta.", "pt": "Este sérum está em oferta.",
                                                  "id": "Serum ini sedang diskon."})
    with connect(f"ws://127.0.0.1:{feed.port}/ws?token={feed.token}", open_timeout=5) as ws:
        ws.recv(timeout=5)                                   # the state on connect
        feed.events.publish(event)
        pushed = json.loads(ws.recv(timeout=5))
    assert pushed["translations"] == event.translations      # every caption language is pushed
    browser.navigate(feed.url + "&lang=es,pt,id&original=1")
    assert browser.wait_for(f"{LINES_JS}.includes('Serum ini')")
    assert browser.evaluate(LINES_JS).splitlines() == ["This serum is on sale.", "Este sérum está en oferta.",
                                                      "Este sérum está em oferta.", "Serum ini sedang diskon."]
    browser.navigate(feed.url + "&lang=id,es")              # the browser source's own choice and order
    assert browser.wait_for(f"{LINES_JS}.startsWith('Serum ini')")
    assert browser.evaluate(LINES_JS).splitlines() == ["Serum ini sedang diskon.", "Este sérum está en oferta."]
