"""AR try-on figures: ms per frame (landmarks, render, total) at 480p/720p/1080p, jitter on a
still face with camera-like noise, and lag on a moving face.

    .venv/bin/python benchmarks/bench_tryon.py [--frames 90] [--look lipstick:ruby-matte]

The face is scikit-image's astronaut photo placed as a laptop close-up (face ≈ 20 % of
the frame height), moved and noised per frame as a webcam would. Runs the real
TryOnFilter with the real MediaPipe model. Prints os.getloadavg(): the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studio.ar.budget import CostLevel  # noqa: E402
from studio.ar.tracker import TrackerOptions  # noqa: E402
from studio.core.filters import FilterContext  # noqa: E402
from studio.core.frames import VideoFrame  # noqa: E402
from studio.overlays.tryon import TryOnFilter, TryOnOptions  # noqa: E402

RESOLUTIONS = {"480p": (854, 480), "720p": (1280, 720), "1080p": (1920, 1080)}
FPS = 30
CTX = FilterContext(None, None, 0)


def face_photo() -> np.ndarray:
    from skimage import data

    return cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)


def scene(size: tuple[int, int], shift_px: tuple[float, float] = (0.0, 0.0)) -> tuple[np.ndarray, np.ndarray]:
    """The photo as a close-up on a wall-coloured frame, shifted; and the 2×3 photo→frame map."""
    w, h = size
    k = h / 512
    m = np.array([[k, 0, (w - 512 * k) / 2 + shift_px[0]], [0, k, shift_px[1]]])
    frame = cv2.warpAffine(face_photo(), m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(170, 180, 190))
    return frame, m


def noisy(frame: np.ndarray, rng: np.random.Generator, sigma: float = 4.0) -> np.ndarray:
    """Sensor noise σ=4 levels, as a webcam in room light (MEASUREMENTS.md)."""
    return np.clip(frame + rng.normal(0, sigma, frame.shape), 0, 255).astype(np.uint8)


def anchor(report, item: str) -> np.ndarray | None:
    for p in report.placements:
        if p.item == item:
            return np.array(p.anchor_px)
    return None


def speed(look: str, n_frames: int) -> None:
    print(f"\n== ms per frame, look {look}, model on every frame (cost level FULL) ==")
    print(f"{'res':6} {'landmarks p50/p95':>18} {'render p50/p95':>16} {'total p50/p95':>15} {'fps ok':>7}")
    rng = np.random.default_rng(0)
    for name, size in RESOLUTIONS.items():
        base, _ = scene(size)
        frames = [noisy(np.roll(base, i % 7 - 3, axis=1), rng) for i in range(8)]
        f = TryOnFilter(TryOnOptions(fixed_level=CostLevel.FULL))
        f.set_manual_look(look)
        track, render, total = [], [], []
        for i in range(n_frames + 5):
            frame = VideoFrame(frames[i % len(frames)], i * 1_000_000_000 // FPS, i, 0)
            t0 = time.perf_counter()
            f.process(frame, CTX)
            dt = (time.perf_counter() - t0) * 1000
            if i >= 5:                                   # warm-up: graph and sprite set-up
                r = f.last_report
                track.append(r.track_ms), render.append(r.render_ms), total.append(dt)
        f.close()
        p = lambda xs, q: float(np.percentile(xs, q))  # noqa: E731
        print(f"{name:6} {p(track, 50):8.1f} / {p(track, 95):5.1f}   {p(render, 50):6.1f} / {p(render, 95):5.1f}"
              f"   {p(total, 50):5.1f} / {p(total, 95):5.1f}   {'yes' if p(total, 50) < 1000 / FPS else 'no':>5}")
    print("(720p with the cost controller on ALTERNATE: the model runs on every other frame)")
    base, _ = scene(RESOLUTIONS["720p"])
    frames = [noisy(np.roll(base, i % 7 - 3, axis=1), rng) for i in range(8)]
    f = TryOnFilter(TryOnOptions(fixed_level=CostLevel.ALTERNATE))
    f.set_manual_look(look)
    total = []
    for i in range(n_frames + 5):
        frame = VideoFrame(frames[i % len(frames)], i * 1_000_000_000 // FPS, i, 0)
        t0 = time.perf_counter()
        f.process(frame, CTX)
        if i >= 5:
            total.append((time.perf_counter() - t0) * 1000)
    f.close()
    print(f"720p ALTERNATE: total mean {np.mean(total):.1f} ms (p95 {np.percentile(total, 95):.1f})")


def inference_size_accuracy() -> None:
    print("\n== downscaled inference: anchor shift vs. the full-size crop (px), still face ==")
    rng = np.random.default_rng(3)
    for name in ("720p", "1080p"):
        frame = noisy(scene(RESOLUTIONS[name])[0], rng)
        found = {}
        for long_side in (0, 640, 384):
            f = TryOnFilter(TryOnOptions(tracker=TrackerOptions(smooth=False, inference_long_side_px=long_side,
                                                                min_face_inference_px=0),
                                         fixed_level=CostLevel.FULL))
            points, ms = [], []
            for look, item in (("glasses:aviator", "glasses:aviator"), ("lipstick:ruby-matte", "lipstick:ruby-matte#0"),
                               ("earrings:gold-hoop", "earrings:gold-hoop#left")):
                f.set_manual_look(look)
                for i in range(4):
                    f.process(VideoFrame(frame, (len(ms) + 1) * 33_333_333, len(ms), 0), CTX)
                    ms.append(f.last_report.track_ms)
                points.append(anchor(f.last_report, item))
            f.close()
            found[long_side] = (np.array(points), float(np.median(ms[1:])))
        full = found[0][0]
        row = ", ".join(f"{k or 'full'}: {np.linalg.norm(v[0] - full, axis=1).max():.2f} px / {v[1]:.1f} ms"
                        for k, v in found.items())
        print(f"{name}: {row}")


def jitter(n_frames: int) -> None:
    print("\n== jitter: still face at 720p, sensor noise σ=4; anchor std. dev. in px ==")
    base, _ = scene(RESOLUTIONS["720p"])
    items = {"glasses:aviator": "glasses:aviator", "earrings:gold-hoop": "earrings:gold-hoop#left",
             "lipstick:ruby-matte": "lipstick:ruby-matte#0"}
    for smooth in (False, True):
        row = []
        for look, item in items.items():
            rng = np.random.default_rng(1)
            f = TryOnFilter(TryOnOptions(tracker=TrackerOptions(smooth=smooth), fixed_level=CostLevel.FULL))
            f.set_manual_look(look)
            points = []
            for i in range(n_frames):
                f.process(VideoFrame(noisy(base, rng), i * 1_000_000_000 // FPS, i, 0), CTX)
                a = anchor(f.last_report, item)
                if a is not None and i >= 10:
                    points.append(a)
            f.close()
            sd = np.array(points).std(axis=0)
            row.append(f"{item.split('#')[0]} {np.hypot(*sd):.2f}")
        print(f"{'smoothed' if smooth else 'raw     '}: " + ", ".join(row))


def lag(n_frames: int) -> None:
    print("\n== lag: face moving sideways at 720p (still, then constant speed); frames behind ==")
    size = RESOLUTIONS["720p"]
    look = item = "glasses:aviator"
    still = 15
    for speed_px in (4.0, 12.0, 24.0):
        moving = min(n_frames // 2, int(600 / speed_px))          # stays in frame: ±300 px
        start_dx = -moving * speed_px / 2
        for smooth in (False, True):
            rng = np.random.default_rng(2)
            f = TryOnFilter(TryOnOptions(tracker=TrackerOptions(smooth=smooth), fixed_level=CostLevel.FULL))
            f.set_manual_look(look)
            ref_x, behind = None, []
            for i in range(still + moving):
                dx = start_dx + max(0, i - still) * speed_px
                frame, _ = scene(size, (dx, 0.0))
                f.process(VideoFrame(noisy(frame, rng), i * 1_000_000_000 // FPS, i, 0), CTX)
                a = anchor(f.last_report, item)
                if i == still - 1 and a is not None:
                    ref_x = a[0]                                   # settled, before the move
                elif i >= still + 5 and a is not None and ref_x is not None:
                    behind.append((ref_x + (dx - start_dx) - a[0]) / speed_px)
            f.close()
            print(f"{speed_px * FPS:5.0f} px/s {'smoothed' if smooth else 'raw     '}: "
                  f"{np.mean(behind):5.2f} frames behind (max {np.max(behind):.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=90)
    parser.add_argument("--look", default="lipstick:ruby-matte")
    args = parser.parse_args()
    from studio.overlays.qt_paint import ensure_gui_application

    ensure_gui_application()
    print(f"load average before: {os.getloadavg()}  cores: {os.cpu_count()}")
    speed(args.look, args.frames)
    speed("glasses:aviator", args.frames // 2)
    inference_size_accuracy()
    jitter(args.frames)
    lag(args.frames)
    print(f"\nload average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
