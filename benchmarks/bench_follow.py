"""Voice follow figures: share of time the highlighted line is the one being read, catch-up after jumps.

    .venv/bin/python benchmarks/bench_follow.py [--model base] [--fast] [--keep DIR]

espeak-ng reads a 6-segment show (built below) with skipped lines, ad-libs, a repeated line,
a jump back and the return to where the host was, a skipped segment and a long pause.
The reading goes through `follow_audio_file` (the same code as `studio follow`): the real
caption engine with the real Whisper model, paced like a microphone unless --fast.
Figures: share of reading time the highlighted line (with the lead) and the last heard line
are the line being read, catch-up time per jump, positions that strayed during ad-libs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio.prompter.follow_file import FollowFileOptions, follow_audio_file  # noqa: E402
from studio.prompter.follower import VoiceFollower  # noqa: E402
from studio.prompter.script import ScriptView  # noqa: E402
from studio.show import parse_show  # noqa: E402
from tests.prompter.synth_reading import adlib, line, pause, score, synthesize, tools_missing  # noqa: E402

SHOW = """# Glow Night Live
markets: US
language: en

## Segment: Welcome (2m)
Hi everyone, and welcome to Glow Night, our weekly beauty live.
[Wave and hold up the tray of products]
Tonight I have five new favourites to show you, and every one of them is on sale.
Stay until the end, because the last offer is the best one.
This live is sponsored by the brand, and they sent me these products for free.

## Segment: Cleansing balm (4m)
Let's start with the cleansing balm, because every routine starts with clean skin.
It melts into an oil as soon as you rub it between your fingers.
[Rub the balm on the back of the hand, close to the camera]
Massage it over dry skin for about a minute, then rinse with warm water.
It takes off waterproof mascara without any scrubbing.
The jar holds one hundred grams, which lasts about three months.

## Segment: Vitamin serum (4m)
offer: two for one on the serum
offer time: 10m
Next is the vitamin serum with a light orange scent.
Press two drops into your palms and pat them onto your face.
[Show the dropper and the colour of the serum]
You will notice a fresh glow after the first week of use.
Use it in the morning, under your sunscreen.

## Segment: Night cream (3m)
The night cream is rich but it never feels greasy.
Apply a small amount before bed and let it work while you sleep.
Dry patches feel softer by the morning.

## Segment: Lip oil (3m)
Our lip oil comes in three shades: clear, rose and berry.
The applicator is soft and wide, so one swipe covers the whole lip.
[Swatch all three shades on the arm]
Wear it alone or on top of a lipstick for extra shine.

## Segment: Goodbye (2m)
Thank you so much for spending your evening with me.
Remember to tap the orange cart before the offers end.
See you next week, take care!
"""


def build_plan(show):
    L = lambda s, i: line(show, s, i)  # noqa: E731
    plan = [
        L(0, 0), L(0, 2), L(0, 3), L(0, 4),
        adlib("Oh look, so many of you are joining right now, hello Lisa, hello Ahmed, welcome in."),
        L(1, 0), L(1, 1), L(1, 3),              # skips nothing but the cue
        L(1, 4), L(1, 4),                       # repeats a line
        L(1, 5),
        L(2, 0), L(2, 1), L(2, 3),              # skips "Use it in the morning"
        L(1, 1),                                # jump back to the balm line (an aside) ...
        adlib("I really love that texture, it is honestly my favourite thing in the whole set."),
        L(2, 4),                                # ... and back where they were
        L(4, 0), L(4, 1), L(4, 3),              # skips the night cream segment entirely
        pause(4.0),
        L(3, 0), L(3, 1),                       # goes back for the night cream after all
        adlib("Someone is asking about shipping, yes we ship to Canada and Mexico too."),
        L(5, 0), L(5, 1), L(5, 2),
    ]
    jumps = {14: "back 7 lines to the balm (aside)", 16: "return to the serum",
             17: "forward over the night cream segment", 21: "back to the skipped night cream"}
    return plan, jumps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="base", help="Whisper model (default base, the studio default)")
    parser.add_argument("--fast", action="store_true", help="run the file as fast as possible (audio-time latency)")
    parser.add_argument("--keep", type=Path, help="keep the reading and positions in this folder")
    args = parser.parse_args()
    missing = tools_missing()
    if missing:
        print(missing, file=sys.stderr)
        return 1
    show = parse_show(SHOW)
    plan, jumps = build_plan(show)
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench_follow_"))
    reading = synthesize(plan, work)
    # Plan step index -> index in reading.heard (pauses are not heard).
    heard_index = {}
    k = 0
    for i, step in enumerate(plan):
        if step.kind != "pause":
            heard_index[i] = k
            k += 1
    load_before = os.getloadavg()
    started = time.perf_counter()
    shown, heard, rows, captions = [], [], [], []
    for event in follow_audio_file(show, reading.wav_path,
                                   FollowFileOptions(model=args.model, realtime=not args.fast),
                                   captions_out=captions):
        rows.append(event)
        shown.append((event.emitted_s, (event.position.segment, event.position.line)))
        if event.heard is not None:
            heard.append((event.emitted_s, (event.heard.segment, event.heard.line)))
    wall_s = time.perf_counter() - started
    jump_steps = [heard_index[i] for i in jumps]
    s_shown = score(reading, shown, jump_steps)
    s_heard = score(reading, heard, jump_steps)
    if args.keep:
        import json
        with open(work / "positions.jsonl", "w", encoding="utf-8") as f:
            for e in rows:
                f.write(json.dumps(e.to_json()) + "\n")

    # Alignment cost on the prompter thread: replay the captions through a fresh follower, on this
    # show and on one ten times longer (a three-hour script), timing each update.
    costs = {}
    for copies in (1, 10):
        long_show = parse_show(SHOW)
        long_show.segments = [seg for _ in range(copies) for seg in long_show.segments]
        follower = VoiceFollower(ScriptView(long_show))
        times_ms = []
        for c in captions:
            t0 = time.perf_counter()
            follower.update(c)
            times_ms.append(1000 * (time.perf_counter() - t0))
        costs[ScriptView(long_show).token_count] = (sum(times_ms) / len(times_ms), max(times_ms))
    finals = [c for c in captions if c.kind == "final" and c.text]
    latency = sorted(c.emitted_s - c.end_s for c in finals)
    print(f"voice follow benchmark: model {args.model}, {'fast' if args.fast else 'realtime'} pacing")
    print(f"  reading: {reading.duration_s:.1f} s of espeak-ng speech, {len(show.segments)} segments, "
          f"{sum(1 for s in plan if s.kind == 'line')} lines read, "
          f"{sum(1 for s in plan if s.kind == 'adlib')} ad-libs, {len(jumps)} jumps")
    print(f"  wall time {wall_s:.1f} s; {len(finals)} finals, {len(captions) - len(finals)} partials; "
          f"final latency p50 {latency[len(latency) // 2]:.2f} s" if latency else "")
    print(f"  highlighted line = line being read: {100 * s_shown.on_line_share:.1f}% of "
          f"{s_shown.read_s:.1f} s (last heard word's line: {100 * s_heard.on_line_share:.1f}%)")
    for (step, label), catch_up in zip(jumps.items(), s_shown.catch_up_s):
        print(f"  catch-up after jump '{label}': "
              + ("never" if catch_up == float("inf")
                 else f"{catch_up:.2f} s from its first word to the highlight on the line being read"))
    print(f"  during {s_shown.adlib_s:.1f} s of ad-libs: {s_heard.adlib_strays} heard positions and "
          f"{s_shown.adlib_strays} highlight steps (the lead running into the next line) left the lines around them")
    for tokens, (mean_ms, max_ms) in costs.items():
        print(f"  alignment cost, {tokens}-word script: {mean_ms:.2f} ms mean, {max_ms:.2f} ms max per caption")
    print(f"  timed-fallback positions: {sum(1 for e in rows if e.mode.value == 'timed')}")
    print(f"  load average before {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}, "
          f"after {' '.join(f'{x:.2f}' for x in os.getloadavg())} (2 cores, shared)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
