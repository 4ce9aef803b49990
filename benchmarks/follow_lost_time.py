"""Where voice follow loses reading time, and what it waits for after each jump, over recorded runs.

    .venv/bin/python benchmarks/follow_lost_time.py TRACES [TRACES ...] [--jumps]

TRACES: folders as benchmarks/replay_follow_traces.py reads them (one folder per reading, with
trace-{lang}-{model}-{run}.pickle files). Each run is replayed through the current follower and every
50 ms of reading shown on a wrong line is put under one cause:
- jump: between a jump's first word and the highlight reaching the line being read (split below);
- missed line: a line the highlight never showed while it was read (a short line read faster than
  the recognizer's latency, or one it never heard);
- late line: behind at a line's start, on a line the highlight did reach while it was read;
- behind / ahead / other segment: the rest, by where the highlight was.
Each jump's catch-up splits at the first caption or window holding a word of the new line (three letters
or more, not in the line before): the host saying it (that audio's end), the recognizer (its arrival),
then the follower (the highlight reaches the line; a single word is often too little to leap on).
The summary gives the medians per language and model; --jumps prints each jump.
"""

from __future__ import annotations

import argparse
import collections
import statistics
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.replay_follow_traces import traces  # noqa: E402
from studio.prompter.controller import PrompterController, PrompterOptions  # noqa: E402
from studio.prompter.follow_file import _Follow  # noqa: E402
from studio.prompter.tokens import tokenize  # noqa: E402

STEP_S = 0.05
LATE_LINE_S = 4.0   # wrong this long from a line's start, and shown later: the line came late


def _replay(show, trace):
    """(positions [(t, (segment, line))], captions [(emitted t, kind, audio start, audio end, words)]) from origin."""
    positions, captions, follow, origin = [], [], None, 0.0
    for now_s, what, event in trace:
        if what == "origin":
            follow = _Follow(PrompterController(show, PrompterOptions(countdown_s=0.0)), now_s, None)
            origin = now_s
            continue
        if what == "voice":
            follow.voice(now_s)
            continue
        out = follow.caption(event, now_s) if what == "caption" else follow.tick(now_s)
        for e in out:
            positions.append((e.emitted_s, (e.position.segment, e.position.line)))
        if what == "caption" and event.text.strip():
            captions.append((now_s - origin, event.kind, event.start_s - origin, event.end_s - origin,
                             {t.norm for t in tokenize(event.text)}))
    return positions, captions


def _shown_at(positions, times):
    shown, k, current = [], 0, None
    for t in times:
        while k < len(positions) and positions[k][0] <= t:
            current = positions[k][1]
            k += 1
        shown.append(current)
    return shown


def _line_words(show, line):
    return {t.norm for t in tokenize(show.segments[line[0]].lines[line[1]].text) if len(t.norm) >= 3}


def analyse(show, reading, jump_steps, labels, positions, captions, print_jumps: bool):
    times = np.arange(0.0, reading.duration_s, STEP_S)
    shown = _shown_at(positions, times)
    lines = [h for h in reading.heard if h.step.kind == "line"]
    order = {id(h): i for i, h in enumerate(lines)}
    # Catch-up spans and the jump each belongs to.
    spans = []
    for j, label in zip(jump_steps, labels):
        start = reading.heard[j].start_s
        hit = next((t for t, s in zip(times, shown) if t >= start and isinstance(reading.truth_at(t), tuple)
                    and s == reading.truth_at(t)), reading.duration_s)
        spans.append((start, hit, label, reading.heard[j]))
    shown_during = collections.defaultdict(bool)
    for t, s in zip(times, shown):
        for h in lines:
            if h.start_s <= t < h.end_s and s == h.step.line:
                shown_during[id(h)] = True
    lost = collections.Counter()
    for t, s in zip(times, shown):
        h = next((h for h in lines if h.start_s <= t < h.end_s), None)
        if h is None or s == h.step.line:
            continue
        if any(a <= t < b for a, b, _l, _h in spans):
            lost["jump"] += STEP_S
        elif not shown_during[id(h)]:
            lost["missed line"] += STEP_S
        elif s is not None and t - h.start_s < LATE_LINE_S and s < h.step.line:
            lost["late line"] += STEP_S
        elif s is None or s[0] != h.step.line[0]:
            lost["other segment"] += STEP_S
        elif s < h.step.line:
            lost["behind"] += STEP_S
        else:
            lost["ahead"] += STEP_S
    missed_short = sum(h.end_s - h.start_s for h in lines if not shown_during[id(h)])
    jumps = []
    for start, hit, label, h in spans:
        target = h.step.line
        before = lines[order[id(h)] - 1].step.line if order[id(h)] else None
        telling = _line_words(show, target) - (_line_words(show, before) if before else set())
        first = next(((e, k, a, b) for e, k, a, b, w in captions if e >= start and b > start and w & telling), None)
        shown_s = next((t for t, s in zip(times, shown) if t >= start and s == target), None)
        jumps.append((label, hit - start, first, shown_s, start))
        if print_jumps:
            f = "none" if first is None else f"{first[1]} out {first[0] - start:5.2f} (audio to {first[3] - start:5.2f})"
            d = "never" if shown_s is None else f"{shown_s - start:5.2f}"
            print(f"      {hit - start:6.2f} s  {label[:60]:60}  first words: {f}; shown at {d}")
    return lost, missed_short, jumps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("traces", type=Path, nargs="+")
    parser.add_argument("--jumps", action="store_true", help="print each jump's waits")
    args = parser.parse_args()
    totals = collections.defaultdict(collections.Counter)
    waits = collections.defaultdict(list)
    for root in args.traces:
        for name, lang, model, run, trace, (show, reading, jump_steps, labels) in traces(root):
            print(f"{root.name}/{name} {lang} {model} {run}", flush=True)
            positions, captions = _replay(show, trace)
            lost, missed_s, jumps = analyse(show, reading, jump_steps, labels, positions, captions, args.jumps)
            key = f"{lang} {model}"
            totals[key].update(lost)
            totals[key]["read"] += sum(h.end_s - h.start_s for h in reading.heard if h.step.kind == "line")
            print("   lost " + ", ".join(f"{k} {v:.1f} s" for k, v in lost.most_common()))
            for _label, up, first, shown_s, start in jumps:
                waits[key].append((up, None if first is None else first[0] - start,
                                   None if first is None else first[3] - start,
                                   None if shown_s is None else shown_s - start))
    print("\nlost reading time by cause (s), per language and model")
    for key, c in sorted(totals.items()):
        read = c.pop("read")
        print(f"  {key:12} read {read:7.1f} s, wrong {sum(c.values()):6.1f}: "
              + ", ".join(f"{k} {v:.1f}" for k, v in c.most_common()))
    print("\njumps (medians from the jump's first word): catch-up; the first caption or window holding a word of the"
          "\nnew line: its audio's end, its arrival; the highlight first on the line. Jumps under 1.5 s; the highlight"
          "\non the line within 0.3 s of those first words (the follower waited for the recognizer); later (it held)")
    for key, w in sorted(waits.items()):
        def med(xs):
            xs = [x for x in xs if x is not None]
            return statistics.median(xs) if xs else float("nan")
        quick = sum(1 for u, *_ in w if u <= 1.5)
        at_words = sum(1 for u, out, _end, shown in w if u > 1.5 and out is not None and shown is not None
                       and shown <= out + 0.3)
        print(f"  {key:12} {len(w):3} jumps: catch-up {med(u for u, *_ in w):5.2f} s; words said by "
              f"{med(e for *_x, e, _s in w):5.2f} s, out {med(o for _u, o, *_y in w):5.2f} s; shown "
              f"{med(s for *_z, s in w):5.2f} s; {quick} under 1.5 s, {at_words} at the first words, "
              f"{len(w) - quick - at_words} held")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
