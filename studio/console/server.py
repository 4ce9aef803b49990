"""The console's HTTP + WebSocket routes on a LoopbackServer (its own thread, token on every request).

GET /?token=T        the page (assets/console/console.html), with a strict content policy
GET /ws?token=T      the WebSocket: commands in, position pushes out (studio.console.protocol)

Commands are parsed and checked here, then handed to `apply` on the server's thread: apply only
queues work for the session (a prompter command, a bus event) and returns at once.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
from typing import Callable

from aiohttp import WSMsgType, web

from studio.console.protocol import (MAX_MESSAGE_BYTES, Command, CommandError, RateLimiter,
                                     error_message)
from studio.localnet.server import LOOPBACK, LoopbackOptions, LoopbackServer

log = logging.getLogger(__name__)

MAX_CLIENTS = 8             # a producer, an adviser, a spare tablet: more is a mistake or an attack


def page_html() -> str:
    from studio.paths import assets_dir

    return (assets_dir() / "console" / "console.html").read_text(encoding="utf-8")


def lan_address() -> str:
    """This machine's address on the local network (the route out; no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))        # TEST-NET-1: never routed anywhere
            return probe.getsockname()[0]
        except OSError:
            return LOOPBACK


class ConsoleServer:
    """start()/close() on the owner's thread. `hello()` gives the greeting for a new page;
    `apply(command)` returns None or raises CommandError. `broadcast` from any thread."""

    def __init__(self, port: int, token: str, open_lan: bool, parse: Callable[[str], Command],
                 apply: Callable[[Command], None], hello: Callable[[], list[dict]],
                 rate_per_s: float = 5.0, rate_burst: int = 10) -> None:
        self.token = token
        self._parse, self._apply, self._hello = parse, apply, hello
        self._rate = (rate_per_s, rate_burst)
        self._clients: set[web.WebSocketResponse] = set()
        self._page: str | None = None
        self.server = LoopbackServer("producer console", LoopbackOptions(
            port=port, token=token, open_lan=open_lan, max_body_bytes=MAX_MESSAGE_BYTES,
            token_hint=": scan the QR code in the studio window (Show → Producer console)"), self._routes)

    # ---- owner's thread -----------------------------------------------------------------

    def start(self) -> int:
        self._page = page_html()
        return self.server.start()

    def close(self) -> None:
        self.server.close()

    @property
    def port(self) -> int | None:
        return self.server.port

    @property
    def url(self) -> str:
        """The page's address with its token: what the QR code carries. On the LAN address when opened."""
        host = lan_address() if self.server.options.open_lan else LOOPBACK
        return f"http://{host}:{self.port}/?token={self.token}"

    @property
    def clients(self) -> int:
        return len(self._clients)

    # ---- any thread ---------------------------------------------------------------------

    def broadcast(self, message: dict) -> None:
        text = json.dumps(message, ensure_ascii=False)
        self.server.call_soon(lambda: asyncio.ensure_future(self._send_all(text)))

    # ---- the server's thread ------------------------------------------------------------

    def _routes(self, app: web.Application) -> None:
        app.router.add_get("/", self._get_page)
        app.router.add_get("/ws", self._websocket)
        app.on_shutdown.append(self._close_clients)   # open pages hear "going away" and reconnect later

    async def _get_page(self, request: web.Request) -> web.Response:
        # The token rides in the URL (the QR code): no referrer may carry it elsewhere, nothing is
        # cached, and the page may run only its own inline code and talk only to this server.
        headers = {
            "Content-Security-Policy": (
                "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
                f"connect-src ws://{request.host}; img-src data:; base-uri 'none'; form-action 'none'; "
                "frame-ancestors 'none'"),
            "Referrer-Policy": "no-referrer", "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff"}
        return web.Response(text=self._page or "", content_type="text/html", charset="utf-8", headers=headers)

    async def _websocket(self, request: web.Request) -> web.StreamResponse:
        if len(self._clients) >= MAX_CLIENTS:
            return web.json_response({"ok": False, "error": f"At most {MAX_CLIENTS} consoles at once."},
                                     status=503)
        ws = web.WebSocketResponse(max_msg_size=MAX_MESSAGE_BYTES, heartbeat=20.0)
        await ws.prepare(request)
        self._clients.add(ws)
        limiter = RateLimiter(*self._rate)
        try:
            for message in self._hello():
                await ws.send_str(json.dumps(message, ensure_ascii=False))
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    if msg.type is WSMsgType.BINARY:
                        await ws.send_json(error_message(CommandError("bad_json", "send JSON text")))
                    continue
                await ws.send_str(json.dumps(self._handle(msg.data, limiter), ensure_ascii=False))
        finally:
            self._clients.discard(ws)
        return ws

    def _handle(self, data: str, limiter: RateLimiter) -> dict:
        try:
            if not limiter.allow():
                raise CommandError("rate_limited", "too many commands: wait a moment")
            command = self._parse(data)
            self._apply(command)
            return {"type": "ack", "id": command.id}
        except CommandError as exc:
            if exc.command_id is None:
                try:   # say which command was refused when the page numbered it
                    raw = json.loads(data)
                    exc.command_id = raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), int) else None
                except ValueError:
                    pass
            return error_message(exc)

    async def _send_all(self, text: str) -> None:
        for ws in list(self._clients):
            if not ws.closed:
                try:
                    await ws.send_str(text)
                except (ConnectionError, RuntimeError):
                    self._clients.discard(ws)

    async def _close_clients(self, app: web.Application) -> None:
        for ws in list(self._clients):
            await ws.close(code=1001, message=b"studio closed the console")
