"""Where things go on a tracked face: regions for makeup, anchor frames for items.

Pure geometry over a FaceTrack (no drawing). All positions are full-frame pixels.
The face frame is three 3-D axes, each as long as the inter-pupil distance (IPD):
`right` (image-left pupil → image-right pupil), `down` (nose bridge → under the
nose, made orthogonal to `right`) and `back` (right × down: into the head). An item
placed in that frame and projected by dropping z follows roll, yaw and pitch, with
the foreshortening a flat object on the face shows (weak perspective).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from studio.ar import mesh
from studio.ar.tracker import FaceTrack

# Earlobe below the tragion point, in IPD units along the face's down / back axes
# (eyeballed on frontal photos: lobes hang ~0.45 IPD below the contour point at ear height).
EARLOBE_DOWN_IPD = 0.45
EARLOBE_BACK_IPD = 0.15
# Temple tips of glasses rest on the ear, a little behind and above the tragion point.
EAR_TOP_BACK_IPD = 0.35
EAR_TOP_UP_IPD = 0.05
# How far a side may turn away (sine of the angle past side-on) before what hangs there is
# hidden behind the head: ears stay visible to ~20° of turn, glasses temples to ~0°.
EAR_HIDDEN_BELOW = -math.sin(math.radians(20))
TEMPLE_HIDDEN_BELOW = math.sin(math.radians(3))


@dataclass(frozen=True)
class AnchorPair:
    """Two points an item is pinned to (image-left, image-right), plus the face axes there."""

    left_px: np.ndarray       # (x, y, z)
    right_px: np.ndarray

    @property
    def mid_px(self) -> np.ndarray:
        return (self.left_px + self.right_px) / 2.0


@dataclass(frozen=True)
class EarAnchor:
    lobe_px: np.ndarray       # (x, y, z)
    top_px: np.ndarray        # where a glasses temple rests
    visibility: float         # > 0: this side of the head faces the camera
    visible: bool


class FaceGeometry:
    """Anchors and regions of one FaceTrack. Built and used on the video-pipeline thread."""

    def __init__(self, track: FaceTrack) -> None:
        self.track = track
        p = track.landmarks_px
        self.points_px = p
        eye_l, eye_r = p[mesh.IRIS_IMAGE_LEFT], p[mesh.IRIS_IMAGE_RIGHT]
        right = eye_r - eye_l
        self.ipd_px = float(np.linalg.norm(right))
        ipd = max(self.ipd_px, 1e-6)
        down = p[mesh.NOSE_BOTTOM] - p[mesh.NOSE_BRIDGE]
        down = down - right * (down @ right) / (ipd * ipd)
        down = down / max(float(np.linalg.norm(down)), 1e-6) * ipd
        back = np.cross(right, down) / ipd
        self.right, self.down, self.back = right, down, back
        # The head's sides: image-left side's outward normal is -right; it faces the camera
        # (z toward the viewer is negative) when right's z is positive.
        self.side_facing = {"left": float(right[2] / ipd), "right": float(-right[2] / ipd)}

    # -- item anchors ---------------------------------------------------------------------

    def eyes(self) -> AnchorPair:
        p = self.points_px
        return AnchorPair(p[mesh.IRIS_IMAGE_LEFT], p[mesh.IRIS_IMAGE_RIGHT])

    def temples(self) -> AnchorPair:
        p = self.points_px
        return AnchorPair(p[mesh.TEMPLE_IMAGE_LEFT], p[mesh.TEMPLE_IMAGE_RIGHT])

    def ear(self, side: str) -> EarAnchor:
        p = self.points_px
        tragion = p[mesh.TRAGION_IMAGE_LEFT if side == "left" else mesh.TRAGION_IMAGE_RIGHT]
        lobe = tragion + EARLOBE_DOWN_IPD * self.down + EARLOBE_BACK_IPD * self.back
        top = tragion + EAR_TOP_BACK_IPD * self.back - EAR_TOP_UP_IPD * self.down
        facing = self.side_facing[side]
        return EarAnchor(lobe, top, facing, facing > EAR_HIDDEN_BELOW)

    def temple_visible(self, side: str) -> bool:
        return self.side_facing[side] > TEMPLE_HIDDEN_BELOW

    def rotation_deg(self) -> float:
        """In-image rotation of the face's right axis (clockwise positive, as the image's y is down)."""
        return math.degrees(math.atan2(self.right[1], self.right[0]))

    # -- makeup regions (2-D polygons, float pixels) ----------------------------------------

    def polygon(self, indices: tuple[int, ...]) -> np.ndarray:
        return self.points_px[list(indices), :2]

    def lips(self) -> tuple[np.ndarray, np.ndarray]:
        return self.polygon(mesh.LIPS_OUTER), self.polygon(mesh.LIPS_INNER)

    def eyes_polygons(self) -> tuple[np.ndarray, np.ndarray]:
        return self.polygon(mesh.EYE_IMAGE_LEFT), self.polygon(mesh.EYE_IMAGE_RIGHT)

    def upper_lids(self) -> tuple[np.ndarray, np.ndarray]:
        return self.polygon(mesh.UPPER_LID_IMAGE_LEFT), self.polygon(mesh.UPPER_LID_IMAGE_RIGHT)

    def brows(self) -> tuple[np.ndarray, np.ndarray]:
        return self.polygon(mesh.BROW_IMAGE_LEFT), self.polygon(mesh.BROW_IMAGE_RIGHT)

    def cheeks(self) -> tuple[np.ndarray, np.ndarray]:
        p = self.points_px
        return p[mesh.CHEEK_IMAGE_LEFT, :2], p[mesh.CHEEK_IMAGE_RIGHT, :2]

    def face_oval(self) -> np.ndarray:
        return self.polygon(mesh.FACE_OVAL)
