"""Real face photos for the try-on tests: scikit-image's astronaut (Eileen Collins, NASA),
and images made from it with known affine transforms."""

from __future__ import annotations

import cv2
import numpy as np
import pytest


@pytest.fixture(scope="session")
def face_bgr() -> np.ndarray:
    from skimage import data

    return cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)


def affine(angle_deg: float, scale: float, shift_px: tuple[float, float], center: tuple[float, float]) -> np.ndarray:
    """2×3: rotate counter-clockwise by angle_deg and scale about center, then shift."""
    m = cv2.getRotationMatrix2D(center, angle_deg, scale)
    m[:, 2] += shift_px
    return m


def warp(image: np.ndarray, m: np.ndarray, size: tuple[int, int] | None = None) -> np.ndarray:
    h, w = image.shape[:2]
    return cv2.warpAffine(image, m, size or (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)


def apply(m: np.ndarray, point: tuple[float, float]) -> np.ndarray:
    return m @ np.array([point[0], point[1], 1.0])
