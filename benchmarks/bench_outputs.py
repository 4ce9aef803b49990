"""Going-live outputs: H.264 encode cost per frame, and glass-to-server latency on loopback.

    .venv/bin/python benchmarks/bench_outputs.py [--seconds 6]

1. Encode: the RTMP output's encoder set-up (studio.outputs.encoding, libx264
   zerolatency, yuv420p, BGR conversion included) on a moving, textured canvas at
   1280×720 and 1080×1920, presets veryfast (default) and ultrafast.
2. Latency: RtmpOutput pushes a real-time program (video + 20 ms audio blocks) to an
   RTMP server on 127.0.0.1 (FFmpeg's own RTMP listener, through PyAV); for every
   video packet the server receives, latency = arrival time − the frame's capture
   time. Includes queueing, BGR→YUV, encoding, A/V interleaving and the socket.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import threading
import time
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studio.core.frames import AUDIO_SAMPLE_RATE_HZ, AudioChunk, VideoFrame  # noqa: E402
from studio.outputs.encoding import H264Options, add_h264_stream, to_av_video_frame  # noqa: E402
from studio.outputs.rtmp import RtmpOptions, RtmpOutput  # noqa: E402

SIZES = {"720p (1280x720)": (1280, 720), "1080p vertical (1080x1920)": (1080, 1920)}


def canvas(width: int, height: int, index: int, noise: np.ndarray) -> np.ndarray:
    """A host-like picture: a gradient, texture (sensor noise) and a moving block."""
    image = noise.copy()
    x = (index * 12) % max(1, width - 200)
    image[height // 3: height // 3 + 200, x: x + 200] = (40, 90, 200)
    return image


def make_noise(width: int, height: int) -> np.ndarray:
    rng = np.random.default_rng(7)
    ramp = np.linspace(40, 200, width, dtype=np.float32)[None, :, None]
    base = np.broadcast_to(ramp, (height, width, 3)) + rng.normal(0, 12, (height, width, 3))
    return np.clip(base, 0, 255).astype(np.uint8)


def bench_encode(width: int, height: int, preset: str, frames: int) -> tuple[float, float]:
    container = av.open(io.BytesIO(), mode="w", format="flv")
    stream = add_h264_stream(container, width, height, H264Options(preset=preset, bitrate_kbps=4500),
                             Fraction(1, 1000))
    noise = make_noise(width, height)
    durations = []
    for i in range(frames):
        frame = VideoFrame(canvas(width, height, i, noise), i * 33_333_333, i, 0)
        began = time.perf_counter()
        for packet in stream.encode(to_av_video_frame(frame, i * 33, Fraction(1, 1000))):
            container.mux(packet)
        durations.append((time.perf_counter() - began) * 1000)
    for packet in stream.encode(None):
        container.mux(packet)
    container.close()
    warm = durations[10:]   # x264 start-up (lookahead, thread pool) is not a steady cost
    return statistics.median(warm), float(np.percentile(warm, 95))


class LoopbackReceiver(threading.Thread):
    """FFmpeg's RTMP listener (one publisher) recording when each video packet arrives."""

    def __init__(self, port: int) -> None:
        super().__init__(daemon=True, name="rtmp-listener")
        self.url = f"rtmp://127.0.0.1:{port}/live/bench"
        self.arrivals: list[tuple[int, int]] = []    # (pts ms, monotonic ns)
        self.ready = threading.Event()

    def run(self) -> None:
        self.ready.set()
        with av.open(self.url, options={"listen": "1", "probesize": "32768",
                                        "analyzeduration": "0"}, timeout=30) as container:
            video = container.streams.video[0]
            try:
                for packet in container.demux(video):
                    if packet.pts is not None:
                        self.arrivals.append((int(packet.pts * packet.time_base * 1000),
                                              time.monotonic_ns()))
            except av.error.FFmpegError:
                pass           # the publisher hung up: the end of the run


def bench_latency(width: int, height: int, seconds: float, port: int) -> dict[str, float]:
    receiver = LoopbackReceiver(port)
    receiver.start()
    receiver.ready.wait()
    time.sleep(0.5)        # let the listener bind
    out = RtmpOutput(RtmpOptions(url=receiver.url, video=H264Options(bitrate_kbps=4500)))
    noise = make_noise(width, height)
    fps = 30
    start_ns = time.monotonic_ns()
    frame_i = block_i = 0
    block = int(AUDIO_SAMPLE_RATE_HZ * 0.02)
    tone = (0.1 * np.sin(np.arange(block) * 2 * np.pi * 440 / AUDIO_SAMPLE_RATE_HZ)).astype(np.float32)
    while time.monotonic_ns() - start_ns < seconds * 1e9:
        video_due = start_ns + frame_i * 1_000_000_000 // fps
        audio_due = start_ns + (block_i + 1) * 20_000_000
        due = min(video_due, audio_due)
        delay = (due - time.monotonic_ns()) / 1e9
        if delay > 0:
            time.sleep(delay)
        if due == video_due:
            out.write_video(VideoFrame(canvas(width, height, frame_i, noise), video_due, frame_i, video_due))
            frame_i += 1
        else:
            out.write_audio(AudioChunk(tone, start_ns + block_i * 20_000_000))
            block_i += 1
    health = out.health()
    out.close()
    receiver.join(timeout=10)
    # The first second includes the connection and the listener's probing: leave it out.
    latencies = [(arrival - (start_ns + pts * 1_000_000)) / 1e6
                 for pts, arrival in receiver.arrivals if pts >= 1000]
    return {"frames_sent": frame_i, "packets_received": len(receiver.arrivals),
            "p50_ms": statistics.median(latencies), "p95_ms": float(np.percentile(latencies, 95)),
            "max_ms": max(latencies), "dropped": health.frames_dropped,
            "bitrate_kbps": health.extra["bitrate_kbps"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=6.0, help="length of each latency run")
    parser.add_argument("--frames", type=int, default=70, help="frames per encode run")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()}  cores: {os.cpu_count()}  PyAV {av.__version__}")
    print("\nH.264 encode per frame (BGR→yuv420p + libx264 zerolatency, 4.5 Mb/s), ms:")
    for label, (w, h) in SIZES.items():
        for preset in ("veryfast", "ultrafast"):
            p50, p95 = bench_encode(w, h, preset, args.frames)
            print(f"  {label:28s} {preset:9s} p50 {p50:6.1f}  p95 {p95:6.1f}  "
                  f"(30 fps budget 33.3)")
    print(f"\nglass-to-server latency on loopback, {args.seconds:.0f} s at 30 fps, veryfast:")
    for i, (label, (w, h)) in enumerate(SIZES.items()):
        from socket import socket

        with socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        r = bench_latency(w, h, args.seconds, port)
        print(f"  {label:28s} p50 {r['p50_ms']:6.1f} ms  p95 {r['p95_ms']:6.1f} ms  max {r['max_ms']:6.1f} ms"
              f"  ({r['packets_received']}/{r['frames_sent']} frames arrived, {r['dropped']} dropped,"
              f" {r['bitrate_kbps']:.0f} kb/s)")
    print(f"\nload average after: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
