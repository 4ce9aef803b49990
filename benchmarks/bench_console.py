"""Producer console: push-to-prompter round trip on loopback, p50/p95/max.

    .venv/bin/python benchmarks/bench_console.py [--show SHOW.show.md] [--n 200]

A real session (pattern video, the prompter on its own thread, the console's server on its own)
and a WebSocket client on this machine, as a phone on the LAN would be minus the Wi-Fi:
- cue:     send → the ProducerCue event delivered on the session's bus (what the prompter dock
           paints), and send → the page's ack;
- segment: send → the page receives the prompter's position with the new segment on air
           (page → server → Session.go_to_segment → bus → prompter thread → snapshot → page);
- mark:    send → the page receives the prompter's position on the marked line.
The rate limit is raised for the run (a producer taps a few times a second; here one command
follows the last one's answer). The load average is printed before and after (2 shared cores).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import aiohttp
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from studio.console.events import ProducerCue  # noqa: E402
from studio.console.options import ConsoleOptions  # noqa: E402
from studio.live.assembly import build_session  # noqa: E402
from studio.live.options import LiveOptions, PrompterMode, TryOnMode  # noqa: E402
from studio.live.session import SessionConfig, VideoSourceConfig  # noqa: E402
from studio.overlays.qt_paint import ensure_gui_application  # noqa: E402
from studio.show import load_show  # noqa: E402


def uptime() -> str:
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True, timeout=5).stdout.strip()
    except OSError:
        return "uptime unavailable"


def stats(name: str, ms: list[float]) -> None:
    a = np.asarray(ms)
    print(f"{name:28s} n={len(a):4d}  p50 {np.percentile(a, 50):7.2f} ms  p95 {np.percentile(a, 95):7.2f} ms  "
          f"max {a.max():7.2f} ms")


async def drive(url: str, session, n: int) -> dict[str, list[float]]:
    delivered: dict[str, float] = {}
    arrived = threading.Event()

    def on_cue(event: ProducerCue) -> None:
        delivered[event.text] = time.perf_counter()
        arrived.set()
    session.events.subscribe(ProducerCue, on_cue)
    spoken = [(ln.segment, ln.line) for ln in session.console.script.spoken_lines()]
    out = {"cue → bus": [], "cue → ack": [], "segment → position": [], "mark → position": []}
    ws_url = url.replace("http://", "ws://").replace("/?token=", "/ws?token=")
    async with aiohttp.ClientSession() as http:
        async with http.ws_connect(ws_url) as ws:
            async def until(pred):
                while True:
                    msg = json.loads((await ws.receive(timeout=5)).data)
                    if msg.get("type") == "error":
                        raise RuntimeError(msg)
                    if pred(msg):
                        return time.perf_counter()
            for i in range(n):
                text = f"cue {i}: 30 s left"
                t0 = time.perf_counter()
                await ws.send_str(json.dumps({"id": i, "type": "cue", "text": text}))
                t_ack = await until(lambda m: m.get("type") == "ack" and m.get("id") == i)
                while text not in delivered:
                    await asyncio.sleep(0.0005)
                out["cue → bus"].append((delivered[text] - t0) * 1000)
                out["cue → ack"].append((t_ack - t0) * 1000)
            segments = len(session.show.segments)
            for i in range(n):
                target = (i + 1) % segments
                t0 = time.perf_counter()
                await ws.send_str(json.dumps({"id": n + i, "type": "segment", "index": target}))
                t1 = await until(lambda m: m.get("type") == "position" and m.get("on_air") == target)
                out["segment → position"].append((t1 - t0) * 1000)
            for i in range(n):
                seg, line = spoken[(i * 7 + 3) % len(spoken)]
                if i and spoken[((i - 1) * 7 + 3) % len(spoken)] == (seg, line):
                    continue
                t0 = time.perf_counter()
                await ws.send_str(json.dumps({"id": 2 * n + i, "type": "mark", "segment": seg, "line": line}))
                t1 = await until(lambda m: m.get("type") == "position" and m.get("segment") == seg
                                 and m.get("line") == line)
                out["mark → position"].append((t1 - t0) * 1000)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", type=Path, default=ROOT / "assets" / "shows" / "autumn-lip-launch.show.md")
    ap.add_argument("--n", type=int, default=200)
    args = ap.parse_args(argv)
    ensure_gui_application()
    print("load before:", uptime())
    config = SessionConfig(video=VideoSourceConfig("pattern", width=320, height=180, fps=30, duration_s=3600))
    options = LiveOptions(session=config, tryon=TryOnMode.OFF, prompter=PrompterMode.STANDBY,
                          console=ConsoleOptions(on=True, port=0, rate_per_s=10_000, rate_burst=10_000))
    os.environ.setdefault("STUDIO_DATA_DIR", tempfile.mkdtemp(prefix="bench-console-"))
    session = build_session(options, load_show(args.show))
    session.start()
    try:
        results = asyncio.run(drive(session.console.url, session, args.n))
    finally:
        session.stop()
    print(f"session running (pattern 320x180 at 30 fps, prompter thread, console server); show {args.show.name}")
    for name, ms in results.items():
        stats(name, ms)
    print("load after: ", uptime())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
