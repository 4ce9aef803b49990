"""The local relay: any tool (a browser extension on Shopee/Lazada/Amazon Live, a script, a second
laptop) feeds the studio live-room events over HTTP POST or a WebSocket, with the token.

    POST /events          body: one event object or a list (docs/comments.md) -> 200 {"ok":true,"accepted":N}
    GET  /ws              WebSocket: each text message is one event or a list; each answer is
                          {"ok":true,"accepted":N} or {"ok":false,"error":"..."}; the socket stays open
    GET  /health          {"ok":true,"events":N}

A malformed event is answered with 400 (or an error message on the WebSocket) that names the field;
nothing else changes. Events go to the sink (EventIntake.offer), which never blocks.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable

from aiohttp import WSMsgType, web

from studio.comments.schema import MAX_BATCH_EVENTS, MAX_EVENT_BYTES, EventFormatError, parse_body
from studio.comments.settings import DEFAULT_RELAY_PORT
from studio.comments.sources.base import EventSource, FeedState, FeedStateChanged, Sink
from studio.core.messages import message as host_message
from studio.localnet.server import LocalServerError, LoopbackOptions, LoopbackServer

log = logging.getLogger(__name__)

MAX_MESSAGE_BYTES = MAX_EVENT_BYTES * 64      # one POST body or WebSocket message (1 MiB)


@dataclass
class RelayOptions:
    token: str
    port: int = DEFAULT_RELAY_PORT   # 0: any free port
    open_lan: bool = False           # listen beyond 127.0.0.1 (a second laptop): only when asked
    platform: str = "relay"          # platform of events that do not name one


class RelaySource(EventSource):
    """The server runs on its own thread ("comments-relay-server"); this source's thread only
    starts it and waits for stop."""

    name = "relay"

    def __init__(self, options: RelayOptions, sink: Sink,
                 on_state: Callable[[FeedStateChanged], None] | None = None) -> None:
        super().__init__(sink, on_state)
        self.options = options
        self.rejected = 0
        self.server = LoopbackServer("comments relay", LoopbackOptions(
            port=options.port, token=options.token, open_lan=options.open_lan,
            max_body_bytes=MAX_MESSAGE_BYTES, token_hint=": `studio comments serve` prints it"), self._routes)

    def start_server(self) -> int:
        """Bind now, on the caller's thread, so a taken port is an error the caller can say."""
        return self.server.start()

    def run(self) -> None:
        if self.server.port is None:
            try:
                self.server.start()
            except LocalServerError as exc:
                self.set_state(FeedState.FAILED, str(exc))
                return
        self.set_state(FeedState.LIVE, host_message("feed.relay_listening",
                                               address=f"{self.server.host}:{self.server.port}"))
        self._halt.wait()
        self.server.close()
        self.set_state(FeedState.ENDED, host_message("feed.relay_stopped"))

    def request_stop(self) -> None:
        self.server.close()

    @property
    def port(self) -> int | None:
        return self.server.port

    # ---- the server's thread ------------------------------------------------------------

    def _routes(self, app: web.Application) -> None:
        app.router.add_post("/events", self._post)
        app.router.add_get("/ws", self._websocket)
        app.router.add_get("/health", self._health)

    def _accept(self, body: bytes | str) -> int:
        events = parse_body(body, source=self.name, default_platform=self.options.platform)
        for event in events:
            self.emit(event)
        return len(events)

    async def _post(self, request: web.Request) -> web.Response:
        try:
            body = await request.read()
        except web.HTTPRequestEntityTooLarge:
            self.rejected += 1
            return web.json_response({"ok": False, "error": f"body over {MAX_MESSAGE_BYTES} bytes"}, status=413)
        try:
            accepted = self._accept(body)
        except EventFormatError as exc:
            self.rejected += 1
            return web.json_response({"ok": False, "error": str(exc)}, status=400)
        return web.json_response({"ok": True, "accepted": accepted})

    async def _websocket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=MAX_MESSAGE_BYTES, heartbeat=30)
        await ws.prepare(request)
        async for message in ws:
            if message.type not in (WSMsgType.TEXT, WSMsgType.BINARY):
                continue
            try:
                reply = {"ok": True, "accepted": self._accept(message.data)}
            except EventFormatError as exc:
                self.rejected += 1
                reply = {"ok": False, "error": str(exc)}
            await ws.send_json(reply)
        return ws

    async def _health(self, request: web.Request) -> web.Response:
        return web.json_response({"ok": True, "events": self.events_out, "rejected": self.rejected,
                                  "max_events_per_message": MAX_BATCH_EVENTS})
