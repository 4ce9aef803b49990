"""A TikTokLiveClient whose connection is local: each start() plays one scripted "connection" of
real webcast protobuf messages through the package's own parser and event dispatch, or fails the
way TikTok does (offline account, signing service refusal). Nothing leaves the machine."""

from __future__ import annotations

import asyncio
from typing import get_args

from TikTokLive import TikTokLiveClient
from TikTokLive.events import CommentEvent, GiftEvent
from TikTokLive.events.custom_events import DisconnectEvent
from TikTokLive.proto import ProtoMessageFetchResult, ProtoMessageFetchResultBaseProtoMessage
from TikTokLive.proto.custom_proto import ControlAction
from TikTokLiveProto.v3.webcast.model import message as webcast

_USER = get_args(CommentEvent._type_hints()["user"])[0]
_COMMON = get_args(CommentEvent._type_hints()["common"])[0]
_GIFT = get_args(GiftEvent._type_hints()["gift"])[0]


def _common(msg_id: int, method: str):
    return _COMMON(msg_id=msg_id, create_time=1764943200000 + msg_id, method=method)


def chat(msg_id: int, nickname: str, text: str, lang: str = "") -> ProtoMessageFetchResultBaseProtoMessage:
    raw = webcast.WebcastChatMessage(common=_common(msg_id, "WebcastChatMessage"),
                                     user=_USER(nickname=nickname, unique_id=nickname.lower()),
                                     content=text, content_language=lang)
    return ProtoMessageFetchResultBaseProtoMessage(method="WebcastChatMessage", payload=bytes(raw))


def like(msg_id: int, count: int):
    raw = webcast.WebcastLikeMessage(common=_common(msg_id, "WebcastLikeMessage"), count=count,
                                     user=_USER(nickname="fan"))
    return ProtoMessageFetchResultBaseProtoMessage(method="WebcastLikeMessage", payload=bytes(raw))


def join(msg_id: int, nickname: str):
    raw = webcast.WebcastMemberMessage(common=_common(msg_id, "WebcastMemberMessage"),
                                       user=_USER(nickname=nickname))
    return ProtoMessageFetchResultBaseProtoMessage(method="WebcastMemberMessage", payload=bytes(raw))


def viewers(msg_id: int, total: int):
    raw = webcast.WebcastRoomUserSeqMessage(common=_common(msg_id, "WebcastRoomUserSeqMessage"), total=total)
    return ProtoMessageFetchResultBaseProtoMessage(method="WebcastRoomUserSeqMessage", payload=bytes(raw))


def gift(msg_id: int, nickname: str, name: str, diamonds: int, repeat: int):
    raw = webcast.WebcastGiftMessage(common=_common(msg_id, "WebcastGiftMessage"), user=_USER(nickname=nickname),
                                     gift=_GIFT(name=name, diamond_count=diamonds), repeat_count=repeat,
                                     repeat_end=1)
    return ProtoMessageFetchResultBaseProtoMessage(method="WebcastGiftMessage", payload=bytes(raw))


def live_ended(msg_id: int):
    raw = webcast.WebcastControlMessage(common=_common(msg_id, "WebcastControlMessage"),
                                        action=ControlAction.STREAM_ENDED)
    return ProtoMessageFetchResultBaseProtoMessage(method="WebcastControlMessage", payload=bytes(raw))


class ScriptedTikTok(TikTokLiveClient):
    """plans: shared list; each start() takes the next: an exception to raise, or a list of
    message lists (one ProtoMessageFetchResult each) after which the connection drops."""

    def __init__(self, unique_id: str, plans: list) -> None:
        super().__init__(unique_id=unique_id)
        self._plans = plans

    async def start(self, **_):
        plan = self._plans.pop(0)
        if isinstance(plan, BaseException):
            raise plan
        self._room_id = 7001

        async def connection():
            for index, messages in enumerate(plan):
                response = ProtoMessageFetchResult(messages=messages, is_first=index == 0)
                async for event in self._parse_webcast_response(response):
                    self.emit(event.get_type(), event)
                await asyncio.sleep(0.01)
            self.emit(DisconnectEvent.get_type(), DisconnectEvent())

        self._event_loop_task = asyncio.get_running_loop().create_task(connection())
        return self._event_loop_task

    async def disconnect(self, close_client: bool = False) -> None:
        task, self._event_loop_task = self._event_loop_task, None
        if task is not None and not task.done():
            task.cancel()


class HangingTikTok(ScriptedTikTok):
    """A connection that never answers (a stalled network or signing service)."""

    async def start(self, **_):
        await asyncio.sleep(3600)
