"""Comments per second the inbox understands while the preview keeps 30 fps, in the real window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_inbox_burst.py [--rates 10,25,50,100] [--phase-s 6]

The window runs offscreen with its test pattern at 30 fps, the example show and the inbox panel in
front. Comments (benchmarks/data/comments_understand_dev.jsonl, 8 languages, cycled) are published
on the session bus as the comments thread does, in batches every 100 ms, at each rate for a phase;
then one batch of 1,000. Per phase it prints: offered and understood per second, what still waits,
the preview's painted fps, and the longest stall of the GUI event loop (a 10 ms timer's largest
gap). Sustained = the highest rate understood in full with the preview at >= 28 fps. Prints the load.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEV = ROOT / "benchmarks" / "data" / "comments_understand_dev.jsonl"
SHOW = ROOT / "assets" / "shows" / "autumn-lip-launch.show.md"


def _load() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rates", default="10,25,50,100", help="comments per second, one phase each")
    parser.add_argument("--phase-s", type=float, default=6.0)
    parser.add_argument("--burst", type=int, default=1000)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from studio import paths

    os.environ.setdefault("STUDIO_MODELS_DIR", str(paths.models_dir()))
    os.environ["STUDIO_DATA_DIR"] = tempfile.mkdtemp(prefix="studio-inbox-bench-")

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from studio.comments.events import EventKind, LiveEvent
    from studio.comments.worker import LiveEventBatch
    from studio.ui.main_window import StudioWindow
    from studio.ui.theme import apply_dark_theme

    app = QApplication.instance() or QApplication(["bench"])
    apply_dark_theme(app)
    texts = [json.loads(line)["text"] for line in DEV.read_text("utf-8").splitlines() if line.strip()]
    print(f"load before: {_load()} ({os.cpu_count()} cores)")
    window = StudioWindow()
    window.resize(1440, 900)
    window.show()

    def spin_until(predicate, timeout_s: float) -> bool:
        end = time.monotonic() + timeout_s
        while time.monotonic() < end:
            QCoreApplication.processEvents()
            if predicate():
                return True
            time.sleep(0.005)
        return False

    spin_until(lambda: window.controller.session is not None, 20)
    window.load_show(str(SHOW))
    panel = window.panel_widgets["inbox"]
    window.panel_docks["inbox"].raise_()
    session = window.controller.session
    paste = Path(os.environ["STUDIO_DATA_DIR"]) / "empty.txt"
    paste.write_text("hello\n", "utf-8")
    panel.picker.kind.setCurrentIndex(panel.picker.kind.findData("paste"))
    panel.picker.path.setText(str(paste))
    panel.picker.connect_button.click()
    inbox = session.inbox
    spin_until(lambda: inbox.drafter is not None and inbox.snapshot().counts.get("comments", 0) >= 1, 60)
    counter = iter(range(10**9))

    def batch(n: int) -> None:
        events = tuple(LiveEvent.create(EventKind.COMMENT, source="bench", platform="bench",
                                        text=texts[i % len(texts)], event_id=f"c{i}")
                       for i in (next(counter) for _ in range(n)))
        session.events.publish(LiveEventBatch(events, 0))

    def phase(rate: float | None, seconds: float) -> dict:
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start(10)
        frames0, done0 = window.preview.frames_painted, inbox.snapshot().counts.get("comments", 0)
        start = time.monotonic()
        offered, owed = 0, 0.0
        next_batch = start
        while time.monotonic() - start < seconds:
            now = time.monotonic()
            if rate and now >= next_batch:
                owed += rate * 0.1
                n = int(owed)
                owed -= n
                if n:
                    batch(n)
                    offered += n
                next_batch += 0.1
            QCoreApplication.processEvents()
            time.sleep(0.002)
        elapsed = time.monotonic() - start
        timer.stop()
        snap = inbox.snapshot()
        stall = max((b - a for a, b in zip(ticks, ticks[1:])), default=float("inf")) * 1000
        return {"offered_per_s": offered / elapsed, "understood_per_s": (snap.counts.get("comments", 0) - done0) / elapsed,
                "waiting": snap.pending, "fps": (window.preview.frames_painted - frames0) / elapsed,
                "max_stall_ms": stall}

    phase(None, 2.0)           # settle
    sustained = 0.0
    print(f"{'rate/s':>7} {'offered/s':>9} {'understood/s':>12} {'waiting':>7} {'preview fps':>11} {'max stall ms':>12}")
    for rate in (float(r) for r in args.rates.split(",")):
        r = phase(rate, args.phase_s)
        print(f"{rate:7.0f} {r['offered_per_s']:9.1f} {r['understood_per_s']:12.1f} {r['waiting']:7d} "
              f"{r['fps']:11.1f} {r['max_stall_ms']:12.0f}")
        if r["waiting"] <= rate * 0.5 and r["fps"] >= 28:
            sustained = max(sustained, r["understood_per_s"])
        spin_until(lambda: inbox.snapshot().pending == 0, 60)
    done0 = inbox.snapshot().counts.get("comments", 0)
    t0 = time.monotonic()
    batch(args.burst)
    r = phase(None, 3.0)
    spin_until(lambda: inbox.snapshot().counts.get("comments", 0) - done0 >= args.burst
               or inbox.snapshot().skipped > 0, 120)
    took = time.monotonic() - t0
    print(f"burst of {args.burst} in one batch: understood in {took:.1f} s; first 3 s: preview {r['fps']:.1f} fps, "
          f"max GUI stall {r['max_stall_ms']:.0f} ms")
    print(f"sustained: {sustained:.0f} comments/s understood with the preview at >= 28 fps")
    print(f"load after: {_load()}")
    window.close()
    spin_until(lambda: window.shutdown_complete, 10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
