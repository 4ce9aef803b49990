"""AMF0, the value encoding of RTMP commands (Adobe AMF0 spec, section 2)."""

from __future__ import annotations

import struct
from typing import Any

NUMBER, BOOLEAN, STRING, OBJECT, NULL, UNDEFINED, ECMA_ARRAY, OBJECT_END = 0, 1, 2, 3, 5, 6, 8, 9
STRICT_ARRAY, DATE, LONG_STRING = 10, 11, 12


class Amf0Error(ValueError):
    """Bytes that are not AMF0 (a broken or hostile server)."""


def encode(*values: Any) -> bytes:
    return b"".join(_encode_one(v) for v in values)


def _encode_one(value: Any) -> bytes:
    if value is None:
        return bytes([NULL])
    if isinstance(value, bool):
        return bytes([BOOLEAN, int(value)])
    if isinstance(value, (int, float)):
        return bytes([NUMBER]) + struct.pack(">d", float(value))
    if isinstance(value, str):
        raw = value.encode("utf-8")
        if len(raw) > 0xFFFF:
            return bytes([LONG_STRING]) + struct.pack(">I", len(raw)) + raw
        return bytes([STRING]) + struct.pack(">H", len(raw)) + raw
    if isinstance(value, dict):
        body = b"".join(_key(k) + _encode_one(v) for k, v in value.items())
        return bytes([OBJECT]) + body + b"\x00\x00" + bytes([OBJECT_END])
    raise TypeError(f"AMF0 cannot encode {type(value).__name__}")


def _key(name: str) -> bytes:
    raw = name.encode("utf-8")
    return struct.pack(">H", len(raw)) + raw


def decode_all(data: bytes) -> list[Any]:
    values, pos = [], 0
    while pos < len(data):
        value, pos = _decode(data, pos)
        values.append(value)
    return values


def _need(data: bytes, pos: int, count: int) -> None:
    if pos + count > len(data):
        raise Amf0Error("AMF0 value cut short")


def _decode(data: bytes, pos: int) -> tuple[Any, int]:
    _need(data, pos, 1)
    marker, pos = data[pos], pos + 1
    if marker == NUMBER:
        _need(data, pos, 8)
        return struct.unpack_from(">d", data, pos)[0], pos + 8
    if marker == BOOLEAN:
        _need(data, pos, 1)
        return bool(data[pos]), pos + 1
    if marker in (STRING, LONG_STRING):
        size_len = 2 if marker == STRING else 4
        _need(data, pos, size_len)
        size = int.from_bytes(data[pos:pos + size_len], "big")
        pos += size_len
        _need(data, pos, size)
        return data[pos:pos + size].decode("utf-8", "replace"), pos + size
    if marker in (OBJECT, ECMA_ARRAY):
        if marker == ECMA_ARRAY:
            _need(data, pos, 4)
            pos += 4                       # the count is a hint; the end marker is what counts
        result: dict[str, Any] = {}
        while True:
            _need(data, pos, 3)
            size = int.from_bytes(data[pos:pos + 2], "big")
            if size == 0 and data[pos + 2] == OBJECT_END:
                return result, pos + 3
            pos += 2
            _need(data, pos, size)
            key = data[pos:pos + size].decode("utf-8", "replace")
            result[key], pos = _decode(data, pos + size)
    if marker in (NULL, UNDEFINED):
        return None, pos
    if marker == STRICT_ARRAY:
        _need(data, pos, 4)
        count, pos = int.from_bytes(data[pos:pos + 4], "big"), pos + 4
        items = []
        for _ in range(count):
            item, pos = _decode(data, pos)
            items.append(item)
        return items, pos
    if marker == DATE:
        _need(data, pos, 10)
        return struct.unpack_from(">d", data, pos)[0], pos + 10
    raise Amf0Error(f"unsupported AMF0 marker {marker}")
