"""Head pose (yaw, pitch, roll in degrees) from MediaPipe's facial transformation matrix.

The matrix maps the canonical face model (x right, y up, z toward the camera, in the
subject's frame) into camera space. We report angles in IMAGE terms so that a
producer can read them without a diagram:
- yaw > 0: the face turns toward the image's right edge;
- pitch > 0: the chin goes up (the face looks up);
- roll > 0: the head tilts clockwise in the image.
Rotation order: R = Ry(yaw) · Rx(pitch) · Rz(roll) of the camera-space rotation.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class HeadPose:
    yaw_deg: float
    pitch_deg: float
    roll_deg: float

    def as_array(self) -> np.ndarray:
        return np.array([self.yaw_deg, self.pitch_deg, self.roll_deg])

    @classmethod
    def from_array(cls, values: np.ndarray) -> "HeadPose":
        return cls(float(values[0]), float(values[1]), float(values[2]))


def pose_from_matrix(matrix: np.ndarray) -> HeadPose:
    """Euler angles of the 4×4 (or 3×3) face transformation matrix, in image terms."""
    r = np.asarray(matrix, dtype=np.float64)[:3, :3]
    # Remove any scale the matrix carries (columns are the scaled model axes).
    r = r / np.linalg.norm(r, axis=0, keepdims=True)
    # Decompose R = Ry(a) Rx(b) Rz(c). Column 2 is the face's forward axis: its x part is
    # the turn toward image right, its y part (camera y is up) the chin going up.
    yaw = math.atan2(r[0, 2], r[2, 2])
    pitch_up = math.asin(max(-1.0, min(1.0, r[1, 2])))
    # Column 0 is the face's left-to-right axis; its y part (up) is negative when the head
    # tilts clockwise in the image (y down), hence the minus.
    roll_cw = -math.atan2(r[1, 0], r[1, 1])
    return HeadPose(yaw_deg=math.degrees(yaw), pitch_deg=math.degrees(pitch_up), roll_deg=math.degrees(roll_cw))
