"""A small aiohttp server on its own thread: loopback only unless opened on purpose, token always.

Why aiohttp and not websockets: a relay takes HTTP POST bodies, which the websockets server refuses
by design; aiohttp serves pages, POST and WebSocket on one port. The comments relay, the producer
console and the OBS caption feed all run on this one server.

Every request needs the token, as `Authorization: Bearer TOKEN`, an `X-Studio-Token` header or
`?token=` in the URL (browsers cannot set headers on a WebSocket). While bound to loopback, the
Host header must name the loopback address too, so a web page elsewhere cannot reach the port
through DNS rebinding. Bodies are capped (max_body_bytes); aiohttp answers 413 beyond it.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from dataclasses import dataclass
from typing import Callable

from aiohttp import web

from studio.localnet.tokens import token_matches

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"
ALL_INTERFACES = "0.0.0.0"


@dataclass
class LoopbackOptions:
    port: int                       # 0: any free port
    token: str
    open_lan: bool = False          # listen on every interface: only when the host asks for it
    port_attempts: int = 10         # when the port is taken, try the next ones
    max_body_bytes: int = 1024 * 1024
    token_hint: str = ""            # where the user finds the token, added to the 401 message


class LocalServerError(Exception):
    """The server cannot start; the message says why and what to do."""


def _json_error(status: int, text: str) -> web.Response:
    return web.json_response({"ok": False, "error": text}, status=status)


class LoopbackServer:
    """start()/close() are called on the owner's thread; routes run on the server's own thread
    ("<name>-server") in its asyncio loop, so handlers must not block (hand work to a queue)."""

    def __init__(self, name: str, options: LoopbackOptions, add_routes: Callable[[web.Application], None]) -> None:
        self.name = name
        self.options = options
        self._add_routes = add_routes
        self.port: int | None = None
        self.refused = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread: threading.Thread | None = None

    @property
    def host(self) -> str:
        return ALL_INTERFACES if self.options.open_lan else LOOPBACK

    @property
    def base_url(self) -> str:
        if self.port is None:
            raise LocalServerError(f"The {self.name} is not running.")
        return f"http://{LOOPBACK}:{self.port}"

    def start(self) -> int:
        """Bind and serve; returns the port. Raises LocalServerError when no port can be had."""
        ready = threading.Event()
        failure: list[BaseException] = []
        self._thread = threading.Thread(target=self._serve_forever, args=(ready, failure),
                                        name=f"{self.name}-server", daemon=True)
        self._thread.start()
        ready.wait(15)
        if failure:
            self._thread.join(2)
            raise failure[0]
        if self.port is None:
            raise LocalServerError(f"The {self.name} did not start in time.")
        log.info("%s on %s:%s", self.name, self.host, self.port)
        return self.port

    def close(self) -> None:
        if self._loop is not None and self._stop is not None and not self._loop.is_closed():
            try:
                self._loop.call_soon_threadsafe(self._stop.set)
            except RuntimeError:      # the loop closed meanwhile
                pass
        if self._thread is not None:
            self._thread.join(5)
        self.port = None

    def call_soon(self, callback: Callable, *args) -> None:
        """Run callback on the server's thread (e.g. to send on a WebSocket from another thread)."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(callback, *args)

    # ---- the server's thread ------------------------------------------------------------

    def _serve_forever(self, ready: threading.Event, failure: list[BaseException]) -> None:
        try:
            asyncio.run(self._main(ready, failure))
        except BaseException as exc:   # reported to start(); the session goes on without the server
            if not ready.is_set():
                failure.append(exc)
                ready.set()
            else:
                log.exception("%s stopped", self.name)

    async def _main(self, ready: threading.Event, failure: list[BaseException]) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        app = web.Application(client_max_size=self.options.max_body_bytes, middlewares=[self._guard])
        self._add_routes(app)
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        ports = ([0] if self.options.port == 0 else
                 [self.options.port + i for i in range(max(1, self.options.port_attempts))])
        for port in ports:
            site = web.TCPSite(runner, self.host, port, reuse_address=False)
            try:
                await site.start()
                self.port = site._server.sockets[0].getsockname()[1]
                break
            except OSError as exc:
                log.info("%s: port %s unavailable (%s)", self.name, port, exc.strerror)
        if self.port is None:
            await runner.cleanup()
            failure.append(LocalServerError(
                f"Ports {ports[0]}–{ports[-1]} on {self.host} are all in use: close the program using "
                f"them or choose another port."))
            ready.set()
            return
        ready.set()
        try:
            await self._stop.wait()
        finally:
            await runner.cleanup()

    @web.middleware
    async def _guard(self, request: web.Request, handler):
        if not self.options.open_lan:
            host = request.headers.get("Host", "")
            if host not in (f"{LOOPBACK}:{self.port}", f"localhost:{self.port}"):
                self.refused += 1
                return _json_error(403, f"This {self.name} answers only on {LOOPBACK}.")
        auth = request.headers.get("Authorization", "")
        given = (auth[7:].strip() if auth.lower().startswith("bearer ") else None) \
            or request.headers.get("X-Studio-Token") or request.query.get("token")
        if not token_matches(given, self.options.token):
            self.refused += 1
            return _json_error(401, f"The {self.name} needs its token (Authorization: Bearer TOKEN, "
                                    f"or ?token=TOKEN){self.options.token_hint}.")
        return await handler(request)
