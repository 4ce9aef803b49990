"""TikTok LIVE through the community package TikTokLive (opt-in; docs/comments.md says the risks).

TikTokLive is unofficial: it reads a public live room the way the web player does, which TikTok's
terms of service do not allow, and it needs a third-party signing service (Euler Stream,
api.eulerstream.com; SIGN_API_KEY for more than the free rate) to open the connection. The host
turns it on knowingly; nothing here runs unless asked.

The adapter runs the client's asyncio loop on its own thread ("comments-tiktok"), maps the
package's events to LiveEvents, and reconnects with exponential back-off after a disconnect or a
failed connection, reporting each state (connected, reconnecting in N s, live ended).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Callable

from studio.comments.events import EventKind, LiveEvent
from studio.comments.sources.base import EventSource, FeedState, FeedStateChanged, Sink
from studio.core.messages import message

log = logging.getLogger(__name__)


@dataclass
class TikTokOptions:
    unique_id: str                  # the live's @name (with or without the @)
    backoff_initial_s: float = 2.0
    backoff_max_s: float = 60.0
    backoff_factor: float = 2.0
    max_attempts: int | None = None  # None: keep trying until stopped or the live ends


class TikTokUnavailable(Exception):
    """The TikTokLive package is not installed."""


def backoff_delays(options: TikTokOptions):
    """2, 4, 8 ... capped at backoff_max_s: one failed connection after another waits longer."""
    delay = options.backoff_initial_s
    while True:
        yield min(delay, options.backoff_max_s)
        delay *= options.backoff_factor


def _default_client(unique_id: str):
    try:
        from TikTokLive import TikTokLiveClient
    except ImportError as exc:
        raise TikTokUnavailable("TikTok LIVE needs the TikTokLive package: run scripts/setup.sh, "
                                "or .venv/bin/pip install TikTokLive") from exc
    return TikTokLiveClient(unique_id=unique_id)


class TikTokSource(EventSource):
    """client_factory(unique_id) -> a TikTokLiveClient (tests pass one whose connection is local)."""

    name = "tiktok"

    def __init__(self, options: TikTokOptions, sink: Sink,
                 on_state: Callable[[FeedStateChanged], None] | None = None,
                 client_factory: Callable[[str], object] | None = None) -> None:
        super().__init__(sink, on_state)
        self.options = options
        self.unique_id = options.unique_id.strip().lstrip("@")
        self.source_id = f"tiktok:@{self.unique_id}"
        self._factory = client_factory or _default_client
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._live_ended = False
        self.connections = 0
        self.delays_s: list[float] = []

    def run(self) -> None:
        asyncio.run(self._serve())

    def request_stop(self) -> None:
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(wake.set)
            except RuntimeError:
                pass

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        if self.stopping:
            return
        delays = backoff_delays(self.options)
        attempts = 0
        while not self.stopping:
            attempts += 1
            self.set_state(FeedState.STARTING, message("feed.tiktok_connecting", user=self.unique_id))
            try:
                reason = await self._session()
                delays = backoff_delays(self.options)      # a connection that worked resets the back-off
            except TikTokUnavailable as exc:
                self.set_state(FeedState.FAILED, str(exc))
                return
            except Exception as exc:   # offline, blocked, signing service refused...: say it, try again
                reason = _describe(exc)
            if self.stopping:
                break
            if self._live_ended:
                self.set_state(FeedState.ENDED, message("feed.tiktok_ended", user=self.unique_id))
                return
            if self.options.max_attempts is not None and attempts >= self.options.max_attempts:
                self.set_state(FeedState.FAILED, message("feed.tiktok_gave_up", user=self.unique_id, reason=reason,
                                                         attempts=attempts))
                return
            delay = next(delays)
            self.delays_s.append(delay)
            self.set_state(FeedState.RECONNECTING, message("feed.tiktok_reconnecting", user=self.unique_id,
                                                           reason=reason, seconds=f"{delay:.0f}"), retry_in_s=delay)
            try:
                await asyncio.wait_for(self._wake.wait(), delay)
            except asyncio.TimeoutError:
                pass
        self.set_state(FeedState.ENDED, message("feed.tiktok_stopped"))

    async def _session(self) -> str:
        """One connection, until it drops (returns why) or stop is asked."""
        client = self._factory(self.unique_id)
        self._listen(client)
        stop_waiter = asyncio.ensure_future(self._wake.wait())
        try:
            # Connecting goes through TikTok's pages and the signing service: a stop must not wait
            # for a slow network.
            connecting = asyncio.ensure_future(client.start(fetch_live_check=True))
            await asyncio.wait({connecting, stop_waiter}, return_when=asyncio.FIRST_COMPLETED)
            if not connecting.done():
                connecting.cancel()
                return "stopped"
            task = connecting.result()
            self.connections += 1
            self.set_state(FeedState.LIVE, message("feed.tiktok_connected", user=self.unique_id))
            done, _ = await asyncio.wait({task, stop_waiter}, return_when=asyncio.FIRST_COMPLETED)
            if task in done and not task.cancelled() and task.exception() is not None:
                return _describe(task.exception())
            return "disconnected"
        finally:
            stop_waiter.cancel()
            try:
                await client.disconnect(close_client=False)
            except Exception:      # already gone: nothing to close
                log.debug("tiktok: disconnect after the end failed", exc_info=True)

    def _listen(self, client) -> None:
        from TikTokLive.events import (CommentEvent, GiftEvent, JoinEvent, LikeEvent, LiveEndEvent,
                                       RoomUserSeqEvent)

        client.add_listener(CommentEvent, self._on_comment)
        client.add_listener(JoinEvent, self._on_join)
        client.add_listener(LikeEvent, self._on_like)
        client.add_listener(GiftEvent, self._on_gift)
        client.add_listener(RoomUserSeqEvent, self._on_viewers)
        client.add_listener(LiveEndEvent, self._on_live_end)

    # ---- TikTokLive events -> LiveEvent (on this source's loop) -------------------------

    def _make(self, kind: EventKind, event, **fields) -> LiveEvent:
        common = getattr(event, "common", None)
        user = getattr(event, "user", None)
        return LiveEvent.create(kind, source=self.source_id, platform="tiktok",
                                event_id=getattr(common, "msg_id", None) or None,
                                wall_ms=getattr(common, "create_time", None) or None,
                                user=getattr(user, "nickname", None) or getattr(user, "unique_id", None),
                                **fields)

    async def _on_comment(self, event) -> None:
        self.emit(self._make(EventKind.COMMENT, event, text=event.content,
                             lang=getattr(event, "content_language", None) or None))

    async def _on_join(self, event) -> None:
        self.emit(self._make(EventKind.JOIN, event, count=1))

    async def _on_like(self, event) -> None:
        self.emit(self._make(EventKind.LIKE, event, count=event.count or 1))

    async def _on_gift(self, event) -> None:
        if event.streaking:          # a combo in progress: its last event carries the full count
            return
        gift = event.gift
        diamonds = (gift.diamond_count * event.repeat_count) if gift is not None else None
        self.emit(self._make(EventKind.GIFT, event, count=event.repeat_count or 1,
                             text=getattr(gift, "name", "") or "", amount=diamonds,
                             currency="DIAMOND" if diamonds is not None else None))

    async def _on_viewers(self, event) -> None:
        self.emit(self._make(EventKind.VIEWER_COUNT, event, count=event.total))

    async def _on_live_end(self, event) -> None:
        self._live_ended = True
        self._wake.set()


def _describe(exc: BaseException) -> str:
    name = type(exc).__name__
    if name == "UserOfflineError":
        return "the account is not live now"
    if name == "UserNotFoundError":
        return "no such account"
    if "Sign" in name:
        return f"the signing service refused ({exc})"
    text = str(exc).strip()
    return f"{name}: {text[:160]}" if text else name
