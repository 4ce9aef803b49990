"""What the host is told about RTMP destinations and link failures: one sentence each, never the key."""

from __future__ import annotations

import socket
import ssl
from urllib.parse import urlsplit

import av.error

from studio.outputs.rtmp_client import RtmpLinkLost, RtmpRefused
from studio.outputs.stream_keys import redact_url

TIKTOK_SIMULCAST_WARNING = (
    "TikTok's LIVE rules forbid streaming the same LIVE to other platforms at the same time "
    "(simulcasting): a TikTok LIVE that is simulcast can be ended and the account restricted. "
    "Use more than one destination only when none of them is a TikTok LIVE.")


class DestinationError(Exception):
    """The set of destinations is not allowed (e.g. several without the simulcast opt-in)."""


def is_tiktok_url(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return "tiktok" in host


def check_destinations(urls: list[str], allow_multiple: bool) -> list[str]:
    """Validate the push URLs; returns warnings to show. Several destinations are opt-in."""
    if not urls:
        raise DestinationError("No streaming address: give the Server URL from the platform "
                               "(rtmp:// or rtmps://) and the stream key.")
    for url in urls:
        if not url.strip():
            raise DestinationError("The streaming address is empty: paste the Server URL from the "
                                   "platform (it starts with rtmp:// or rtmps://).")
        scheme = urlsplit(url).scheme.lower()
        if scheme not in ("rtmp", "rtmps"):
            raise DestinationError(f"{redact_url(url)} is not an RTMP address: it must start with "
                                   "rtmp:// or rtmps:// (copy the Server URL from the platform).")
    if len(urls) > 1 and not allow_multiple:
        raise DestinationError("Streaming to more than one destination must be switched on "
                               "explicitly (multi-destination). " + TIKTOK_SIMULCAST_WARNING)
    if len(urls) > 1:
        warning = TIKTOK_SIMULCAST_WARNING
        if any(is_tiktok_url(u) for u in urls):
            warning = "One destination is TikTok. " + warning
        return [warning]
    return []


class _LinkError(Exception):
    """A connect or send failure, already turned into a sentence for the host."""

    def __init__(self, message: str, refused: bool = False) -> None:
        super().__init__(message)
        self.refused = refused


def describe_network_error(exc: BaseException, where: str) -> _LinkError:
    """One sentence for the host, never holding the key (RtmpRefused texts are redacted)."""
    if isinstance(exc, RtmpRefused):
        return _LinkError(f"{where} refused the stream ({exc}): check the stream key (keys expire; "
                          "some platforms accept one only after the LIVE is set up).", refused=True)
    if isinstance(exc, socket.gaierror):
        return _LinkError(f"Cannot find the server {where.split(':')[0]}: check the server address "
                          "and the network.")
    if isinstance(exc, ConnectionRefusedError):
        return _LinkError(f"Nothing accepts connections at {where}: check the server URL "
                          "and that the server is up.")
    if isinstance(exc, TimeoutError):
        return _LinkError(f"{where} did not answer in time: the network is slow or down.")
    if isinstance(exc, ssl.SSLError):
        return _LinkError(f"The secure (RTMPS) connection to {where} failed: {exc.reason or exc}.")
    if isinstance(exc, (RtmpLinkLost, BrokenPipeError, ConnectionResetError, ConnectionAbortedError)):
        return _LinkError(f"The connection to {where} dropped ({exc}).")
    if isinstance(exc, av.error.FFmpegError):
        return _LinkError(f"Encoding failed ({type(exc).__name__}).")
    return _LinkError(f"The link to {where} failed ({type(exc).__name__}: {exc}).")
