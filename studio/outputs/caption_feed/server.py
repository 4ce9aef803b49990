"""The caption feed: a local web page for an OBS / LIVE Studio browser source.

One small server on 127.0.0.1 only (never another interface): GET /captions
serves the page (transparent background), /ws is the WebSocket that pushes every
CaptionEvent and the disclosure ticker to it. Both need the token from the URL;
anything else is refused. The Host header must name the loopback address too, so
a web page elsewhere cannot reach the feed through DNS rebinding.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import secrets
import threading
from dataclasses import dataclass
from http import HTTPStatus
from typing import Callable
from urllib.parse import parse_qs, urlsplit

from websockets.asyncio.server import ServerConnection, broadcast, serve
from websockets.datastructures import Headers
from websockets.http11 import Request, Response

from studio.core.events import CaptionEvent, EventBus, Severity, StatusMessage
from studio.outputs.base import OutputHealth
from studio.outputs.events import TickerTextChanged
from studio.paths import assets_dir, data_dir

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"
DEFAULT_PORT = 8777
SETTINGS_FILE = "caption-feed.json"
RECENT_FINALS = 3          # what a browser source that (re)connects gets at once


@dataclass
class CaptionFeedOptions:
    port: int = DEFAULT_PORT       # 0: any free port
    port_attempts: int = 10        # when the port is taken, try the next ones
    token: str | None = None       # None: the token saved in the data folder (made once)
    ticker_poll_s: float = 0.5     # how often ticker_provider (if given) is asked


class CaptionFeedError(Exception):
    """The feed cannot start; the message says why and what to do."""


def saved_token() -> str:
    """The feed's token, made once and kept so the URL pasted into OBS keeps working."""
    path = data_dir() / SETTINGS_FILE
    try:
        token = json.loads(path.read_text(encoding="utf-8")).get("token")
        if isinstance(token, str) and len(token) >= 16:
            return token
    except (OSError, ValueError):
        pass
    token = secrets.token_urlsafe(18)
    path.write_text(json.dumps({"token": token}), encoding="utf-8")
    return token


def _page_html() -> bytes:
    folder = assets_dir() / "caption_feed"
    html = (folder / "index.html").read_text(encoding="utf-8")
    html = html.replace("/*STYLE*/", (folder / "caption_feed.css").read_text(encoding="utf-8"))
    html = html.replace("/*SCRIPT*/", (folder / "caption_feed.js").read_text(encoding="utf-8"))
    return html.encode("utf-8")


class CaptionFeedServer:
    """Serves the caption page and pushes captions to every connected browser source.

    `start()`/`close()` are called from the thread that owns the session (GUI or
    CLI). The server runs its own asyncio loop on the thread "caption-feed";
    EventBus handlers run on the publisher's thread and only hand messages over
    with call_soon_threadsafe.
    """

    def __init__(self, options: CaptionFeedOptions, events: EventBus,
                 ticker_provider: Callable[[], str] | None = None) -> None:
        self.options = options
        self.events = events
        # The disclosure ticker's current text ("" when hidden), asked on the feed's thread,
        # for tickers that do not publish TickerTextChanged themselves.
        self.ticker_provider = ticker_provider
        self.token = options.token or saved_token()
        self.port: int | None = None
        self._page = _page_html()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stop: asyncio.Event | None = None
        self._clients: set[ServerConnection] = set()
        self._finals: list[dict] = []
        self._partial: dict | None = None
        self._ticker = ""
        self._messages_sent = 0
        self._refused = 0
        self._unsubscribe: list = []
        self._detail = "Not started."

    # ---- owner thread -------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The browser-source URL to paste into OBS (one click to copy in the Go live panel)."""
        if self.port is None:
            raise CaptionFeedError("The caption feed is not running.")
        return f"http://{LOOPBACK}:{self.port}/captions?token={self.token}"

    def start(self) -> str:
        """Bind and serve; returns the URL. Raises CaptionFeedError when no port can be had."""
        ready = threading.Event()
        failure: list[BaseException] = []
        self._thread = threading.Thread(target=self._serve_forever, args=(ready, failure),
                                        name="caption-feed", daemon=True)
        self._thread.start()
        ready.wait(10)
        if failure:
            self._thread.join(2)
            raise failure[0]
        self._unsubscribe = [self.events.subscribe(CaptionEvent, self._on_caption),
                             self.events.subscribe(TickerTextChanged, self._on_ticker)]
        self._detail = f"Serving on {LOOPBACK}:{self.port}."
        if self.options.port and self.port != self.options.port:
            self._detail = (f"Port {self.options.port} is used by another program; the caption feed "
                            f"is on port {self.port}: copy its URL again into OBS.")
            self.events.publish(StatusMessage(Severity.WARNING, self._detail, "caption feed"))
        log.info("caption feed on %s:%s", LOOPBACK, self.port)
        return self.url

    def health(self) -> OutputHealth:
        return OutputHealth(name="caption feed", ok=self.port is not None, detail=self._detail,
                            frames_written=self._messages_sent,
                            extra={"clients": len(self._clients), "refused": self._refused})

    def close(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(5)
        self.port = None
        self._detail = "Stopped."

    # ---- publisher threads --------------------------------------------------------------

    def _on_caption(self, event: CaptionEvent) -> None:
        self._post({"type": "caption", **event.to_json()})

    def _on_ticker(self, event: TickerTextChanged) -> None:
        self._post({"type": "ticker", "text": event.text})

    def _post(self, message: dict) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._publish, message)

    # ---- the caption-feed thread --------------------------------------------------------

    def _serve_forever(self, ready: threading.Event, failure: list[BaseException]) -> None:
        try:
            asyncio.run(self._main(ready, failure))
        except BaseException as exc:   # reported to start(); the session goes on without the feed
            if not ready.is_set():
                failure.append(exc)
                ready.set()
            else:
                log.exception("caption feed stopped")

    async def _main(self, ready: threading.Event, failure: list[BaseException]) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        server = None
        ports = ([0] if self.options.port == 0 else
                 [self.options.port + i for i in range(max(1, self.options.port_attempts))])
        for port in ports:
            try:
                server = await serve(self._handle, LOOPBACK, port, process_request=self._check,
                                     server_header=None)
                break
            except OSError as exc:
                log.info("caption feed: port %s unavailable (%s)", port, exc.strerror)
        if server is None:
            failure.append(CaptionFeedError(
                f"Ports {ports[0]}–{ports[-1]} on {LOOPBACK} are all in use: close the program "
                "using them or choose another caption-feed port in Settings."))
            ready.set()
            return
        self.port = server.sockets[0].getsockname()[1]
        ready.set()
        async with server:
            poller = asyncio.create_task(self._poll_ticker()) if self.ticker_provider else None
            await self._stop.wait()
            if poller is not None:
                poller.cancel()

    async def _poll_ticker(self) -> None:
        while True:
            try:
                text = self.ticker_provider() or ""
            except Exception:       # a broken provider must not stop the captions
                log.exception("caption feed: ticker provider failed")
                text = self._ticker
            if text != self._ticker:
                self._publish({"type": "ticker", "text": text})
            await asyncio.sleep(self.options.ticker_poll_s)

    def _check(self, connection: ServerConnection, request: Request) -> Response | None:
        parts = urlsplit(request.path)
        token = parse_qs(parts.query).get("token", [""])[0]
        host = request.headers.get("Host", "")
        if host not in (f"{LOOPBACK}:{self.port}", f"localhost:{self.port}"):
            return self._refuse(HTTPStatus.FORBIDDEN, "This feed answers only on 127.0.0.1.")
        if not hmac.compare_digest(token.encode(), self.token.encode()):
            return self._refuse(HTTPStatus.FORBIDDEN, "The caption feed needs its token: copy the "
                                "URL again from the Go live panel.")
        if parts.path == "/ws":
            return None                                       # go on with the WebSocket handshake
        if parts.path == "/captions":
            headers = Headers([("Content-Type", "text/html; charset=utf-8"),
                               ("Cache-Control", "no-store"),
                               ("Content-Length", str(len(self._page)))])
            return Response(200, "OK", headers, self._page)
        return self._refuse(HTTPStatus.NOT_FOUND, "Not found.")

    def _refuse(self, status: HTTPStatus, text: str) -> Response:
        self._refused += 1
        body = text.encode("utf-8")
        headers = Headers([("Content-Type", "text/plain; charset=utf-8"),
                           ("Content-Length", str(len(body)))])
        return Response(status.value, status.phrase, headers, body)

    async def _handle(self, connection: ServerConnection) -> None:
        self._clients.add(connection)
        try:
            hello = {"type": "state", "finals": self._finals, "partial": self._partial,
                     "ticker": self._ticker}
            await connection.send(json.dumps(hello, ensure_ascii=False))
            async for _ in connection:      # the page sends nothing; wait for it to go away
                pass
        finally:
            self._clients.discard(connection)

    def _publish(self, message: dict) -> None:
        if message["type"] == "caption":
            if message["kind"] == "final":
                self._finals = (self._finals + [message])[-RECENT_FINALS:]
                self._partial = None
            else:
                self._partial = message
        else:
            self._ticker = message["text"]
        broadcast(self._clients, json.dumps(message, ensure_ascii=False))
        self._messages_sent += 1
