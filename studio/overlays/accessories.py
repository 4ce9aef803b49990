"""Glasses, sunglasses, earrings, hats and headbands placed on a tracked face.

Each draw returns the Placements it used (anchor, scale, rotation), which
`studio tryon --json` writes out: the numbers the renderer used, not a re-estimate.
Video-pipeline thread only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from studio.ar.geometry import AnchorPair, FaceGeometry
from studio.ar.looks import Look, LookKind
from studio.overlays.sprites import Sprite, draw_sprite


@dataclass(frozen=True)
class Placement:
    """Where one drawn item went, in frame pixels."""

    item: str                 # look id plus the part: "glasses:aviator", "earrings:gold-hoop#left"
    anchor_px: tuple[float, float]
    scale: float              # frame px per image unit of the item file
    rotation_deg: float       # clockwise in the image
    visible: bool = True

    def to_json(self) -> dict:
        return {"item": self.item, "anchor_px": [round(self.anchor_px[0], 2), round(self.anchor_px[1], 2)],
                "scale": round(self.scale, 5), "rotation_deg": round(self.rotation_deg, 3),
                "visible": self.visible}


def _perp(v: np.ndarray) -> np.ndarray:
    """v turned 90° clockwise in the image (x right, y down): right → down."""
    return np.array([-v[1], v[0]])


def pair_affine(geom: FaceGeometry, pair: AnchorPair, left_units: tuple[float, float],
                right_units: tuple[float, float], scale: float) -> np.ndarray:
    """2×3 affine pinning the item's two points on the face pair, with the face's foreshortening.

    The item's own "down" (perpendicular to its anchor line, same length) goes to the
    face's down axis at the pair's 3-D length, so a yaw narrows and a pitch flattens
    the item as it would a flat object lying on the face.
    """
    a_l, a_r = np.asarray(left_units, float), np.asarray(right_units, float)
    ex_s = a_r - a_l
    ey_s = _perp(ex_s)
    ex_f = (pair.right_px - pair.left_px)[:2]
    pair_len_3d = float(np.linalg.norm(pair.right_px - pair.left_px))
    ey_f = geom.down[:2] * (pair_len_3d / max(geom.ipd_px, 1e-6))
    src = np.column_stack([ex_s, ey_s])
    dst = np.column_stack([ex_f, ey_f]) * scale
    lin = dst @ np.linalg.inv(src)
    mid_s = (a_l + a_r) / 2
    offset = pair.mid_px[:2] - lin @ mid_s
    return np.column_stack([lin, offset])


class AccessoryRenderer:
    """Draws one accessory look; keeps its sprite (and the mirrored one for the other ear)."""

    def __init__(self, look: Look) -> None:
        if look.item is None:
            raise ValueError(f"{look.id} is not an accessory")
        self.look = look
        self.sprite = Sprite.load(look.item.image_path)
        self._mirrored: Sprite | None = None

    def draw(self, frame_bgr: np.ndarray, geom: FaceGeometry) -> list[Placement]:
        kind = self.look.kind
        if kind in (LookKind.GLASSES, LookKind.SUNGLASSES):
            return self._draw_glasses(frame_bgr, geom)
        if kind is LookKind.EARRINGS:
            return self._draw_earrings(frame_bgr, geom)
        return self._draw_pair(frame_bgr, geom, geom.temples())

    def _draw_pair(self, frame_bgr: np.ndarray, geom: FaceGeometry, pair: AnchorPair) -> list[Placement]:
        item = self.look.item
        affine = pair_affine(geom, pair, item.anchors_px["left"], item.anchors_px["right"], item.scale)
        draw_sprite(frame_bgr, self.sprite, affine)
        ex = affine[:, 0]
        units_len = float(np.linalg.norm(np.subtract(item.anchors_px["right"], item.anchors_px["left"])))
        pair_len_3d = float(np.linalg.norm(pair.right_px - pair.left_px))
        return [Placement(self.look.id, (float(pair.mid_px[0]), float(pair.mid_px[1])),
                          item.scale * pair_len_3d / max(units_len, 1e-6),
                          math.degrees(math.atan2(ex[1], ex[0])))]

    def _draw_glasses(self, frame_bgr: np.ndarray, geom: FaceGeometry) -> list[Placement]:
        item = self.look.item
        pair = geom.eyes()
        affine = pair_affine(geom, pair, item.anchors_px["left"], item.anchors_px["right"], item.scale)
        placements = []
        px_per_unit = float(np.sqrt(abs(np.linalg.det(affine[:, :2]))))
        # The arms first, so the front covers the hinges; the far arm is behind the head.
        for side, hinge in (("left", item.temple_left_px), ("right", item.temple_right_px)):
            if hinge is None:
                continue
            start = affine @ np.array([hinge[0], hinge[1], 1.0])
            end = geom.ear(side).top_px[:2]
            visible = geom.temple_visible(side)
            if visible:
                thickness = max(1, round(item.temple_width_px * px_per_unit))
                color_bgr = tuple(int(c) for c in item.temple_color_rgb[::-1])
                cv2.line(frame_bgr, (round(start[0] * 16), round(start[1] * 16)),
                         (round(end[0] * 16), round(end[1] * 16)), color_bgr, thickness, cv2.LINE_AA, shift=4)
            angle = math.degrees(math.atan2(end[1] - start[1], end[0] - start[0]))
            placements.append(Placement(f"{self.look.id}#temple-{side}", (float(end[0]), float(end[1])),
                                        px_per_unit, angle, visible))
        placements[:0] = self._draw_pair(frame_bgr, geom, pair)
        return placements

    def _draw_earrings(self, frame_bgr: np.ndarray, geom: FaceGeometry) -> list[Placement]:
        item = self.look.item
        hook = np.asarray(item.anchors_px["hook"], float)
        width_units, _ = self.sprite.size_units
        px_per_unit = item.scale * geom.ipd_px / max(width_units, 1e-6)
        placements = []
        for side in ("left", "right"):
            ear = geom.ear(side)
            lobe = ear.lobe_px[:2]
            sprite, hook_units = self.sprite, hook
            if side == "right" and item.mirror_right:
                if self._mirrored is None:
                    self._mirrored = self.sprite.mirrored()
                sprite, hook_units = self._mirrored, np.array([width_units - hook[0], hook[1]])
            # Earrings hang by gravity: upright in the image whatever the head's roll.
            affine = np.array([[px_per_unit, 0.0, lobe[0] - px_per_unit * hook_units[0]],
                               [0.0, px_per_unit, lobe[1] - px_per_unit * hook_units[1]]])
            if ear.visible:
                draw_sprite(frame_bgr, sprite, affine)
            placements.append(Placement(f"{self.look.id}#{side}", (float(lobe[0]), float(lobe[1])),
                                        px_per_unit, 0.0, ear.visible))
        return placements
