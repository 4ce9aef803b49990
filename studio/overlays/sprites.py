"""Accessory images as premultiplied RGBA, warped onto the frame by an affine transform.

Built-in items are SVG (rasterised once with QtSvg through QtGui, no widgets);
merchant items are transparent PNGs. Each sprite keeps a small mip chain so a
large image drawn small is filtered, not aliased. Used on the video-pipeline thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from studio.overlays.qt_paint import blend_rgba, ensure_gui_application, qimage_to_array

# SVGs are rasterised at this many pixels per SVG unit: a 500-unit pair of glasses becomes
# 1000 px, enough for a 1080p close-up without upscaling.
SVG_RASTER_SCALE = 2.0


class SpriteError(ValueError):
    """An item image that cannot be read."""


def _render_svg(path: Path, scale: float) -> np.ndarray:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    ensure_gui_application()
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        raise SpriteError(f"{path}: not a valid SVG")
    size = renderer.defaultSize()
    w, h = max(1, round(size.width() * scale)), max(1, round(size.height() * scale))
    image = QImage(w, h, QImage.Format.Format_RGBA8888_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, w, h))
    finally:
        painter.end()
    return qimage_to_array(image)


def _read_png(path: Path) -> np.ndarray:
    data = cv2.imread(str(path), cv2.IMREAD_UNCHANGED)
    if data is None:
        raise SpriteError(f"{path}: cannot read the image")
    if data.ndim == 2:
        data = cv2.cvtColor(data, cv2.COLOR_GRAY2BGRA)
    elif data.shape[2] == 3:
        data = cv2.cvtColor(data, cv2.COLOR_BGR2BGRA)
    if data.dtype != np.uint8:
        data = (data / 257).astype(np.uint8)                # 16-bit PNG
    rgba = cv2.cvtColor(data, cv2.COLOR_BGRA2RGBA).astype(np.uint16)
    rgba[..., :3] = (rgba[..., :3] * rgba[..., 3:4] + 127) // 255   # premultiply, as Qt does
    return rgba.astype(np.uint8)


@dataclass
class Sprite:
    """An item image: level 0 in the units its anchor file uses, then halvings."""

    levels: list[np.ndarray]       # premultiplied RGBA
    units_per_px: float            # anchor-file units per level-0 pixel (SVG: 1/SVG_RASTER_SCALE)

    @property
    def size_units(self) -> tuple[float, float]:
        h, w = self.levels[0].shape[:2]
        return w * self.units_per_px, h * self.units_per_px

    @classmethod
    def load(cls, path: Path) -> "Sprite":
        if path.suffix.lower() == ".svg":
            base, units_per_px = _render_svg(path, SVG_RASTER_SCALE), 1.0 / SVG_RASTER_SCALE
        else:
            base, units_per_px = _read_png(path), 1.0
        levels = [base]
        while min(levels[-1].shape[:2]) > 16 and len(levels) < 6:
            levels.append(cv2.pyrDown(levels[-1]))
        return cls(levels, units_per_px)

    def mirrored(self) -> "Sprite":
        return Sprite([np.ascontiguousarray(level[:, ::-1]) for level in self.levels], self.units_per_px)


def draw_sprite(frame_bgr: np.ndarray, sprite: Sprite, units_to_frame: np.ndarray) -> bool:
    """Warp and blend the sprite in place. units_to_frame: 2×3 affine from anchor-file units to frame px.

    Returns False when the item falls entirely outside the frame.
    """
    a = np.asarray(units_to_frame, dtype=np.float64)
    linear_scale = float(np.sqrt(abs(np.linalg.det(a[:, :2]))))     # frame px per unit
    # Pick the level whose pixels are closest to (but not smaller than) one frame pixel.
    px_per_frame_px = 1.0 / max(linear_scale * sprite.units_per_px, 1e-9)
    level = int(np.clip(np.floor(np.log2(max(px_per_frame_px, 1.0))), 0, len(sprite.levels) - 1))
    image = sprite.levels[level]
    level_px_units = sprite.units_per_px * (sprite.levels[0].shape[1] / image.shape[1])
    m = a.copy()
    m[:, :2] = a[:, :2] * level_px_units                              # level px -> frame px
    h, w = image.shape[:2]
    corners = np.array([[0, 0, 1], [w, 0, 1], [0, h, 1], [w, h, 1]], dtype=np.float64) @ m.T
    fh, fw = frame_bgr.shape[:2]
    x0, y0 = np.floor(corners.min(axis=0)).astype(int) - 1
    x1, y1 = np.ceil(corners.max(axis=0)).astype(int) + 1
    x0, y0, x1, y1 = max(x0, 0), max(y0, 0), min(x1, fw), min(y1, fh)
    if x1 <= x0 or y1 <= y0:
        return False
    local = m.copy()
    local[:, 2] -= (x0, y0)
    patch = cv2.warpAffine(image, local, (x1 - x0, y1 - y0), flags=cv2.INTER_LINEAR,
                           borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0, 0))
    blend_rgba(frame_bgr, patch, x0, y0)
    return True
