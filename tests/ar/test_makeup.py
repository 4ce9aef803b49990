"""Makeup stays inside its region: colour leaking outside a dilated landmark mask is measured."""

import cv2
import numpy as np
import pytest

from studio.ar.geometry import FaceGeometry
from studio.ar.looks import LookCatalog
from studio.ar.tracker import FaceTracker, TrackerOptions
from studio.overlays.makeup import apply_makeup


@pytest.fixture(scope="module")
def geometry(face_bgr) -> FaceGeometry:
    tracker = FaceTracker(TrackerOptions(smooth=False))
    try:
        return FaceGeometry(tracker.track(face_bgr, 0))
    finally:
        tracker.close()


def region_mask(shape, polygons, exclude=(), dilate_px: int = 0) -> np.ndarray:
    mask = np.zeros(shape[:2], np.uint8)
    for poly in polygons:
        cv2.fillPoly(mask, [np.round(poly).astype(np.int32)], 255)
    for poly in exclude:
        cv2.fillPoly(mask, [np.round(poly).astype(np.int32)], 0)
    if dilate_px:
        mask = cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * dilate_px + 1,) * 2))
    return mask > 0


def change(before: np.ndarray, after: np.ndarray) -> np.ndarray:
    return np.abs(after.astype(np.int16) - before.astype(np.int16)).max(axis=2)


@pytest.mark.parametrize("look_id", ["lipstick:ruby-matte", "lipstick:nude-gloss", "lipstick:berry-matte"])
def test_lipstick_colours_the_lips_and_does_not_leak(face_bgr, geometry, look_id):
    look = LookCatalog.load().require(look_id)
    out = face_bgr.copy()
    apply_makeup(out, geometry, look)
    outer, inner = geometry.lips()
    lips = region_mask(face_bgr.shape, [outer], [inner])
    near = region_mask(face_bgr.shape, [outer], dilate_px=3)
    diff = change(face_bgr, out)
    outside = ~near
    # Leak: outside the lips dilated by 3 px, nothing may change by more than 2 levels.
    assert diff[outside].max() <= 2, diff[outside].max()
    assert (diff[outside] > 0).mean() < 0.0005
    # Inside: the lips really changed colour, toward the shade's hue.
    assert np.median(diff[lips]) > 8                   # a nude shade is close to lip colour by design
    shade_bgr = np.array(look.makeup.color_rgb[::-1], float)
    before_dist = np.linalg.norm(face_bgr[lips].astype(float).mean(axis=0) - shade_bgr)
    after_dist = np.linalg.norm(out[lips].astype(float).mean(axis=0) - shade_bgr)
    assert after_dist < before_dist * 0.75
    # Texture shows through: the lips' light and shade is still there (translucent, not a flat fill).
    assert out[lips].astype(float).std(axis=0).mean() > 0.4 * face_bgr[lips].astype(float).std(axis=0).mean()


def test_gloss_shines_more_than_matte(face_bgr, geometry):
    catalog = LookCatalog.load()
    outer, inner = geometry.lips()
    lips = region_mask(face_bgr.shape, [outer], [inner])
    peaks = {}
    for look_id in ("lipstick:ruby-matte", "lipstick:nude-gloss"):
        out = face_bgr.copy()
        apply_makeup(out, geometry, catalog.require(look_id))
        luma = cv2.cvtColor(out, cv2.COLOR_BGR2GRAY)[lips].astype(float)
        peaks[look_id] = np.percentile(luma, 99) - np.median(luma)
    assert peaks["lipstick:nude-gloss"] > peaks["lipstick:ruby-matte"]


@pytest.mark.parametrize("look_id, allowed", [
    ("eyeliner:black-wing", "eyes"), ("eyeshadow:plum-smoke", "eyes"), ("brow:soft-brown", "brows"),
    ("blush:peach", "face"),
])
def test_eye_brow_and_cheek_makeup_stay_in_their_area(face_bgr, geometry, look_id, allowed):
    out = face_bgr.copy()
    apply_makeup(out, geometry, LookCatalog.load().require(look_id))
    diff = change(face_bgr, out)
    ipd = geometry.ipd_px
    if allowed == "eyes":
        # Between the brows and the lower lid (plus the liner's wing), never on the eyeball itself.
        area = [cv2.convexHull(np.concatenate([eye, brow]).astype(np.float32))[:, 0]
                for eye, brow in zip(geometry.eyes_polygons(), geometry.brows())]
        ok = region_mask(face_bgr.shape, area, dilate_px=int(0.12 * ipd))
        eyeballs = region_mask(face_bgr.shape, list(geometry.eyes_polygons()))
        eyeballs = cv2.erode(eyeballs.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
        assert np.median(diff[eyeballs]) <= 3
    elif allowed == "brows":
        ok = region_mask(face_bgr.shape, list(geometry.brows()), dilate_px=int(0.06 * ipd))
    else:
        ok = region_mask(face_bgr.shape, [geometry.face_oval()], dilate_px=2)
    assert diff[~ok].max() <= 2, (look_id, diff[~ok].max())
    assert (diff[ok] > 8).sum() > 50                   # something visible was drawn
