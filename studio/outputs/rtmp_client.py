"""A small RTMP(S) publishing client on a plain Python socket.

Why not FFmpeg's RTMP through PyAV: PyAV (18.1) opens an output URL with the GIL
held and without its timeout callback (`avio_open` in `start_encoding`), so a
server that accepts TCP but never answers froze the whole studio — preview
included. Here every network call is a socket call with a timeout that releases
the GIL, and the server's own refusal (onStatus / _error with its description)
is read instead of guessed. PyAV still does the H.264/AAC encoding and the FLV
muxing; this module carries the FLV tags (spec: Adobe RTMP 1.0, chunk stream
and NetConnection/NetStream commands).

Called only on the push thread that owns the connection.
"""

from __future__ import annotations

import os
import select
import socket
import ssl
import struct
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from studio.outputs import amf0

HANDSHAKE_SIZE = 1536
OUT_CHUNK_SIZE = 4096       # fewer chunk headers than the default 128; every server accepts it
DEFAULT_IN_CHUNK_SIZE = 128

# Message types (RTMP spec 5.4 and 7.1)
SET_CHUNK_SIZE, ACKNOWLEDGEMENT, USER_CONTROL, WINDOW_ACK_SIZE, SET_PEER_BANDWIDTH = 1, 3, 4, 5, 6
AUDIO, VIDEO, DATA_AMF0, COMMAND_AMF0 = 8, 9, 18, 20
PING_REQUEST, PING_RESPONSE = 6, 7

CSID_CONTROL, CSID_COMMAND, CSID_DATA, CSID_AUDIO, CSID_VIDEO = 2, 3, 4, 5, 6


class RtmpRefused(Exception):
    """The server answered and said no (bad key, unknown app, stream already publishing)."""


class RtmpLinkLost(ConnectionError):
    """The server closed the connection or stopped answering."""


@dataclass(frozen=True)
class RtmpTarget:
    scheme: str
    host: str
    port: int
    app: str
    stream: str            # the stream key (and any ?query the platform gave)

    @property
    def tc_url(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}/{self.app}"

    @classmethod
    def parse(cls, url: str) -> "RtmpTarget":
        """rtmp(s)://host[:port]/app/stream[?query]: the app is the first path part (as OBS does)."""
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("rtmp", "rtmps") or not parts.hostname:
            raise ValueError("the address must look like rtmp://server/app/stream-key")
        path = [p for p in parts.path.split("/") if p]
        if len(path) < 2:
            raise ValueError("the address has no stream key after the application name")
        stream = "/".join(path[1:]) + (f"?{parts.query}" if parts.query else "")
        return cls(scheme, parts.hostname, parts.port or (443 if scheme == "rtmps" else 1935),
                   path[0], stream)


@dataclass
class _InState:
    """What the previous chunk on one chunk stream said (fmt 1–3 headers reuse it)."""

    timestamp: int = 0
    length: int = 0
    type_id: int = 0
    stream_id: int = 0
    extended: bool = False
    payload: bytearray | None = None


class RtmpPublisher:
    """One publishing session: connect(), then send_tag() for each FLV tag, then close()."""

    def __init__(self, target: RtmpTarget, connect_timeout_s: float, io_timeout_s: float) -> None:
        self.target = target
        self.connect_timeout_s = connect_timeout_s
        self.io_timeout_s = io_timeout_s
        self._sock: socket.socket | None = None
        self._in = bytearray()
        self._in_chunk_size = DEFAULT_IN_CHUNK_SIZE
        self._in_states: dict[int, _InState] = {}
        self._received_bytes = 0
        self._acked_bytes = 0
        self._window_bytes = 2_500_000
        self._stream_id = 0
        self._next_txn = 1
        self.bytes_sent = 0

    # ---- connecting -----------------------------------------------------------------------

    def connect(self) -> None:
        """TCP (+TLS), handshake, connect, createStream, publish. Raises RtmpRefused or OSError."""
        deadline = time.monotonic() + self.connect_timeout_s * 2
        sock = socket.create_connection((self.target.host, self.target.port), self.connect_timeout_s)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)   # a frame leaves when it is ready
        if self.target.scheme == "rtmps":
            sock = ssl.create_default_context().wrap_socket(sock, server_hostname=self.target.host)
        sock.settimeout(self.io_timeout_s)
        self._sock = sock
        try:
            self._handshake()
            self._send_message(CSID_CONTROL, SET_CHUNK_SIZE, 0, 0, struct.pack(">I", OUT_CHUNK_SIZE))
            connect_txn = self._command("connect", {
                "app": self.target.app, "type": "nonprivate", "tcUrl": self.target.tc_url,
                "flashVer": "FMLE/3.0 (compatible; LiveHostStudio)", "swfUrl": self.target.tc_url})
            self._await_result(connect_txn, deadline, "connect")
            self._command("releaseStream", None, self.target.stream)
            self._command("FCPublish", None, self.target.stream)
            create_txn = self._command("createStream", None)
            result = self._await_result(create_txn, deadline, "createStream")
            self._stream_id = int(result[1]) if len(result) > 1 and isinstance(result[1], float) else 1
            self._command("publish", None, self.target.stream, "live", stream_id=self._stream_id,
                          csid=CSID_DATA)
            self._await_publish_start(deadline)
        except BaseException:
            self.abort()
            raise

    def _handshake(self) -> None:
        c1 = struct.pack(">II", 0, 0) + os.urandom(HANDSHAKE_SIZE - 8)
        self._sendall(b"\x03" + c1)
        s0_s1 = self._recv_exact(1 + HANDSHAKE_SIZE)
        if s0_s1[0] != 3:
            raise RtmpRefused("the server does not speak RTMP version 3 (is this an RTMP address?)")
        self._recv_exact(HANDSHAKE_SIZE)          # S2 echoes C1; servers differ in how exactly
        self._sendall(s0_s1[1:])                  # C2 echoes S1

    def _command(self, name: str, obj: Any, *args: Any, stream_id: int = 0,
                 csid: int = CSID_COMMAND) -> int:
        txn = self._next_txn
        self._next_txn += 1
        self._send_message(csid, COMMAND_AMF0, 0, stream_id, amf0.encode(name, txn, obj, *args))
        return txn

    def _await_result(self, txn: int, deadline: float, what: str) -> list[Any]:
        while True:
            for name, values in self._read_commands(deadline):
                if len(values) >= 1 and values[0] == txn:
                    if name == "_result":
                        return values[1:]
                    if name == "_error":
                        raise RtmpRefused(self._redact(_describe(values, what)))

    def _await_publish_start(self, deadline: float) -> None:
        while True:
            for name, values in self._read_commands(deadline):
                info = next((v for v in values if isinstance(v, dict) and "code" in v), None)
                if name == "onStatus" and info is not None:
                    if info.get("code") == "NetStream.Publish.Start":
                        return
                    if info.get("level") == "error" or "Publish" in str(info.get("code")):
                        raise RtmpRefused(self._redact(_describe([info], "publish")))
                elif name == "_error":
                    raise RtmpRefused(self._redact(_describe(values, "publish")))

    def _read_commands(self, deadline: float) -> list[tuple[str, list[Any]]]:
        """Wait for what the server sends next; returns the AMF0 commands among it."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the server did not finish the RTMP set-up in time")
        self._sock.settimeout(min(remaining, self.io_timeout_s))
        data = self._sock.recv(65536)
        self._sock.settimeout(self.io_timeout_s)
        if not data:
            # Servers such as nginx-rtmp hang up without a word on an unknown app or key.
            raise RtmpRefused("the server closed the connection during set-up")
        return self._take_incoming(data)

    # ---- publishing -----------------------------------------------------------------------

    def send_tag(self, tag_type: int, timestamp_ms: int, payload: bytes) -> None:
        """Send one FLV tag (8 audio, 9 video, 18 script data) as an RTMP message."""
        if tag_type == DATA_AMF0:
            payload = amf0.encode("@setDataFrame") + payload   # how encoders hand over onMetaData
            csid = CSID_DATA
        else:
            csid = CSID_AUDIO if tag_type == AUDIO else CSID_VIDEO
        self._send_message(csid, tag_type, timestamp_ms, self._stream_id, payload)
        self.poll()

    def poll(self) -> None:
        """Answer pings and notice a server that hung up or revoked the stream; never waits."""
        while True:
            readable, _, _ = select.select([self._sock], [], [], 0)
            if not readable:
                return
            data = self._sock.recv(65536)
            if not data:
                raise RtmpLinkLost("the server closed the connection")
            for name, values in self._take_incoming(data):
                info = next((v for v in values if isinstance(v, dict) and "code" in v), None)
                if name == "onStatus" and info is not None and info.get("level") == "error":
                    raise RtmpLinkLost(self._redact(_describe([info], "stream")))

    def close(self) -> None:
        """End the stream politely (the platform ends the LIVE cleanly), then hang up."""
        if self._sock is None:
            return
        try:
            self._command("FCUnpublish", None, self.target.stream)
            self._command("deleteStream", None, float(self._stream_id))
        except OSError:
            pass
        self.abort()

    def abort(self) -> None:
        if self._sock is not None:
            try:
                self._sock.close()
            finally:
                self._sock = None

    def _redact(self, text: str) -> str:
        """Servers may quote the stream name back: it is the key, so it never leaves here."""
        key = self.target.stream.split("?")[0]
        return text.replace(key, "<key>") if key else text

    # ---- chunk stream ---------------------------------------------------------------------

    def _send_message(self, csid: int, type_id: int, timestamp: int, stream_id: int, payload: bytes) -> None:
        timestamp &= 0xFFFFFFFF
        extended = timestamp >= 0xFFFFFF
        ext = struct.pack(">I", timestamp) if extended else b""
        header = (bytes([csid]) + (0xFFFFFF if extended else timestamp).to_bytes(3, "big")
                  + len(payload).to_bytes(3, "big") + bytes([type_id])
                  + struct.pack("<I", stream_id) + ext)
        parts = [header, payload[:OUT_CHUNK_SIZE]]
        for start in range(OUT_CHUNK_SIZE, len(payload), OUT_CHUNK_SIZE):
            parts.append(bytes([0xC0 | csid]) + ext)
            parts.append(payload[start:start + OUT_CHUNK_SIZE])
        self._sendall(b"".join(parts))

    def _sendall(self, data: bytes) -> None:
        if self._sock is None:
            raise RtmpLinkLost("not connected")
        self._sock.sendall(data)        # raises TimeoutError after io_timeout_s without progress
        self.bytes_sent += len(data)

    def _recv_exact(self, count: int) -> bytes:
        data = bytearray()
        while len(data) < count:
            piece = self._sock.recv(count - len(data))
            if not piece:
                raise RtmpRefused("the server closed the connection during the handshake")
            data += piece
        return bytes(data)

    def _take_incoming(self, data: bytes) -> list[tuple[str, list[Any]]]:
        self._in += data
        self._received_bytes += len(data)
        commands = []
        while (parsed := self._parse_one_chunk()) is not None:
            if parsed is True:
                continue                 # part of a longer message
            # Handled at once: a Set Chunk Size changes how the very next chunk is read.
            command = self._on_message(*parsed)
            if command is not None:
                commands.append(command)
        if self._received_bytes - self._acked_bytes >= self._window_bytes // 2:
            self._acked_bytes = self._received_bytes
            self._send_message(CSID_CONTROL, ACKNOWLEDGEMENT, 0, 0,
                               struct.pack(">I", self._received_bytes & 0xFFFFFFFF))
        return commands

    def _parse_one_chunk(self) -> tuple[int, bytes] | bool | None:
        """One chunk from the input buffer: a whole message, True (partial), None (need bytes)."""
        buf = self._in
        if len(buf) < 1:
            return None
        fmt, csid = buf[0] >> 6, buf[0] & 0x3F
        pos = 1
        if csid in (0, 1):
            extra = 1 if csid == 0 else 2
            if len(buf) < pos + extra:
                return None
            csid = 64 + buf[1] + (buf[2] * 256 if extra == 2 else 0)
            pos += extra
        header_len = (11, 7, 3, 0)[fmt]
        if len(buf) < pos + header_len:
            return None
        prev = self._in_states.get(csid, _InState())
        state = _InState(prev.timestamp, prev.length, prev.type_id, prev.stream_id, prev.extended,
                         prev.payload)
        if fmt <= 2:
            ts = int.from_bytes(buf[pos:pos + 3], "big")
            state.extended = ts == 0xFFFFFF
            if fmt <= 1:
                state.length = int.from_bytes(buf[pos + 3:pos + 6], "big")
                state.type_id = buf[pos + 6]
            if fmt == 0:
                state.stream_id = struct.unpack_from("<I", buf, pos + 7)[0]
            pos += header_len
            if state.extended:
                if len(buf) < pos + 4:
                    return None
                ts = struct.unpack_from(">I", buf, pos)[0]
                pos += 4
            state.timestamp = ts if fmt == 0 else state.timestamp + ts
        elif state.extended:
            if len(buf) < pos + 4:
                return None
            pos += 4
        if state.payload is None:
            state.payload = bytearray()
        take = min(self._in_chunk_size, state.length - len(state.payload))
        if len(buf) < pos + take:
            return None
        state.payload = state.payload + buf[pos:pos + take]
        del self._in[:pos + take]
        if len(state.payload) < state.length:
            self._in_states[csid] = state
            return True
        message = (state.type_id, bytes(state.payload))
        state.payload = None
        self._in_states[csid] = state
        return message

    def _on_message(self, type_id: int, payload: bytes) -> tuple[str, list[Any]] | None:
        if type_id == SET_CHUNK_SIZE and len(payload) >= 4:
            self._in_chunk_size = struct.unpack_from(">I", payload)[0] & 0x7FFFFFFF
        elif type_id == WINDOW_ACK_SIZE and len(payload) >= 4:
            self._window_bytes = max(1, struct.unpack_from(">I", payload)[0])
        elif type_id == USER_CONTROL and len(payload) >= 6:
            if struct.unpack_from(">H", payload)[0] == PING_REQUEST:
                self._send_message(CSID_CONTROL, USER_CONTROL, 0, 0,
                                   struct.pack(">H", PING_RESPONSE) + payload[2:6])
        elif type_id == COMMAND_AMF0:
            try:
                values = amf0.decode_all(payload)
            except amf0.Amf0Error:
                return None
            if values and isinstance(values[0], str):
                return values[0], values[1:]
        return None


def _describe(values: list[Any], what: str) -> str:
    info = next((v for v in values if isinstance(v, dict)), {})
    code = info.get("code") or ""
    description = info.get("description") or ""
    text = " — ".join(x for x in (code, description) if x)
    return f"the server rejected {what}" + (f": {text}" if text else "")
