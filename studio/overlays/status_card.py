"""Full-canvas cards the pipeline shows instead of the camera (camera lost, no source)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from studio.overlays.qt_paint import TextStyle, blend_rgba, render_text

# Bilingual: the core has no UI language, and hosts are often Chinese speakers abroad.
LOST_TITLE = "Camera lost — reconnecting…\n摄像头已断开，正在重新连接…"


@lru_cache(maxsize=8)
def _card(size_px: tuple[int, int], detail: str) -> np.ndarray:
    w, h = size_px
    image = np.empty((h, w, 3), np.uint8)
    # A dark vertical gradient: clearly "not the camera", calm on a live stream.
    image[:] = np.linspace(40, 18, h, dtype=np.uint8)[:, None, None]
    title = render_text(LOST_TITLE, TextStyle(size_px=max(20, w // 22), bold=True), max_width_px=int(w * 0.85))
    blend_rgba(image, title, (w - title.shape[1]) // 2, h // 2 - title.shape[0])
    detail = detail.removesuffix(" — reconnecting")  # the title already says so
    if detail:
        sub = render_text(detail, TextStyle(size_px=max(14, w // 40), color_rgba=(190, 190, 190, 255)),
                          max_width_px=int(w * 0.85))
        blend_rgba(image, sub, (w - sub.shape[1]) // 2, h // 2 + h // 40)
    return image


def camera_lost_card(size_px: tuple[int, int], detail: str) -> np.ndarray:
    """The 'camera lost — reconnecting' card (cached per size and detail; returns a copy)."""
    return _card(size_px, detail).copy()
