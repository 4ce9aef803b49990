"""Pipeline figures: fps and capture→composited latency p50/p95 at 720p and 1080p, with no
filter and with a filter that costs 5 ms, and the cost of recording (H.264 + AAC).

    .venv/bin/python benchmarks/bench_pipeline.py [--seconds 8]

Real time: a 30 fps test pattern paced like a camera; the figures are what a host would see.
Offline: the same pipeline as fast as it goes (the headroom left on this machine).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studio.core.compositor import CanvasConfig  # noqa: E402
from studio.live.session import Session, SessionConfig, VideoSourceConfig  # noqa: E402


class CostFilter:
    """A filter that burns `ms` of CPU per frame (busy, not sleeping: like real work)."""

    enabled = True

    def __init__(self, ms: float) -> None:
        self.ms = ms
        self.name = f"cost_{ms:g}ms"

    def process(self, frame, ctx):
        end = time.perf_counter() + self.ms / 1000
        while time.perf_counter() < end:
            pass
        return frame

    def close(self):
        pass


def run_case(width, height, canvas, filter_ms, record, realtime, seconds):
    cfg = SessionConfig(video=VideoSourceConfig("pattern", width=width, height=height, fps=30,
                                                duration_s=seconds),
                        canvas=canvas, realtime=realtime)
    session = Session(cfg)
    if filter_ms:
        session.add_camera_filter(CostFilter(filter_ms))
    tmp = tempfile.TemporaryDirectory()
    recorder = session.start_recording(Path(tmp.name) / "out.mp4") if record else None
    t0 = time.monotonic()
    session.start()
    session.wait_until_done(seconds * 20 + 60)
    wall = time.monotonic() - t0
    rec = recorder.health() if recorder else None
    session.stop()
    s = session.stats(recent=False)
    tmp.cleanup()
    return {
        "fps": s.frames_out / wall, "p50": s.latency_p50_ms, "p95": s.latency_p95_ms,
        "dropped": s.dropped_frames, "frames": s.frames_in,
        "encode_p50": rec.extra["encode_p50_ms"] if rec else None,
        "rec_dropped": rec.frames_dropped if rec else None,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=8.0)
    args = ap.parse_args()
    from studio.overlays.qt_paint import ensure_gui_application

    ensure_gui_application()
    print(f"machine: {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.2f}")
    cases = [
        ("720p → 16:9 1280x720", 1280, 720, CanvasConfig("16:9", 1280)),
        ("1080p → 16:9 1920x1080", 1920, 1080, CanvasConfig("16:9", 1920)),
        ("1080p → 9:16 1080x1920", 1920, 1080, CanvasConfig("9:16", 1920)),
    ]
    header = f"{'case':26} {'mode':8} {'filter':7} {'rec':4} {'fps':>6} {'lat p50':>8} {'lat p95':>8} {'dropped':>8} {'enc p50':>8} {'rec drop':>8}"
    print(header)
    print("-" * len(header))
    for label, w, h, canvas in cases:
        for realtime in (True, False):
            for filter_ms, record in ((0, False), (5, False), (0, True)):
                r = run_case(w, h, canvas, filter_ms, record, realtime, args.seconds)
                enc = f"{r['encode_p50']:.1f}" if r["encode_p50"] is not None else "-"
                rd = str(r["rec_dropped"]) if r["rec_dropped"] is not None else "-"
                print(f"{label:26} {'realtime' if realtime else 'offline':8} {filter_ms:5}ms {'yes' if record else 'no':4} "
                      f"{r['fps']:6.1f} {r['p50']:7.1f}ms {r['p95']:7.1f}ms {r['dropped']:8} {enc:>8} {rd:>8}",
                      flush=True)
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
