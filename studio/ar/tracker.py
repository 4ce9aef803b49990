"""MediaPipe Face Landmarker (Tasks API, VIDEO mode) → one smoothed face track per frame.

One owner: the video-pipeline thread creates, calls and closes a FaceTracker
(MediaPipe graphs are "thread-compatible, not thread-safe"). Frames never leave
memory: no image or landmark is written anywhere.
"""

from __future__ import annotations

import enum
import logging
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

import cv2
import numpy as np

from studio.ar.one_euro import OneEuroFilter, OneEuroOptions
from studio.ar.pose import HeadPose, pose_from_matrix

log = logging.getLogger(__name__)


class Delegate(enum.Enum):
    AUTO = "auto"     # GPU where MediaPipe's Python build has one that is always there (macOS Metal)
    CPU = "cpu"       # XNNPACK
    GPU = "gpu"       # OpenGL ES / Metal; falls back to CPU when the platform has none


class FaceChoice(enum.Enum):
    LARGEST = "largest"       # the host is usually the biggest face in a laptop shot
    CENTRAL = "central"       # closest to the frame centre (a guest sits beside the host)


@dataclass(frozen=True)
class TrackerOptions:
    model_path: Path | None = None              # None: the installed `face_landmarker` model
    delegate: Delegate = Delegate.AUTO
    max_faces: int = 2                          # faces MediaPipe looks for; one of them is tracked
    face_choice: FaceChoice = FaceChoice.LARGEST
    # Landmarks run on a copy whose long side is at most this (0: full size). 640 keeps a
    # close-up face above ~200 px, where MediaPipe's 256-px landmark crop loses nothing.
    inference_long_side_px: int = 640
    min_face_inference_px: int = 200            # never downscale a face below this height
    # The detector letterboxes the whole image into 128×128, so a face in a wide 16:9 shot
    # is too small for it (a 190-px face in 1280×720 was missed; in a 720×720 crop it is
    # found). Look at a square crop that follows the face and scans the frame while none is seen.
    square_crop: bool = True
    # Files (not live): when no face is seen, try every crop of the scan on the same frame.
    scan_whole_frame: bool = False
    min_detection_confidence: float = 0.5
    min_tracking_confidence: float = 0.5
    # Tuned with benchmarks/bench_tryon.py (720p, σ=4 noise): anchor jitter 0.04–0.17 px still,
    # lag 0.35 frames at 120 px/s and 0.08 frames at 720 px/s.
    landmark_smoothing: OneEuroOptions = OneEuroOptions(min_cutoff_hz=1.5, beta=0.08)
    pose_smoothing: OneEuroOptions = OneEuroOptions(min_cutoff_hz=1.5, beta=0.05)
    smooth: bool = True


@dataclass
class FaceTrack:
    """One face in one frame, in full-frame pixels.

    landmarks_px: 478×3 (x, y in pixels; z in the same pixel scale as x, smaller = nearer).
    predicted: True when this frame was not run through the model but extrapolated
    from the last two tracked frames (the cost controller's alternate-frame mode).
    """

    landmarks_px: np.ndarray
    pose: HeadPose
    timestamp_ns: int
    bbox_px: tuple[float, float, float, float]       # x0, y0, x1, y1
    faces_found: int = 1
    predicted: bool = False

    @property
    def face_height_px(self) -> float:
        return self.bbox_px[3] - self.bbox_px[1]


@dataclass
class TrackTiming:
    """What the last call cost (filled by the tracker, read by the cost controller)."""

    inference_ms: float = 0.0
    inference_long_side_px: int = 0


def _bbox(landmarks_px: np.ndarray) -> tuple[float, float, float, float]:
    x0, y0 = landmarks_px[:, :2].min(axis=0)
    x1, y1 = landmarks_px[:, :2].max(axis=0)
    return float(x0), float(y0), float(x1), float(y1)


class FaceTracker:
    """Frames in (BGR, session timestamps), the chosen face out. Video-pipeline thread only."""

    def __init__(self, options: TrackerOptions = TrackerOptions()) -> None:
        from studio.ar.mediapipe_import import defer_drawing_modules

        defer_drawing_modules()   # mediapipe's drawing helpers would import matplotlib (~1 s)
        from mediapipe.tasks.python import BaseOptions, vision

        model_path = options.model_path
        if model_path is None:
            from studio.models import require_model

            model_path = require_model("face_landmarker")
        self.options = options
        want_gpu = options.delegate is Delegate.GPU or (options.delegate is Delegate.AUTO
                                                        and sys.platform == "darwin")
        self._landmarker = None
        self.delegate_used = Delegate.CPU
        for delegate in ((BaseOptions.Delegate.GPU,) if want_gpu else ()) + (BaseOptions.Delegate.CPU,):
            try:
                self._landmarker = vision.FaceLandmarker.create_from_options(vision.FaceLandmarkerOptions(
                    base_options=BaseOptions(model_asset_path=str(model_path), delegate=delegate),
                    running_mode=vision.RunningMode.VIDEO,
                    num_faces=max(1, options.max_faces),
                    min_face_detection_confidence=options.min_detection_confidence,
                    min_tracking_confidence=options.min_tracking_confidence,
                    output_facial_transformation_matrixes=True,
                ))
            except RuntimeError as exc:
                if delegate == BaseOptions.Delegate.CPU:
                    raise
                # No GPU service here (Linux without GL, a VM): the CPU path is ~19 ms at 720p.
                log.info("face landmarker: no GPU delegate (%s); using the CPU", str(exc).splitlines()[0][:120])
                continue
            self.delegate_used = Delegate.GPU if delegate == BaseOptions.Delegate.GPU else Delegate.CPU
            break
        self._landmark_filter = OneEuroFilter(options.landmark_smoothing)
        self._pose_filter = OneEuroFilter(options.pose_smoothing)
        self._last_model_ms = -1
        self._crop_x0: int | None = None             # left (or top, for portrait) of the square crop
        self._scan_step = 0
        self._history: list[FaceTrack] = []          # last two tracked (not predicted) faces
        self.inference_long_side_px = options.inference_long_side_px
        self.timing = TrackTiming()

    # -- the model --------------------------------------------------------------------------

    def _inference_scale(self, width: int, height: int) -> float:
        long_side = max(width, height)
        limit = self.inference_long_side_px
        scale = 1.0 if limit <= 0 else min(1.0, limit / long_side)
        if self._history:
            face_h = self._history[-1].face_height_px
            if face_h * scale < self.options.min_face_inference_px:
                scale = min(1.0, self.options.min_face_inference_px / max(face_h, 1.0))
        return scale

    def _uses_crops(self, width: int, height: int) -> bool:
        side = min(width, height)
        return self.options.square_crop and max(width, height) - side >= 0.1 * side

    def _crop_box(self, width: int, height: int) -> tuple[int, int, int, int]:
        """x0, y0, x1, y1 of the part of the frame the model sees this time."""
        if not self._uses_crops(width, height):
            return 0, 0, width, height
        side = min(width, height)
        span = max(width, height) - side
        if self._history:
            last = self._history[-1]
            lo, hi = (last.bbox_px[0], last.bbox_px[2]) if width > height else (last.bbox_px[1], last.bbox_px[3])
            margin = 0.1 * side
            if self._crop_x0 is None or lo - margin < self._crop_x0 or hi + margin > self._crop_x0 + side:
                self._crop_x0 = int(np.clip((lo + hi) / 2 - side / 2, 0, span))   # recentre only when needed
        else:
            # No face: scan the centre, then the two ends, so a host off-centre is found within 3 frames.
            self._crop_x0 = (span // 2, 0, span)[self._scan_step % 3]
            self._scan_step += 1
        x0 = self._crop_x0
        return (x0, 0, x0 + side, height) if width > height else (0, x0, width, x0 + side)

    def _model_timestamp_ms(self, timestamp_ns: int) -> int:
        # VIDEO mode needs strictly increasing timestamps; a replayed file may repeat one.
        ms = max(timestamp_ns // 1_000_000, self._last_model_ms + 1)
        self._last_model_ms = ms
        return ms

    def track(self, image_bgr: np.ndarray, timestamp_ns: int) -> FaceTrack | None:
        """Run the model on this frame; the chosen face (smoothed), or None when there is none."""
        track = self._track_once(image_bgr, timestamp_ns)
        if track is None and self.options.scan_whole_frame and self._uses_crops(*image_bgr.shape[1::-1]):
            for _ in range(2):                       # the two other crops of the scan
                track = self._track_once(image_bgr, timestamp_ns)
                if track is not None:
                    break
        return track

    def _track_once(self, image_bgr: np.ndarray, timestamp_ns: int) -> FaceTrack | None:
        import mediapipe as mp

        t0 = time.perf_counter()
        x0, y0, x1, y1 = self._crop_box(image_bgr.shape[1], image_bgr.shape[0])
        view = image_bgr[y0:y1, x0:x1]
        h, w = view.shape[:2]
        scale = self._inference_scale(w, h)
        small = view if scale >= 0.999 else cv2.resize(
            view, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)
        rgb = np.ascontiguousarray(cv2.cvtColor(small, cv2.COLOR_BGR2RGB))  # MediaPipe wants SRGB, contiguous
        result = self._landmarker.detect_for_video(
            mp.Image(image_format=mp.ImageFormat.SRGB, data=rgb), self._model_timestamp_ms(timestamp_ns))
        self.timing = TrackTiming((time.perf_counter() - t0) * 1000.0, max(small.shape[:2]))

        faces = []
        for i, face in enumerate(result.face_landmarks):
            pts = np.array([(p.x * w + x0, p.y * h + y0, p.z * w) for p in face], dtype=np.float64)
            matrix = result.facial_transformation_matrixes[i] if result.facial_transformation_matrixes else None
            faces.append((pts, matrix))
        if not faces:
            self._forget()
            return None
        pts, matrix = self._choose(faces, image_bgr.shape[1], image_bgr.shape[0])
        pose = pose_from_matrix(matrix) if matrix is not None else HeadPose(0.0, 0.0, 0.0)
        if self._history and not self._same_face(pts):
            self._forget()                         # another face took over: do not smear between them
        time_s = timestamp_ns / 1e9
        if self.options.smooth:
            pts = self._landmark_filter(pts, time_s)
            pose = HeadPose.from_array(self._pose_filter(pose.as_array(), time_s))
        track = FaceTrack(pts, pose, timestamp_ns, _bbox(pts), faces_found=len(faces))
        self._history = (self._history + [track])[-2:]
        return track

    def _choose(self, faces, width: int, height: int):
        def area(item) -> float:
            x0, y0, x1, y1 = _bbox(item[0])
            return (x1 - x0) * (y1 - y0)

        if self.options.face_choice is FaceChoice.CENTRAL:
            centre = np.array([width / 2, height / 2])
            return min(faces, key=lambda item: float(np.linalg.norm(item[0][:, :2].mean(axis=0) - centre)))
        return max(faces, key=area)

    def _same_face(self, pts: np.ndarray) -> bool:
        last = self._history[-1]
        jump_px = float(np.linalg.norm(pts[:, :2].mean(axis=0) - last.landmarks_px[:, :2].mean(axis=0)))
        return jump_px < 0.75 * max(last.face_height_px, 1.0)

    def _forget(self) -> None:
        self._history = []
        self._landmark_filter.reset()
        self._pose_filter.reset()

    # -- frames the model skips ------------------------------------------------------------

    def predict(self, timestamp_ns: int) -> FaceTrack | None:
        """The face at timestamp_ns extrapolated from the last two tracked frames (see `extrapolate`)."""
        return extrapolate(self._history, timestamp_ns)

    @property
    def history(self) -> list[FaceTrack]:
        """The last two tracked faces (empty when the last tracked frame had none)."""
        return list(self._history)

    def close(self) -> None:
        self._landmarker.close()
        self._history = []


def extrapolate(history: list[FaceTrack], timestamp_ns: int) -> FaceTrack | None:
    """The face at timestamp_ns from the last two tracked faces (constant velocity).

    None when the last tracked frame had no face (empty history): a frame the model skipped
    never resurrects an overlay the model has dropped.
    """
    if not history:
        return None
    last = history[-1]
    if len(history) < 2:
        return replace(last, timestamp_ns=timestamp_ns, predicted=True)
    prev = history[-2]
    span_ns = last.timestamp_ns - prev.timestamp_ns
    if span_ns <= 0:
        return replace(last, timestamp_ns=timestamp_ns, predicted=True)
    # At most one step ahead: a stalled tracker must not fling the overlay off the face.
    k = min((timestamp_ns - last.timestamp_ns) / span_ns, 1.0)
    pts = last.landmarks_px + k * (last.landmarks_px - prev.landmarks_px)
    pose = HeadPose.from_array(last.pose.as_array() + k * (last.pose.as_array() - prev.pose.as_array()))
    return FaceTrack(pts, pose, timestamp_ns, _bbox(pts), last.faces_found, predicted=True)


__all__ = ["Delegate", "FaceChoice", "FaceTrack", "FaceTracker", "TrackTiming", "TrackerOptions", "extrapolate"]
