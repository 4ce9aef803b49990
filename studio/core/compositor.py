"""Places the camera picture in the 9:16 or 16:9 canvas, with pan and zoom."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

ASPECTS = {"9:16": (9, 16), "16:9": (16, 9)}


@dataclass(frozen=True)
class CanvasConfig:
    """aspect: "9:16" (vertical: TikTok, Reels, Shorts) or "16:9".
    long_side_px: canvas size along its long side (1920 → 1080×1920 or 1920×1080).
    zoom: 1.0 fills the canvas with as much camera as fits (cover); 2.0 shows half as much.
    pan_x, pan_y: -1..1, where the crop sits inside the camera picture (0 = centred).
    """

    aspect: str = "9:16"
    long_side_px: int = 1920
    zoom: float = 1.0
    pan_x: float = 0.0
    pan_y: float = 0.0

    def __post_init__(self) -> None:
        if self.aspect not in ASPECTS:
            raise ValueError(f"canvas aspect must be one of {', '.join(ASPECTS)}")

    @property
    def size_px(self) -> tuple[int, int]:
        """(width, height), both even (H.264 wants even sizes)."""
        a, b = ASPECTS[self.aspect]
        long_side = self.long_side_px - self.long_side_px % 2
        short_side = int(round(long_side * min(a, b) / max(a, b)))
        short_side -= short_side % 2
        return (short_side, long_side) if a < b else (long_side, short_side)


def crop_rect(src_w: int, src_h: int, canvas: CanvasConfig) -> tuple[int, int, int, int]:
    """(x, y, w, h) of the camera region shown in the canvas."""
    cw, ch = canvas.size_px
    target = cw / ch
    if src_w / src_h > target:          # camera wider than the canvas: crop the sides
        h = src_h
        w = src_h * target
    else:                               # camera taller: crop top and bottom
        w = src_w
        h = src_w / target
    zoom = min(max(canvas.zoom, 1.0), 8.0)
    w, h = w / zoom, h / zoom
    pan_x = min(max(canvas.pan_x, -1.0), 1.0)
    pan_y = min(max(canvas.pan_y, -1.0), 1.0)
    x = (src_w - w) / 2 * (1 + pan_x)
    y = (src_h - h) / 2 * (1 + pan_y)
    return int(round(x)), int(round(y)), max(1, int(round(w))), max(1, int(round(h)))


class Compositor:
    """Called on the video-pipeline thread. `canvas` may be replaced from any thread
    (an attribute swap of a frozen dataclass is atomic in CPython)."""

    def __init__(self, canvas: CanvasConfig) -> None:
        self.canvas = canvas

    def compose(self, camera_bgr: np.ndarray) -> np.ndarray:
        canvas = self.canvas
        cw, ch = canvas.size_px
        h, w = camera_bgr.shape[:2]
        x, y, rw, rh = crop_rect(w, h, canvas)
        region = camera_bgr[y: y + rh, x: x + rw]
        # INTER_AREA when shrinking avoids aliasing; LINEAR is cheaper and fine when enlarging.
        interp = cv2.INTER_AREA if rw > cw else cv2.INTER_LINEAR
        return cv2.resize(region, (cw, ch), interpolation=interp)
