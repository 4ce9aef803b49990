"""Voice follow figures: share of time the highlighted line is the one being read, catch-up after jumps.

    .venv/bin/python benchmarks/bench_follow.py [--model base] [--lang en|es|pt] [--realtime|--fast]
                                               [--no-early] [--runs N] [--keep DIR]
                                               [--readings FILE.py] [--trace DIR | --replay DIR]

espeak-ng reads a 6-segment show (--readings: a module with LANGUAGES and build_plan like the default
benchmarks/follow_readings.py, English, Spanish or Portuguese) with
skipped lines, ad-libs, a repeated line, a jump back and the return to where the host was, a
skipped segment and a long pause; the ground truth is when each line's clip starts and ends.
The reading goes through `follow_audio_file` (the same code as `studio follow`): the real
caption engine with the real Whisper model and the follower's early signal (--no-early: the
captions alone), paced like a microphone (--realtime, the default: the engine on its own thread
with the early decode as its side job, as in a live session) or as fast as possible (--fast).
Figures: share of reading time the highlighted line (with the lead) and the last heard line
are the line being read, catch-up time per jump (median and max), positions that strayed
during ad-libs, the early signal's decode cost; `uptime` before and after every run.
--trace DIR keeps every input of each run's prompter (pickled); --replay DIR scores the current
follower on those recorded inputs in seconds (the recognizer's real timing of that run), for tuning.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio.prompter.follow_file import FollowFileOptions, follow_audio_file, replay_trace  # noqa: E402
from studio.prompter.follower import VoiceFollower  # noqa: E402
from studio.prompter.script import ScriptView  # noqa: E402
from studio.show import parse_show  # noqa: E402
from studio.prompter.early_signal import EarlySignal, EarlySignalOptions  # noqa: E402
from tests.prompter.synth_reading import score, synthesize, tools_missing  # noqa: E402

def _uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def _early_cost_ms(model: str, language: str, wav_path: Path, decodes: int = 8) -> float:
    """Mean cost of one early-signal decode on this machine now (2.5 s windows of the reading)."""
    from studio.capture.audio_file import decode_audio

    import numpy as np

    audio = np.concatenate(list(decode_audio(wav_path, block_s=1.0)))
    early = EarlySignal(model, language, EarlySignalOptions(min_speech_share=0.0))   # every window decodes
    costs = []
    for k in range(decodes):
        start = int((5 + 7 * k) * 16_000)
        early.feed(audio[start:start + 40_000], (start + 40_000) / 16_000, True)
        t0 = time.perf_counter()
        early.decode(0.0)
        costs.append(1000 * (time.perf_counter() - t0))
    return sum(costs) / len(costs)


def _load_readings(path: Path | None):
    """The readings module: LANGUAGES {lang: (show text, espeak voice)} and build_plan(show, lang)."""
    if path is None:
        from benchmarks import follow_readings
        return follow_readings
    spec = importlib.util.spec_from_file_location("follow_readings_custom", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_once(args, show, plan, jumps, reading, heard_index, run: int) -> list:
    early_options = None if args.no_early else EarlySignalOptions()
    trace_path = None if not (args.trace or args.replay) else (
        (args.trace or args.replay) / f"trace-{args.lang}-{args.model}-{run}.pickle")
    print(f"  uptime before: {_uptime()}")
    started = time.perf_counter()
    shown, heard, rows, captions, early, trace = [], [], [], [], {}, []
    if args.replay:
        with open(trace_path, "rb") as f:
            trace = pickle.load(f)
        captions = [e for _t, what, e in trace if what == "caption" and e.kind != "window"]
        events = replay_trace(show, trace)
    else:
        events = follow_audio_file(show, reading.wav_path,
                                   FollowFileOptions(model=args.model, realtime=not args.fast, early=early_options),
                                   captions_out=captions, early_out=early, trace=trace if args.trace else None)
    for event in events:
        rows.append(event)
        shown.append((event.emitted_s, (event.position.segment, event.position.line)))
        if event.heard is not None:
            heard.append((event.emitted_s, (event.heard.segment, event.heard.line)))
    wall_s = time.perf_counter() - started
    print(f"  uptime after:  {_uptime()}")
    if args.trace:
        with open(trace_path, "wb") as f:
            pickle.dump(trace, f)
    jump_steps = [heard_index[i] for i in jumps]
    s_shown = score(reading, shown, jump_steps)
    s_heard = score(reading, heard, jump_steps)
    if args.keep:
        with open(args.keep / f"positions-{args.lang}-{args.model}.jsonl", "w", encoding="utf-8") as f:
            for e in rows:
                f.write(json.dumps(e.to_json()) + "\n")
    finals = [c for c in captions if c.kind == "final" and c.text]
    latency = sorted(c.emitted_s - c.end_s for c in finals)
    print(f"  wall time {wall_s:.1f} s; {len(finals)} finals, {len(captions) - len(finals)} partials"
          + (f"; final latency p50 {latency[len(latency) // 2]:.2f} s" if latency else ""))
    print(f"  highlighted line = line being read: {100 * s_shown.on_line_share:.1f}% of "
          f"{s_shown.read_s:.1f} s (last heard word's line: {100 * s_heard.on_line_share:.1f}%)")
    for (step, label), catch_up in zip(jumps.items(), s_shown.catch_up_s):
        print(f"  catch-up after jump '{label}': "
              + ("never" if catch_up == float("inf") else f"{catch_up:.2f} s"))
    ups = sorted(s_shown.catch_up_s)
    print(f"  catch-up median {statistics.median(ups):.2f} s, max {ups[-1]:.2f} s "
          f"(from the jump's first word to the highlight on the line being read)")
    print(f"  during {s_shown.adlib_s:.1f} s of ad-libs: {s_heard.adlib_strays} heard positions and "
          f"{s_shown.adlib_strays} highlight steps (the lead running into the next line) left the lines around them")
    print(f"  timed-fallback positions: {sum(1 for e in rows if e.mode.value == 'timed')}")
    if early:
        print(f"  early signal: {early}")
    return captions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="base", help="Whisper model (default base, the studio default)")
    parser.add_argument("--lang", default="en", help="the reading's language (en, es, pt in the default readings)")
    pace = parser.add_mutually_exclusive_group()
    pace.add_argument("--realtime", action="store_true", help="pace the file like a microphone (the default)")
    pace.add_argument("--fast", action="store_true", help="run the file as fast as possible (audio-time latency)")
    parser.add_argument("--no-early", action="store_true", help="follow the captions alone (no early signal)")
    parser.add_argument("--runs", type=int, default=1, help="how many times to run the reading")
    parser.add_argument("--keep", type=Path, help="keep the reading and positions in this folder")
    parser.add_argument("--readings", type=Path,
                        help="a readings module like benchmarks/follow_readings.py (LANGUAGES, build_plan)")
    record = parser.add_mutually_exclusive_group()
    record.add_argument("--trace", type=Path, help="keep each run's prompter inputs in this folder")
    record.add_argument("--replay", type=Path, help="score the follower on the inputs kept by --trace here")
    args = parser.parse_args()
    readings = _load_readings(args.readings)
    if args.lang not in readings.LANGUAGES:
        print(f"{args.readings} has no '{args.lang}' reading (it has {', '.join(sorted(readings.LANGUAGES))})",
              file=sys.stderr)
        return 2
    if args.trace:
        args.trace.mkdir(parents=True, exist_ok=True)
    missing = tools_missing()
    if missing:
        print(missing, file=sys.stderr)
        return 1
    text, voice = readings.LANGUAGES[args.lang]
    show = parse_show(text)
    plan, jumps = readings.build_plan(show, args.lang)
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench_follow_"))
    reading = synthesize(plan, work, voice=voice)
    # Plan step index -> index in reading.heard (pauses are not heard).
    heard_index = {}
    k = 0
    for i, step in enumerate(plan):
        if step.kind != "pause":
            heard_index[i] = k
            k += 1
    pacing = f"replay of {args.replay}" if args.replay else ("fast" if args.fast else "realtime")
    print(f"voice follow benchmark: model {args.model}, {args.lang}, {pacing} pacing, "
          f"{'captions only' if args.no_early else 'captions + early signal'}")
    print(f"  reading: {reading.duration_s:.1f} s of espeak-ng speech ({voice}), {len(show.segments)} segments, "
          f"{sum(1 for s in plan if s.kind == 'line')} lines read, "
          f"{sum(1 for s in plan if s.kind == 'adlib')} ad-libs, {len(jumps)} jumps")
    for run in range(args.runs):
        print(f" run {run + 1}/{args.runs}")
        captions = run_once(args, show, plan, jumps, reading, heard_index, run)

    # Alignment cost on the prompter thread: replay the captions through a fresh follower, on this
    # show and on one ten times longer (a three-hour script), timing each update.
    for copies in (1, 10):
        long_show = parse_show(text)
        long_show.segments = [seg for _ in range(copies) for seg in long_show.segments]
        follower = VoiceFollower(ScriptView(long_show))
        times_ms = []
        for c in captions:
            t0 = time.perf_counter()
            follower.update(c)
            times_ms.append(1000 * (time.perf_counter() - t0))
        print(f"  alignment cost, {ScriptView(long_show).token_count}-word script: "
              f"{sum(times_ms) / len(times_ms):.2f} ms mean, {max(times_ms):.2f} ms max per caption")
    if not args.no_early and not args.replay:
        print(f"  early-signal decode (2.5 s of audio, {args.model}): "
              f"{_early_cost_ms(args.model, show.language, reading.wav_path):.0f} ms mean; {_uptime()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
