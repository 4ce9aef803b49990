"""A generated test pattern: colour bars, a moving marker and a frame counter strip.

It is the camera stand-in when there is neither a camera nor a file. The moving
marker makes dropped or frozen frames visible; the counter strip encodes the frame
index in binary blocks, so a test can read back which frame it is looking at.
"""

from __future__ import annotations

import numpy as np

from studio.capture.base import RawFrame

# Colour bars, BGR: white, yellow, cyan, green, magenta, red, blue (SMPTE order).
BARS_BGR = [(235, 235, 235), (16, 235, 235), (235, 235, 16), (16, 235, 16), (235, 16, 235),
            (16, 16, 235), (235, 16, 16)]
COUNTER_BITS = 16


class TestPatternSource:
    """Called on the camera-capture thread only."""

    __test__ = False  # not a pytest class
    is_live = False

    def __init__(self, width: int = 1280, height: int = 720, fps: float = 30.0,
                 duration_s: float | None = None) -> None:
        self.width, self.height, self.fps = width, height, fps
        self.duration_s = duration_s
        self.name = f"test pattern {width}x{height}"
        self._base: np.ndarray | None = None
        self._index = 0

    def open(self) -> None:
        base = np.zeros((self.height, self.width, 3), np.uint8)
        bar_w = self.width / len(BARS_BGR)
        bars_h = int(self.height * 0.7)
        for i, colour in enumerate(BARS_BGR):
            base[:bars_h, int(i * bar_w): int((i + 1) * bar_w)] = colour
        ramp = np.linspace(0, 255, self.width, dtype=np.uint8)
        base[bars_h:] = ramp[None, :, None]
        self._base = base
        self._index = 0

    def read(self) -> RawFrame | None:
        if self._base is None:
            self.open()
        t = self._index / self.fps
        if self.duration_s is not None and t >= self.duration_s:
            return None
        image = self._base.copy()
        self._draw_marker(image, t)
        encode_counter(image, self._index)
        self._index += 1
        return RawFrame(image, t)

    def _draw_marker(self, image: np.ndarray, t: float) -> None:
        size = max(8, self.height // 12)
        y0 = int(self.height * 0.75)
        x0 = int((self.width - size) * (0.5 + 0.5 * np.sin(2 * np.pi * t / 4.0)))
        image[y0: y0 + size, x0: x0 + size] = (255, 255, 255)

    def close(self) -> None:
        self._base = None


def _counter_geometry(width: int, height: int) -> tuple[int, int, int]:
    # Centred horizontally so it survives the 9:16 crop of a 16:9 pattern.
    block = max(4, height // (COUNTER_BITS * 2))
    return block, height - 2 * block, (width - COUNTER_BITS * block) // 2


def encode_counter(image: np.ndarray, index: int) -> None:
    """Write index as COUNTER_BITS black/white blocks along the bottom edge."""
    block, y0, x0 = _counter_geometry(image.shape[1], image.shape[0])
    for bit in range(COUNTER_BITS):
        value = 255 if (index >> bit) & 1 else 0
        x = x0 + bit * block
        image[y0: y0 + block, x: x + block] = value


def decode_counter(image: np.ndarray) -> int:
    """Read back the frame index written by encode_counter (works after lossy encoding)."""
    block, y0, x0 = _counter_geometry(image.shape[1], image.shape[0])
    index = 0
    for bit in range(COUNTER_BITS):
        x = x0 + bit * block
        cell = image[y0 + block // 4: y0 + 3 * block // 4, x + block // 4: x + 3 * block // 4]
        if cell.mean() > 127:
            index |= 1 << bit
    return index
