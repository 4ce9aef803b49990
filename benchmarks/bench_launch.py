"""Launch-to-usable time and memory of the studio window (issue 13 item 6: usable within 2 s,
RSS at most 1.2 GB with Whisper base and the face landmarker loaded).

    .venv/bin/python benchmarks/bench_launch.py                        # from source (.venv)
    .venv/bin/python benchmarks/bench_launch.py --frozen dist/         # the PyInstaller bundle
    .venv/bin/python benchmarks/bench_launch.py --xvfb                 # under xvfb-run instead of offscreen

Launch-to-usable: from just before the process is spawned to the preview painting its first
frame (the window prints that moment's CLOCK_MONOTONIC time when run with --smoke-test-s).
Two set-ups, each in a fresh data folder: "idle" (test pattern, captions and try-on off) and
"loaded" (captions on with Whisper base, try-on on, so the face landmarker loads too). RSS is
sampled from /proc every 100 ms (with the CPU seconds used, steadier than wall time on a loaded machine): at the first frame, at the end (median of the last 2 s) and
the peak (VmHWM). The models come from STUDIO_MODELS_DIR (default .models/).

Print `uptime` with the figures: on a shared machine the load moves them a lot.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST_FRAME = re.compile(r"first frame at monotonic ([0-9.]+)")

SETUPS = {
    "idle": {"panels/captions/enabled": "false", "panels/tryon/ar_enabled": "false"},
    "loaded": {"panels/captions/enabled": "true", "panels/captions/model": "base",
               "panels/captions/language": "en", "panels/tryon/ar_enabled": "true",
               "panels/tryon/look": "lipstick:ruby-matte"},   # a look, so the landmarker loads
}
# One model at a time, to see which one holds the first frame back.
SETUPS["captions"] = {**SETUPS["loaded"], "panels/tryon/ar_enabled": "false"}
SETUPS["tryon"] = {**SETUPS["loaded"], "panels/captions/enabled": "false"}
# Native libraries whose presence in the process's maps shows the model runtimes were loaded.
RUNTIME_LIBS = {"whisper (ctranslate2)": "libctranslate2", "landmarker (mediapipe)": "libmediapipe"}


@dataclass
class Launch:
    setup: str
    first_frame_s: float | None = None
    cpu_first_frame_s: float = 0.0     # user+system CPU until the first frame: steadier than wall time under load
    rss_first_frame_mb: float = 0.0
    rss_end_mb: float = 0.0
    peak_mb: float = 0.0
    runtimes: list[str] = field(default_factory=list)
    problem: str = ""


def _status_mb(pid: int, key: str) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def _cpu_s(pid: int) -> float:
    """User plus system CPU seconds of the process so far (/proc/PID/stat fields 14 and 15)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def _window_pid(root_pid: int) -> int:
    """The process that maps Qt: the window itself, under xvfb-run or the bootloader's parent."""
    candidates = [root_pid]
    seen = set()
    while candidates:
        pid = candidates.pop()
        if pid in seen:
            continue
        seen.add(pid)
        try:
            if "libQt6Core" in Path(f"/proc/{pid}/maps").read_text():
                return pid
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            continue
        candidates += [int(c) for c in children]
    return root_pid


def _write_settings(data_dir: Path, values: dict[str, str]) -> None:
    """The window's ini file as QSettings writes it: [first] section, the rest of the key with '\\'."""
    sections: dict[str, dict[str, str]] = {}
    for key, value in values.items():
        group, _, name = key.partition("/")
        sections.setdefault(group, {})[name.replace("/", "\\")] = value
    text = "".join(f"[{group}]\n" + "".join(f"{k}={v}\n" for k, v in items.items()) + "\n"
                   for group, items in sections.items())
    (data_dir / "studio-window.ini").write_text(text, encoding="utf-8")


def launch(command: list[str], setup: str, hold_s: float, models: Path, xvfb: bool,
           source_root: Path | None = None) -> Launch:
    result = Launch(setup)
    with tempfile.TemporaryDirectory(prefix="studio-launch-") as tmp:
        data = Path(tmp)
        _write_settings(data, SETUPS[setup])
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
        env.update(STUDIO_DATA_DIR=str(data), STUDIO_MODELS_DIR=str(models))
        if source_root is not None:   # this checkout's studio/ before the venv's editable install
            env["PYTHONPATH"] = str(source_root)
        if xvfb:
            env.pop("QT_QPA_PLATFORM", None)
            command = ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", *command]
        else:
            env["QT_QPA_PLATFORM"] = "offscreen"
        args = [*command, "--smoke-test-s", str(hold_s)]
        samples: list[tuple[float, float, float]] = []   # (monotonic s, RSS MB, CPU s)
        started = time.monotonic()
        proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                cwd=source_root)
        out: list[str] = []
        readers = [threading.Thread(target=lambda s=s: out.append(s.read()), daemon=True)
                   for s in (proc.stdout, proc.stderr)]
        for reader in readers:
            reader.start()
        pid = proc.pid
        while proc.poll() is None:
            if pid == proc.pid:
                pid = _window_pid(proc.pid)
            rss = _status_mb(pid, "VmRSS")
            if rss:
                samples.append((time.monotonic(), rss, _cpu_s(pid)))
                result.peak_mb = max(result.peak_mb, _status_mb(pid, "VmHWM"))
                if not result.runtimes:
                    try:
                        maps = Path(f"/proc/{pid}/maps").read_text()
                        found = [name for name, lib in RUNTIME_LIBS.items() if lib in maps]
                    except OSError:
                        found = []
                    if len(found) == len(RUNTIME_LIBS):
                        result.runtimes = found
            time.sleep(0.1)
        for reader in readers:
            reader.join(timeout=5)
        text = "\n".join(out)
        match = FIRST_FRAME.search(text)
        if proc.returncode != 0 or not match:
            result.problem = f"exit {proc.returncode}: {text[-800:]}"
            return result
        first = float(match.group(1))
        result.first_frame_s = first - started
        after_first = [(rss, cpu) for t, rss, cpu in samples if t >= first]
        if after_first:   # the first sample after the first frame: at most 100 ms late
            result.rss_first_frame_mb, result.cpu_first_frame_s = after_first[0]
        if samples:
            end = samples[-1][0]
            result.rss_end_mb = statistics.median(rss for t, rss, _ in samples if t >= end - 2.0)
    return result


def _command(frozen: str | None) -> list[str]:
    if frozen:
        dist = Path(frozen)
        exe = dist / "studio" / "studio-gui" if (dist / "studio").is_dir() else dist / "studio-gui"
        if not exe.is_file():
            raise SystemExit(f"no studio-gui under {frozen}")
        return [str(exe)]
    return [sys.executable, "-m", "studio.ui.app"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--frozen", metavar="DIST", help="time the bundle's studio-gui instead of the source")
    parser.add_argument("--xvfb", action="store_true", help="run under xvfb-run (X11) instead of offscreen")
    parser.add_argument("--runs", type=int, default=3, help="launches per set-up (default 3)")
    parser.add_argument("--setups", default="idle,loaded", help="comma-separated: idle, loaded, captions, tryon")
    parser.add_argument("--hold-s", type=float, default=12.0,
                        help="seconds the window stays open after its first frame (default 12: time for the "
                             "models to load in the loaded set-up)")
    parser.add_argument("--source", metavar="DIR", default=str(ROOT),
                        help="time the studio/ of this checkout (a git worktree of an older commit, say)")
    parser.add_argument("--models", default=os.environ.get("STUDIO_MODELS_DIR", str(ROOT / ".models")))
    args = parser.parse_args(argv)
    if args.xvfb and not shutil.which("xvfb-run"):
        raise SystemExit("xvfb-run is not installed (apt-get install xvfb)")
    command = _command(args.frozen)
    load = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    print(f"{'frozen ' + args.frozen if args.frozen else 'source ' + args.source}, "
          f"{'xvfb' if args.xvfb else 'offscreen'}; uptime before: {load}")
    print(f"{'set-up':<8} {'first frame s':>13} {'CPU s':>6} {'RSS first MB':>13} {'RSS end MB':>11} "
          f"{'peak MB':>8}  runtimes")
    for setup in args.setups.split(","):
        for _ in range(args.runs):
            r = launch(command, setup, args.hold_s, Path(args.models), args.xvfb,
                       None if args.frozen else Path(args.source).resolve())
            if r.problem:
                print(f"{setup:<8} FAILED {r.problem}")
                continue
            print(f"{setup:<8} {r.first_frame_s:>13.2f} {r.cpu_first_frame_s:>6.2f} {r.rss_first_frame_mb:>13.0f} "
                  f"{r.rss_end_mb:>11.0f} "
                  f"{r.peak_mb:>8.0f}  {', '.join(r.runtimes) or '-'}")
    print(f"uptime after: {subprocess.run(['uptime'], capture_output=True, text=True).stdout.strip()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
