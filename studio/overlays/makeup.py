"""Makeup drawn into face regions: lipstick, blush, eyeshadow, eyeliner, brow tint.

Every effect works on a small region of interest around its mask, so its cost
scales with the face, not the frame. Colours are laid on translucently: the shade
replaces the hue but keeps the skin's or lips' own light and shade, so texture
shows. Masks are feathered (Gaussian, σ a fraction of the inter-pupil distance)
and the colour never reaches more than ~3σ outside the landmark polygon.
Video-pipeline thread only.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from studio.ar.geometry import FaceGeometry
from studio.ar.looks import Finish, Look, LookKind, MakeupSpec
from studio.overlays.accessories import Placement

# Feathering, as fractions of the inter-pupil distance (IPD ≈ 63 mm on an adult face).
LIP_FEATHER_IPD = 0.008      # ~0.5 mm: lip edges are crisp
SOFT_FEATHER_IPD = 0.06      # blush and eyeshadow fade out over ~4 mm
LINER_WIDTH_IPD = 0.022
SUBPIXEL_SHIFT = 4           # cv2 fixed-point drawing: 1/16 px


@dataclass(frozen=True)
class Region:
    """A mask (float32 0..1) covering frame[y0:y0+h, x0:x0+w]."""

    x0: int
    y0: int
    mask: np.ndarray


def _roi(points: np.ndarray, margin_px: float, shape: tuple[int, ...]) -> tuple[int, int, int, int]:
    x0, y0 = np.floor(points.min(axis=0) - margin_px).astype(int)
    x1, y1 = np.ceil(points.max(axis=0) + margin_px).astype(int)
    h, w = shape[:2]
    return max(x0, 0), max(y0, 0), min(x1, w), min(y1, h)


def _fill(mask: np.ndarray, polygon: np.ndarray, x0: int, y0: int, value: int = 255) -> None:
    pts = np.round((polygon - (x0, y0)) * (1 << SUBPIXEL_SHIFT)).astype(np.int32)
    cv2.fillPoly(mask, [pts], value, cv2.LINE_AA, SUBPIXEL_SHIFT)


def polygon_region(shape: tuple[int, ...], include: list[np.ndarray], exclude: list[np.ndarray],
                   feather_px: float) -> Region | None:
    """Union of `include` polygons minus `exclude`, feathered with σ = feather_px."""
    all_pts = np.concatenate(include)
    x0, y0, x1, y1 = _roi(all_pts, 3 * feather_px + 2, shape)
    if x1 <= x0 or y1 <= y0:
        return None
    mask = np.zeros((y1 - y0, x1 - x0), np.uint8)
    for poly in include:
        _fill(mask, poly, x0, y0, 255)
    for poly in exclude:
        _fill(mask, poly, x0, y0, 0)
    out = mask.astype(np.float32) / 255.0
    if feather_px > 0.3:
        out = cv2.GaussianBlur(out, (0, 0), feather_px)
    return Region(x0, y0, out)


def _luma(bgr01: np.ndarray) -> np.ndarray:
    return bgr01 @ np.array([0.114, 0.587, 0.299], np.float32)


def tint(frame_bgr: np.ndarray, region: Region, spec: MakeupSpec, highlight_gain: float = 0.0,
         highlight_keep: float = 1.0) -> None:
    """Lay the shade over the region in place, keeping the underlying light and texture.

    The shade is modulated by each pixel's brightness relative to the region's mean, so
    creases and lip lines stay visible. highlight_keep < 1 tones the brightest pixels
    down (matte); highlight_gain > 0 adds a wet shine on them (gloss).
    """
    h, w = region.mask.shape
    roi = frame_bgr[region.y0:region.y0 + h, region.x0:region.x0 + w]
    src = roi.astype(np.float32) / 255.0
    alpha = region.mask * spec.opacity
    weight = region.mask > 0.5
    luma = _luma(src)
    mean_luma = float(luma[weight].mean()) if weight.any() else float(luma.mean())
    relative = luma / max(mean_luma, 1e-3)
    std_luma = float(luma[weight].std()) if weight.any() else 0.0
    # Highlights: what stands above the region's mean by more than one standard deviation.
    highlight = np.clip((luma - mean_luma - std_luma) / max(std_luma * 2, 1e-3), 0, 1)
    relative = np.where(highlight > 0, 1 + (relative - 1) * highlight_keep, relative)
    shade = np.array(spec.color_rgb[::-1], np.float32) / 255.0
    colored = shade[None, None, :] * np.clip(relative, 0, 2.5)[..., None]
    if highlight_gain > 0:
        colored = colored + (highlight * highlight_gain)[..., None]
    out = src * (1 - alpha[..., None]) + np.clip(colored, 0, 1) * alpha[..., None]
    roi[:] = np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8)


def lipstick(frame_bgr: np.ndarray, geom: FaceGeometry, spec: MakeupSpec) -> Region | None:
    outer, inner = geom.lips()
    region = polygon_region(frame_bgr.shape, [outer], [inner], max(0.5, LIP_FEATHER_IPD * geom.ipd_px))
    if region is None:
        return None
    if spec.finish is Finish.GLOSS:
        tint(frame_bgr, region, spec, highlight_gain=0.45, highlight_keep=1.3)
    elif spec.finish is Finish.MATTE:
        tint(frame_bgr, region, spec, highlight_keep=0.35)
    else:
        tint(frame_bgr, region, spec, highlight_gain=0.1)
    return region


def _ellipse(center: np.ndarray, axes: tuple[float, float], angle_deg: float) -> np.ndarray:
    pts = cv2.ellipse2Poly((0, 0), (1000, 1000), 0, 0, 360, 10).astype(np.float64) / 1000.0
    pts = pts * np.array(axes)
    a = np.radians(angle_deg)
    rot = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
    return pts @ rot.T + center


def blush(frame_bgr: np.ndarray, geom: FaceGeometry, spec: MakeupSpec) -> list[Region]:
    ipd = geom.ipd_px
    feather = SOFT_FEATHER_IPD * ipd * 1.5
    regions = []
    roll = geom.rotation_deg()
    oval = geom.face_oval()
    for side, center in zip(("left", "right"), geom.cheeks()):
        # Swept up toward the temple: an ellipse tilted ~20° off the eye line.
        tilt = roll + (-20 if side == "left" else 20)
        ellipse = _ellipse(center, (0.32 * ipd, 0.2 * ipd), tilt)
        region = polygon_region(frame_bgr.shape, [ellipse], [], feather)
        if region is None:
            continue
        # Never past the face outline (a turned head shows background beside the cheek).
        h, w = region.mask.shape
        clip = np.zeros((h, w), np.uint8)
        _fill(clip, oval, region.x0, region.y0, 255)
        region.mask[:] *= clip.astype(np.float32) / 255.0
        tint(frame_bgr, region, spec)
        regions.append(region)
    return regions


def eyeshadow(frame_bgr: np.ndarray, geom: FaceGeometry, spec: MakeupSpec) -> list[Region]:
    ipd = geom.ipd_px
    up = -geom.down[:2] / max(ipd, 1e-6)
    regions = []
    for lid, eye in zip(geom.upper_lids(), geom.eyes_polygons()):
        t = np.linspace(0.0, 1.0, len(lid))
        # The lid crease is highest above the middle of the eye; lifted more to the outer end.
        lift = (0.10 + 0.06 * (1 - t)) * np.sin(np.pi * np.clip(t * 0.9 + 0.05, 0, 1)) ** 0.6 * ipd
        upper = lid + up[None, :] * lift[:, None]
        polygon = np.concatenate([lid, upper[::-1]])
        region = polygon_region(frame_bgr.shape, [polygon], [eye], SOFT_FEATHER_IPD * ipd * 0.35)
        if region is not None:
            tint(frame_bgr, region, spec)
            regions.append(region)
    return regions


def eyeliner(frame_bgr: np.ndarray, geom: FaceGeometry, spec: MakeupSpec) -> list[Region]:
    ipd = geom.ipd_px
    up = -geom.down[:2] / max(ipd, 1e-6)
    width = max(1.0, LINER_WIDTH_IPD * ipd)
    regions = []
    for lid in geom.upper_lids():
        outer, nxt = lid[0], lid[1]
        outward = outer - nxt
        outward = outward / max(float(np.linalg.norm(outward)), 1e-6)
        wing_tip = outer + outward * 0.09 * ipd + up * 0.05 * ipd
        # A band along the lash line, thickest at the outer corner, closing at the wing tip.
        t = np.linspace(1.0, 0.25, len(lid))[:, None]
        top = lid + up[None, :] * width * t
        polygon = np.concatenate([[wing_tip], top, lid[::-1]])
        region = polygon_region(frame_bgr.shape, [polygon], [], 0.35 * width)
        if region is not None:
            tint(frame_bgr, region, spec, highlight_keep=0.2)
            regions.append(region)
    return regions


def brow_tint(frame_bgr: np.ndarray, geom: FaceGeometry, spec: MakeupSpec) -> list[Region]:
    regions = []
    for brow in geom.brows():
        region = polygon_region(frame_bgr.shape, [brow], [], SOFT_FEATHER_IPD * geom.ipd_px * 0.2)
        if region is not None:
            tint(frame_bgr, region, spec, highlight_keep=0.5)
            regions.append(region)
    return regions


def apply_makeup(frame_bgr: np.ndarray, geom: FaceGeometry, look: Look) -> list[Region]:
    """Draw a makeup look in place; the regions it touched (for the JSON report and the tests)."""
    spec = look.makeup
    if spec is None:
        raise ValueError(f"{look.id} is not makeup")
    if look.kind is LookKind.LIPSTICK:
        region = lipstick(frame_bgr, geom, spec)
        return [region] if region else []
    return {LookKind.BLUSH: blush, LookKind.EYESHADOW: eyeshadow, LookKind.EYELINER: eyeliner,
            LookKind.BROW: brow_tint}[look.kind](frame_bgr, geom, spec)


def makeup_placement(item: str, region: Region, geom: FaceGeometry) -> Placement:
    """A makeup region as a placement: its mask-weighted centre, the IPD as scale, the face's roll."""
    ys, xs = np.indices(region.mask.shape)
    total = float(region.mask.sum())
    cx = float((xs * region.mask).sum()) / total + region.x0 if total else float(region.x0)
    cy = float((ys * region.mask).sum()) / total + region.y0 if total else float(region.y0)
    return Placement(item, (cx, cy), geom.ipd_px, geom.rotation_deg())
