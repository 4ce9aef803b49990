"""What the audio check of a term correction costs after a final's decode: the check reuses that
decode's encoder output (WhisperRecognizer keeps it), against a fresh encoder pass over the same
30 s window (what it cost before). Alternating per line, so a change of machine load hits both.

    .venv/bin/python benchmarks/bench_term_check_cost.py [--lines 12] [--model base]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_terms import CACHE, audio  # noqa: E402
from bench_terms_lines import TERMS, VOICES  # noqa: E402


def main() -> None:
    from studio.captions.asr import DecodeRequest, WhisperRecognizer
    from studio.captions.glossary import Glossary

    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=12)
    ap.add_argument("--model", default="base")
    args = ap.parse_args()
    CACHE.mkdir(exist_ok=True)
    load = os.getloadavg()
    print(f"load: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}; model whisper-{args.model}, beam 5, CPU 2 threads")
    recognizer = WhisperRecognizer(args.model, "cpu", cpu_threads=2)
    hotwords = Glossary.from_text("\n".join(TERMS)).hotwords()
    lines = [f"Today the {term} is on sale for everyone watching." for term in TERMS[:args.lines]]
    cost = {"reused": [], "fresh": [], "decode": []}
    for line in lines:
        samples = audio(line, VOICES["en"])
        texts = [line, line.replace("Today", "To day")]
        started = time.perf_counter()
        recognizer.decode(samples, DecodeRequest(language="en", beam_size=5, hotwords=hotwords))
        cost["decode"].append(time.perf_counter() - started)
        started = time.perf_counter()
        recognizer.log_prob_scorer(samples, "en")(texts)             # the final's own audio
        cost["reused"].append(time.perf_counter() - started)
        started = time.perf_counter()
        recognizer.log_prob_scorer(samples.copy(), "en")(texts)      # any other array: a fresh pass
        cost["fresh"].append(time.perf_counter() - started)
    for name, values in cost.items():
        print(f"{name:7s} median {statistics.median(values):.3f} s  max {max(values):.3f} s  ({len(values)} lines)")
    load = os.getloadavg()
    print(f"load after: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")


if __name__ == "__main__":
    main()
