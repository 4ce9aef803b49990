"""The caption feed: a local web page for an OBS / LIVE Studio browser source.

It runs on the studio's one loopback server (studio/localnet): 127.0.0.1 only, token from the URL,
Host checked against DNS rebinding. GET /captions serves the page (transparent background); /ws is
the WebSocket that pushes every CaptionEvent and the disclosure ticker to it.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from typing import Callable

from aiohttp import WSMsgType, web

from studio.core.events import CaptionEvent, EventBus, Severity, StatusMessage
from studio.localnet.server import LOOPBACK, LocalServerError, LoopbackOptions, LoopbackServer
from studio.localnet.tokens import saved_token as _saved_token
from studio.outputs.base import OutputHealth
from studio.outputs.events import TickerTextChanged
from studio.paths import assets_dir, data_dir

log = logging.getLogger(__name__)

DEFAULT_PORT = 8777
SETTINGS_FILE = "caption-feed.json"
RECENT_FINALS = 3          # what a browser source that (re)connects gets at once
MAX_PENDING_SENDS = 32     # a page that stops reading is skipped, never waited for


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
    return _saved_token(data_dir() / SETTINGS_FILE).token


def _page_html() -> str:
    folder = assets_dir() / "caption_feed"
    html = (folder / "index.html").read_text(encoding="utf-8")
    html = html.replace("/*STYLE*/", (folder / "caption_feed.css").read_text(encoding="utf-8"))
    return html.replace("/*SCRIPT*/", (folder / "caption_feed.js").read_text(encoding="utf-8"))


class CaptionFeedServer:
    """Serves the caption page and pushes captions to every connected browser source.

    `start()`/`close()` are called from the thread that owns the session (GUI or CLI). Routes run
    on the loopback server's thread; EventBus handlers run on the publisher's thread and only hand
    messages over to it.
    """

    def __init__(self, options: CaptionFeedOptions, events: EventBus,
                 ticker_provider: Callable[[], str] | None = None) -> None:
        self.options = options
        self.events = events
        # The disclosure ticker's current text ("" when hidden), asked on the server's thread,
        # for tickers that do not publish TickerTextChanged themselves.
        self.ticker_provider = ticker_provider
        self.token = options.token or saved_token()
        self._page = _page_html()
        self._server = LoopbackServer(
            "caption feed",
            LoopbackOptions(port=options.port, token=self.token, port_attempts=options.port_attempts,
                            max_body_bytes=4096, token_hint=": copy the URL again from the Go live panel"),
            self._add_routes)
        self._clients: dict[web.WebSocketResponse, int] = {}   # page -> sends not yet done
        self._finals: list[dict] = []
        self._partial: dict | None = None
        self._ticker = ""
        self._messages_sent = 0
        self._unsubscribe: list = []
        self._detail = "Not started."

    # ---- owner thread -------------------------------------------------------------------

    @property
    def port(self) -> int | None:
        return self._server.port

    @property
    def url(self) -> str:
        """The browser-source URL to paste into OBS (one click to copy in the Go live panel)."""
        if self.port is None:
            raise CaptionFeedError("The caption feed is not running.")
        return f"http://{LOOPBACK}:{self.port}/captions?token={self.token}"

    def start(self) -> str:
        """Bind and serve; returns the URL. Raises CaptionFeedError when no port can be had."""
        try:
            self._server.start()
        except LocalServerError as exc:
            raise CaptionFeedError(str(exc).replace("another port.", "another caption-feed port in "
                                                                      "Settings.")) from exc
        self._unsubscribe = [self.events.subscribe(CaptionEvent, self._on_caption),
                             self.events.subscribe(TickerTextChanged, self._on_ticker)]
        self._detail = f"Serving on {LOOPBACK}:{self.port}."
        if self.options.port and self.port != self.options.port:
            self._detail = (f"Port {self.options.port} is used by another program; the caption feed "
                            f"is on port {self.port}: copy its URL again into OBS.")
            self.events.publish(StatusMessage(Severity.WARNING, self._detail, "caption feed"))
        return self.url

    def health(self) -> OutputHealth:
        return OutputHealth(name="caption feed", ok=self.port is not None, detail=self._detail,
                            frames_written=self._messages_sent,
                            extra={"clients": len(self._clients), "refused": self._server.refused})

    def close(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        self._server.close()
        self._detail = "Stopped."

    # ---- publisher threads --------------------------------------------------------------

    def _on_caption(self, event: CaptionEvent) -> None:
        self._server.call_soon(self._publish, {"type": "caption", **event.to_json()})

    def _on_ticker(self, event: TickerTextChanged) -> None:
        self._server.call_soon(self._publish, {"type": "ticker", "text": event.text})

    # ---- the server's thread ------------------------------------------------------------

    def _add_routes(self, app: web.Application) -> None:
        app.router.add_get("/captions", self._serve_page)
        app.router.add_get("/ws", self._serve_socket)
        if self.ticker_provider is not None:
            app.cleanup_ctx.append(self._ticker_poller)

    async def _serve_page(self, request: web.Request) -> web.Response:
        return web.Response(text=self._page, content_type="text/html", charset="utf-8",
                            headers={"Cache-Control": "no-store"})

    async def _serve_socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(heartbeat=30)
        await ws.prepare(request)
        self._clients[ws] = 0
        try:
            hello = {"type": "state", "finals": self._finals, "partial": self._partial,
                     "ticker": self._ticker}
            await ws.send_str(json.dumps(hello, ensure_ascii=False))
            async for message in ws:        # the page sends nothing; wait for it to go away
                if message.type == WSMsgType.ERROR:
                    break
        finally:
            self._clients.pop(ws, None)
        return ws

    async def _ticker_poller(self, app: web.Application):
        task = asyncio.create_task(self._poll_ticker())
        yield
        task.cancel()

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

    def _publish(self, message: dict) -> None:
        if message["type"] == "caption":
            if message["kind"] == "final":
                self._finals = (self._finals + [message])[-RECENT_FINALS:]
                self._partial = None
            else:
                self._partial = message
        else:
            self._ticker = message["text"]
        data = json.dumps(message, ensure_ascii=False)
        for ws, pending in list(self._clients.items()):
            if pending < MAX_PENDING_SENDS and not ws.closed:
                self._clients[ws] = pending + 1
                asyncio.ensure_future(self._send(ws, data))
        self._messages_sent += 1

    async def _send(self, ws: web.WebSocketResponse, data: str) -> None:
        try:
            await ws.send_str(data)
        except (ConnectionError, RuntimeError):
            pass                    # the page went away; its handler removes it
        finally:
            if ws in self._clients:
                self._clients[ws] -= 1
