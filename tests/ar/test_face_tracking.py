"""The real Face Landmarker on a real face photo and on copies with known transforms."""

import numpy as np
import pytest

from studio.ar.budget import CostLevel
from studio.ar.geometry import FaceGeometry
from studio.ar.tracker import FaceChoice, FaceTracker, TrackerOptions
from studio.core.filters import FilterContext
from studio.core.frames import VideoFrame
from studio.overlays.tryon import TryOnFilter, TryOnOptions, TryOnState

from .conftest import affine, apply, warp

STILL = TrackerOptions(smooth=False)
CTX = FilterContext(None, None, 0)


def dress(image: np.ndarray, look_id: str,
          options: TryOnOptions = TryOnOptions(tracker=STILL, fixed_level=CostLevel.FULL)):
    """A fresh filter per still image (VIDEO mode tracks across frames; these are unrelated stills)."""
    f = TryOnFilter(options)
    f.set_manual_look(look_id)
    try:
        out = f.process(VideoFrame(image, 0, 0, 0), CTX)
        return out.image, f.last_report
    finally:
        f.close()


def anchors(report) -> dict[str, np.ndarray]:
    return {p.item: np.array(p.anchor_px) for p in report.placements}


@pytest.fixture(scope="module")
def reference(face_bgr):
    out = {}
    for look_id in ("glasses:aviator", "earrings:gold-hoop", "lipstick:ruby-matte", "hat:straw-sun"):
        _, report = dress(face_bgr, look_id)
        assert report.face_found and report.state is TryOnState.DRAWN
        out[look_id] = report
    return out


def test_astronaut_face_pose_and_anchors_are_plausible(reference):
    glasses = reference["glasses:aviator"]
    assert abs(glasses.pose.yaw_deg) < 10 and abs(glasses.pose.roll_deg) < 10
    a = anchors(glasses)["glasses:aviator"]
    assert 200 < a[0] < 250 and 85 < a[1] < 120            # between her eyes
    ears = anchors(reference["earrings:gold-hoop"])
    left, right = ears["earrings:gold-hoop#left"], ears["earrings:gold-hoop#right"]
    assert left[0] < a[0] < right[0] and left[1] > a[1] and right[1] > a[1]


@pytest.mark.parametrize("angle_deg, scale, shift", [
    (15.0, 1.0, (0.0, 0.0)),
    (-20.0, 1.0, (10.0, 5.0)),
    (0.0, 0.8, (30.0, -20.0)),
    (8.0, 1.25, (-25.0, 15.0)),
])
def test_item_anchors_follow_a_known_transform(face_bgr, reference, angle_deg, scale, shift):
    m = affine(angle_deg, scale, shift, (256.0, 256.0))
    moved = warp(face_bgr, m)
    for look_id, ref in reference.items():
        _, report = dress(moved, look_id)
        assert report.face_found, look_id
        got = anchors(report)
        ipd = scale * 47.0                                  # her inter-pupil distance is ~47 px
        for item, point in anchors(ref).items():
            expected = apply(m, point)
            # Pinned points within a few pixels; ears are extrapolated from the face contour.
            tolerance_px = 0.12 * ipd if "#" in item and "lipstick" not in item else 4.0
            assert np.linalg.norm(got[item] - expected) < max(tolerance_px, 4.0), (item, got[item], expected)
        # The in-image rotation follows the known one (counter-clockwise = negative roll).
        if look_id == "glasses:aviator":
            ref_rot = [p for p in ref.placements if p.item == look_id][0].rotation_deg
            rot = [p for p in report.placements if p.item == look_id][0].rotation_deg
            assert abs((rot - ref_rot) - (-angle_deg)) < 2.0
            assert abs((report.pose.roll_deg - ref.pose.roll_deg) - (-angle_deg)) < 3.0
            ref_scale = [p for p in ref.placements if p.item == look_id][0].scale
            got_scale = [p for p in report.placements if p.item == look_id][0].scale
            assert got_scale / ref_scale == pytest.approx(scale, rel=0.05)


def test_mirrored_face_mirrors_roll_and_anchors(face_bgr, reference):
    _, report = dress(np.ascontiguousarray(face_bgr[:, ::-1]), "glasses:aviator")
    ref = reference["glasses:aviator"]
    assert report.pose.roll_deg == pytest.approx(-ref.pose.roll_deg, abs=2.0)
    a, b = anchors(report)["glasses:aviator"], anchors(ref)["glasses:aviator"]
    assert abs(a[0] - (511 - b[0])) < 3 and abs(a[1] - b[1]) < 3


def test_no_face_means_output_identical_to_input(face_bgr):
    blank = np.full_like(face_bgr, 128)
    landscape = np.ascontiguousarray(face_bgr[300:, :].repeat(2, axis=0)[:512])   # suit, no face
    for image in (blank, landscape):
        for look_id in ("lipstick:ruby-matte", "glasses:aviator", "earrings:gold-hoop"):
            out, report = dress(image.copy(), look_id)
            assert not report.face_found and report.state is TryOnState.NO_FACE
            assert report.placements == []
            assert np.array_equal(out, image)


def test_face_leaving_the_frame_draws_nothing_on_the_next_frame(face_bgr):
    f = TryOnFilter(TryOnOptions(fixed_level=CostLevel.FULL))
    f.set_manual_look("sunglasses:wayfarer")
    try:
        first = f.process(VideoFrame(face_bgr, 0, 0, 0), CTX)
        assert f.last_report.face_found and not np.array_equal(first.image, face_bgr)
        empty = np.full_like(face_bgr, 90)
        second = f.process(VideoFrame(empty, 33_000_000, 1, 0), CTX)
        assert not f.last_report.face_found
        assert np.array_equal(second.image, empty)             # never a frozen overlay
    finally:
        f.close()


def test_largest_face_is_chosen_and_central_is_configurable(face_bgr):
    import cv2

    canvas = np.full((720, 720, 3), 200, np.uint8)
    canvas[0:512, 208:720] = face_bgr                           # the host, upper right
    canvas[300:720, 0:420] = cv2.resize(face_bgr, (420, 420), interpolation=cv2.INTER_AREA)  # smaller, lower left
    centres = {}
    for choice in FaceChoice:
        tracker = FaceTracker(TrackerOptions(max_faces=3, face_choice=choice, smooth=False))
        try:
            track = tracker.track(canvas, 0)
        finally:
            tracker.close()
        assert track is not None and track.faces_found == 2
        centres[choice] = (track.landmarks_px[:, :2].mean(axis=0), track.face_height_px)
    (big_c, big_h), (mid_c, mid_h) = centres[FaceChoice.LARGEST], centres[FaceChoice.CENTRAL]
    assert big_c[0] > 360 and big_h > mid_h
    assert np.linalg.norm(mid_c - 360) < np.linalg.norm(big_c - 360)


def test_a_host_off_centre_in_a_wide_frame_is_found_by_the_crop_scan(face_bgr):
    import cv2

    wide = np.full((720, 1280, 3), 180, np.uint8)
    wide[0:700, 40:740] = cv2.resize(face_bgr, (700, 700))[:700]   # left of centre
    tracker = FaceTracker(TrackerOptions(smooth=False))
    try:
        tracks = [tracker.track(wide, i * 33_000_000) for i in range(4)]
    finally:
        tracker.close()
    assert any(t is not None for t in tracks[:3])                     # found within one scan
    assert tracks[3] is not None and 250 < tracks[3].landmarks_px[:, 0].mean() < 500


def test_far_ear_and_far_temple_hide_when_the_head_turns(face_bgr):
    tracker = FaceTracker(STILL)
    try:
        track = tracker.track(face_bgr, 0)
    finally:
        tracker.close()
    frontal = FaceGeometry(track)
    assert frontal.ear("left").visible and frontal.ear("right").visible
    # Turn the real landmarks 40° about the head's vertical axis toward the image's right:
    # the image-left side of the head comes toward the camera, the right one goes behind.
    p = track.landmarks_px.copy()
    centre = p.mean(axis=0)
    a = np.radians(40)
    rot = np.array([[np.cos(a), 0, -np.sin(a)], [0, 1, 0], [np.sin(a), 0, np.cos(a)]])
    track.landmarks_px = (p - centre) @ rot.T + centre
    turned = FaceGeometry(track)
    assert turned.ear("left").visible and not turned.ear("right").visible
    assert turned.temple_visible("left") and not turned.temple_visible("right")


def test_gpu_delegate_falls_back_to_the_cpu_where_there_is_none(face_bgr):
    from studio.ar.tracker import Delegate

    tracker = FaceTracker(TrackerOptions(delegate=Delegate.GPU, smooth=False))
    try:
        assert tracker.delegate_used in (Delegate.GPU, Delegate.CPU)
        assert tracker.track(face_bgr, 0) is not None
    finally:
        tracker.close()
