"""Rehearsal pass time against the audio's length, for Whisper tiny.en and base.

    .venv/bin/python benchmarks/bench_rehearse.py [--models tiny.en,base] [--lengths 1,2,4] [--realtime]

espeak-ng reads the example show (assets/shows/autumn-lip-launch.show.md) with a skipped line,
a repeat, a jump back and an ad-lib; the reading is repeated 1, 2, 4... times to make longer
rehearsals. Each goes through the same code as `studio rehearse`: studio.rehearsal.engines.run_pass
(captions engine + voice follow on the file clock) and build_report (alignment, claim check,
terms, disclosure, go/no-go). Printed per model and length: audio seconds, model load, pass wall
time, real-time factor (pass / audio), report time, and the load average around each run.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio.compliance.checker import Checker  # noqa: E402
from studio.rehearsal.engines import PassOptions, run_pass  # noqa: E402
from studio.rehearsal.report import build_report  # noqa: E402
from studio.show import load_show  # noqa: E402
from tests.prompter.synth_reading import adlib, line, synthesize, tools_missing  # noqa: E402

SHOW = ROOT / "assets" / "shows" / "autumn-lip-launch.show.md"


def reading(show, folder: Path) -> Path:
    plan = [line(show, 0, 0), line(show, 0, 2), line(show, 0, 3), line(show, 1, 0), line(show, 1, 3),
            line(show, 1, 3), adlib("Honestly, this lipstick cures cold sores, guaranteed."),
            line(show, 0, 2), line(show, 2, 0), line(show, 2, 1), line(show, 2, 3),
            line(show, 3, 0), line(show, 3, 2), line(show, 4, 0), line(show, 4, 2)]
    return synthesize(plan, folder).wav_path


def repeated(wav: Path, times: int, dest: Path) -> Path:
    with wave.open(str(wav)) as w:
        params, frames = w.getparams(), w.readframes(w.getnframes())
    samples = np.frombuffer(frames, dtype=np.int16)
    with wave.open(str(dest), "wb") as w:
        w.setparams(params)
        w.writeframes(np.tile(samples, times).tobytes())
    return dest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", default="tiny.en,base")
    parser.add_argument("--lengths", default="1,2,4", help="how many times the reading is repeated")
    parser.add_argument("--realtime", action="store_true", help="pace like a microphone (pass ~ audio length)")
    args = parser.parse_args()
    missing = tools_missing()
    if missing:
        print(missing, file=sys.stderr)
        return 1
    show = load_show(SHOW)
    checker = Checker(["US", "DE"])
    with tempfile.TemporaryDirectory() as tmp:
        base_wav = reading(show, Path(tmp) / "reading")
        files = {n: repeated(base_wav, n, Path(tmp) / f"reading-x{n}.wav") for n in map(int, args.lengths.split(","))}
        print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} "
              f"{os.getloadavg()[2]:.2f}; realtime={args.realtime}")
        print(f"{'model':8} {'audio s':>8} {'load s':>7} {'pass s':>7} {'RTF':>5} {'report s':>8} "
              f"{'read':>6} {'adlibs':>6}  load avg before/after")
        for model in args.models.split(","):
            for n, wav in files.items():
                before = os.getloadavg()[0]
                result = run_pass(show, wav, PassOptions(model=model, realtime=args.realtime))
                t0 = time.perf_counter()
                report = build_report(show, result, checker, wav, model)
                report_s = time.perf_counter() - t0
                lines = [ln for seg in report["segments"] for ln in seg["lines"]]
                read = sum(ln["status"] == "read" for ln in lines)
                print(f"{model:8} {result.audio_s:8.1f} {result.load_s:7.2f} {result.pass_s:7.1f} "
                      f"{result.pass_s / result.audio_s:5.2f} {report_s:8.2f} {read:>3}/{len(lines):<2} "
                      f"{len(report['adlibs']):6}  {before:.2f}/{os.getloadavg()[0]:.2f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
