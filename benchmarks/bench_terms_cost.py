"""What the glossary's hotwords cost the rest of the transcript: decode time and word error rate
on espeak-ng speech WITHOUT any glossary term (bench_terms_lines.FREE and the first lines of the
larger term-free sample bench_terms.py uses), decoded with and without the 40 terms as hotwords,
plus how many glossary terms Whisper writes into that speech by itself.

Nothing is tuned on these figures. Every decode is timed fresh (no cache), same lines, same
settings as bench_terms.py (beam 5, CPU, 2 threads), alternating with/without per line so a
change of machine load hits both sides alike.

    .venv/bin/python benchmarks/bench_terms_cost.py [--langs en,es] [--per-lang 30] [--model base]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_terms import CACHE, audio, found, large_free  # noqa: E402
from bench_terms_lines import FREE, TERMS, VOICES  # noqa: E402

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def edits(reference: str, hypothesis: str) -> int:
    """Word-level Levenshtein distance (rapidfuzz on word lists)."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(words(reference), words(hypothesis))


def main() -> None:
    from studio.captions.asr import DecodeRequest, WhisperRecognizer
    from studio.captions.glossary import Glossary

    ap = argparse.ArgumentParser()
    ap.add_argument("--langs", default="en,es,pt,id,vi")
    ap.add_argument("--per-lang", type=int, default=30, help="lines of the larger sample a language")
    ap.add_argument("--model", default="base")
    args = ap.parse_args()
    CACHE.mkdir(exist_ok=True)
    load = os.getloadavg()
    print(f"load: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}; model whisper-{args.model}, beam 5, CPU 2 threads")
    recognizer = WhisperRecognizer(args.model, "cpu", cpu_threads=2)
    hotwords = Glossary.from_text("\n".join(TERMS)).hotwords()
    print("lang  lines  words  WER plain  WER hotwords  decode s/line plain  hotwords  (+%)  "
          "terms Whisper wrote unasked (plain / hotwords)")
    total = {"lines": 0, "words": 0, "e0": 0, "e1": 0, "t0": [], "t1": [], "i0": 0, "i1": 0}
    for lang in [x.strip() for x in args.langs.split(",")]:
        lines = FREE[lang] + large_free(lang)[1][:args.per_lang]
        row = {"lines": 0, "words": 0, "e0": 0, "e1": 0, "t0": [], "t1": [], "i0": 0, "i1": 0}
        for line in lines:
            samples = audio(line, VOICES[lang])
            for side, hw in (("0", None), ("1", hotwords)):
                started = time.perf_counter()
                decoded = recognizer.decode(samples, DecodeRequest(language=lang, beam_size=5, hotwords=hw))
                row["t" + side].append(time.perf_counter() - started)
                text = " ".join(s.text.strip() for s in decoded.segments)
                row["e" + side] += edits(line, text)
                row["i" + side] += sum(found(term, text) for term in TERMS)
            row["lines"] += 1
            row["words"] += len(words(line))
        for k in total:
            total[k] += row[k]
        report(lang, row)
    report("all", total)
    load = os.getloadavg()
    print(f"load after: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")


def report(name: str, r: dict) -> None:
    t0, t1 = statistics.median(r["t0"]), statistics.median(r["t1"])
    print(f"{name:4}  {r['lines']:5}  {r['words']:5}  {100 * r['e0'] / r['words']:8.1f}%  "
          f"{100 * r['e1'] / r['words']:11.1f}%  {t0:18.2f}  {t1:8.2f}  ({100 * (t1 - t0) / t0:+.0f}%)  "
          f"{r['i0']} / {r['i1']}", flush=True)


if __name__ == "__main__":
    main()
