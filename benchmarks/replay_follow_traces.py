"""Score the current follower on every recorded voice-follow run under a folder, one row per run.

    .venv/bin/python benchmarks/replay_follow_traces.py TRACES [TRACES ...] [--tsv OUT.tsv] [--detail]

TRACES holds one folder per reading, named after its module (kitchen for
benchmarks/follow_readings_kitchen.py, default for benchmarks/follow_readings.py), each with the
trace-{lang}-{model}-{run}.pickle files that `bench_follow.py --trace` wrote. Each run is replayed
through a fresh controller (the recognizer's real timing of that run, this follower) and scored as
bench_follow.py scores it: share of reading time on the line being read, catch-up per jump, and the
leaps to another segment that the reading never went near (wrong leaps: an ad-lib naming a later
line, a misheard phrase). --detail prints every jump's catch-up and every wrong leap. With several
folders (every round's), the summary gives the mean share and catch-up per language and model.
"""

from __future__ import annotations

import argparse
import functools
import pickle
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_follow import _load_readings  # noqa: E402
from studio.prompter.follow_file import replay_trace  # noqa: E402
from studio.show import parse_show  # noqa: E402
from tests.prompter.synth_reading import score, synthesize  # noqa: E402

# A leap is wrong when the reading was nowhere in the segment it leapt to this long around it
# (the recognizer's lag before, a look ahead after).
WRONG_LEAP_BEFORE_S = 4.0
WRONG_LEAP_AFTER_S = 1.0


def _module_path(reading: str) -> Path:
    name = "follow_readings.py" if reading == "default" else f"follow_readings_{reading}.py"
    return ROOT / "benchmarks" / name


def _wrong_leaps(reading, events) -> list[tuple[float, tuple[int, int]]]:
    wrong, segment = [], None
    for e in events:
        here = e.position.segment
        if e.jumped and segment is not None and here != segment:
            near = {h.step.line[0] for h in reading.heard if h.step.kind == "line"
                    and h.start_s < e.emitted_s + WRONG_LEAP_AFTER_S and h.end_s > e.emitted_s - WRONG_LEAP_BEFORE_S}
            if here not in near:
                wrong.append((e.emitted_s, (here, e.position.line)))
        segment = here
    return wrong


@functools.lru_cache(maxsize=None)
def load_reading(name: str, lang: str) -> tuple:
    """(show, reading, the jumps' steps as indices into reading.heard, the jumps' labels): the reading module's plan
    in that language, spoken as bench_follow.py speaks it."""
    module = _load_readings(_module_path(name))
    show = parse_show(module.LANGUAGES[lang][0])
    plan, jumps = module.build_plan(show, lang)
    reading = synthesize(plan, Path(tempfile.mkdtemp(prefix="replay_follow_")), voice=module.LANGUAGES[lang][1])
    heard_index, k = {}, 0
    for i, step in enumerate(plan):
        if step.kind != "pause":
            heard_index[i], k = k, k + 1
    return show, reading, [heard_index[i] for i in jumps], list(jumps.values())


def traces(root: Path) -> Iterator[tuple[str, str, str, str, list, tuple]]:
    """(reading, lang, model, run, trace, load_reading's answer) of each run stored under root."""
    for trace_path in sorted(root.glob("*/trace-*.pickle")):
        name = trace_path.parent.name
        _, lang, model, run = trace_path.stem.split("-", 3)
        with open(trace_path, "rb") as f:
            trace = pickle.load(f)
        yield name, lang, model, run, trace, load_reading(name, lang)


def replay_folder(root: Path, detail: bool) -> list[dict]:
    rows = []
    for name, lang, model, run, trace, (show, reading, jump_steps, labels) in traces(root):
        events = list(replay_trace(show, trace))
        s = score(reading, [(e.emitted_s, (e.position.segment, e.position.line)) for e in events], jump_steps)
        wrong = _wrong_leaps(reading, events)
        ups = sorted(s.catch_up_s)
        row = {"reading": name, "lang": lang, "model": model, "run": run, "share": 100 * s.on_line_share,
               "median": statistics.median(ups), "max": ups[-1], "wrong_leaps": len(wrong), "ups": ups}
        rows.append(row)
        print(f"{name:12} {lang} {model:8} {run}  {row['share']:5.1f} %  catch-up {row['median']:5.2f} / "
              f"{row['max']:5.2f} s  wrong leaps {len(wrong)}", flush=True)
        if detail:
            for label, up in zip(labels, s.catch_up_s):
                print(f"      {up:6.2f} s  {label}")
            for at, where in wrong:
                print(f"      wrong leap at {at:.2f} s to {where}")
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("traces", type=Path, nargs="+")
    parser.add_argument("--tsv", type=Path, help="write the rows here too")
    parser.add_argument("--detail", action="store_true", help="each jump's catch-up and each wrong leap")
    args = parser.parse_args()
    rows = [row for folder in args.traces for row in replay_folder(folder, args.detail)]
    if not rows:
        print(f"no trace-*.pickle under {args.traces[0]}/*/", file=sys.stderr)
        return 1
    for key in sorted({(r["lang"], r["model"]) for r in rows}):
        some = [r for r in rows if (r["lang"], r["model"]) == key]
        print(f"{key[0]} {key[1]:8} ({len(some):2} runs): mean share {statistics.mean(r['share'] for r in some):.2f} %, "
              f"catch-up median of all {sum(len(r['ups']) for r in some)} jumps "
              f"{statistics.median(u for r in some for u in r['ups']):.2f} s, mean of the runs' maxima "
              f"{statistics.mean(r['max'] for r in some):.2f} s")
    print(f"{len(rows)} runs: mean share {statistics.mean(r['share'] for r in rows):.2f} %, "
          f"wrong leaps {sum(r['wrong_leaps'] for r in rows)}")
    if args.tsv:
        with open(args.tsv, "w", encoding="utf-8") as f:
            f.write("reading\tlang\tmodel\trun\tshare\tmedian\tmax\twrong_leaps\n")
            for r in rows:
                f.write(f"{r['reading']}\t{r['lang']}\t{r['model']}\t{r['run']}\t{r['share']:.2f}\t"
                        f"{r['median']:.2f}\t{r['max']:.2f}\t{r['wrong_leaps']}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
