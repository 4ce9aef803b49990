"""Soak run: 20+ minutes of speech, silence and music through the live caption engine at 1x.

Prints, per 5-minute window, caption latency (p50/p95 of emitted - end for finals), and over the
run: word error rate, time to first partial, repetition loops, lines captioned in silence or
music (hallucinations), and the load-shedding steps the engine took. Latency must end where it
started. The machine may be shared: the load average is printed with the figures.

    .venv/bin/python benchmarks/soak_captions.py [--minutes 21] [--model base]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from captions_media import SR, Region, assemble, commerce_sentences, espeak, music, room_noise, shared_clips  # noqa: E402

from studio.captions.file_source import caption_blocks  # noqa: E402
from studio.captions.options import CaptionOptions  # noqa: E402
from studio.captions.text import collapse_repeats, error_rate, normalize  # noqa: E402


def build(minutes: float, seed: int = 3) -> tuple[np.ndarray, list[Region]]:
    rng = np.random.default_rng(seed)
    sentences = commerce_sentences(400, seed)
    real = [c for c in shared_clips() if c[2] == "en"]
    pieces, total_s, i = [], 0.0, 0
    while total_s < minutes * 60:
        if i % 9 == 4 and real:
            audio, text, _ = real[(i // 9) % len(real)]
        else:
            text = sentences[i % len(sentences)]
            audio = espeak(text, "en-us", speed_wpm=int(rng.integers(140, 175)))
        pieces.append((audio, Region(0, 0, "speech", text, "en")))
        total_s += len(audio) / SR
        if i % 25 == 12:
            gap = music(float(rng.uniform(8, 15)), rng)
            kind = "music"
        elif i % 11 == 6:
            gap = room_noise(float(rng.uniform(20, 40)), rng)   # a long pause: hallucination bait
            kind = "silence"
        else:
            gap = room_noise(float(rng.uniform(0.8, 4.0)), rng)
            kind = "silence"
        pieces.append((gap, Region(0, 0, kind)))
        total_s += len(gap) / SR
        i += 1
    return assemble(pieces, rng)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=21.0)
    parser.add_argument("--model", default="base")
    parser.add_argument("--fast", action="store_true", help="not at 1x (checks the script, not latency)")
    parser.add_argument("--events", type=Path, help="also write the events as JSON lines here")
    args = parser.parse_args()

    audio, regions = build(args.minutes)
    speech = [r for r in regions if r.kind == "speech"]
    print(f"stream: {len(audio) / SR / 60:.1f} min, {len(speech)} utterances, "
          f"{sum(r.end_s - r.start_s for r in speech) / 60:.1f} min of speech, "
          f"{sum(1 for r in regions if r.kind == 'music')} music passages; model {args.model}, "
          f"{'as fast as possible' if args.fast else 'fed at 1x'}", flush=True)
    options = CaptionOptions(language="en", model=args.model)
    blocks = (audio[i:i + SR // 10] for i in range(0, len(audio), SR // 10))
    engines: list = []
    statuses: list[str] = []
    events = []
    load_samples = []
    wall0 = time.time()
    for event in caption_blocks(blocks, options, realtime=not args.fast,
                                on_status=lambda m: statuses.append(m.text), engine_out=engines):
        events.append(event)
        if len(events) % 50 == 0:
            load_samples.append(os.getloadavg()[0])
    wall_s = time.time() - wall0
    if args.events:
        args.events.write_text("".join(json.dumps(e.to_json()) + "\n" for e in events), "utf-8")

    finals = [e for e in events if e.kind == "final" and e.text]
    partials = [e for e in events if e.kind == "partial"]

    def overlap(e, r) -> float:
        return max(0.0, min(e.end_s, r.end_s) - max(e.start_s, r.start_s))

    # Hallucinations: a final that overlaps no speech region by even 0.2 s.
    hallucinated = [e for e in finals if not any(overlap(e, r) > 0.2 for r in speech)]
    loops = [e for e in finals if len(collapse_repeats(e.text, max_repeats=2)) < len(e.text.strip()) - 1]
    # WER over the whole run: the finals' text against the spoken text, in time order.
    wer = error_rate(" ".join(r.text for r in speech), " ".join(e.text for e in finals))
    first_partial = []
    for r in speech:
        ps = [p.emitted_s - r.start_s for p in partials if r.start_s - 0.5 <= p.start_s <= r.end_s]
        if ps:
            first_partial.append(min(ps))
    print(f"wall time {wall_s / 60:.1f} min; {len(finals)} finals, {len(partials)} partials")
    print(f"word error rate (whole run): {wer:.3f}")
    if first_partial:
        print(f"time to first partial after speech onset: p50 {np.percentile(first_partial, 50):.2f} s, "
              f"p95 {np.percentile(first_partial, 95):.2f} s ({len(first_partial)} of {len(speech)} utterances)")
    window_s = 300.0
    latencies = []
    for w in range(int(np.ceil(len(audio) / SR / window_s))):
        lat = [e.emitted_s - e.end_s for e in finals if w * window_s <= e.end_s < (w + 1) * window_s]
        if lat:
            latencies.append(np.percentile(lat, 50))
            print(f"  minutes {w * 5:>2}-{w * 5 + 5:<2}: final latency p50 {np.percentile(lat, 50):.2f} s, "
                  f"p95 {np.percentile(lat, 95):.2f} s, max {max(lat):.2f} s ({len(lat)} finals)")
    if len(latencies) >= 2:
        print(f"latency growth first -> last window (p50): {latencies[-1] - latencies[0]:+.2f} s")
    print(f"repetition loops in finals: {len(loops)}")
    print(f"lines captioned in silence or music (hallucinations): {len(hallucinated)}")
    for e in hallucinated[:10]:
        print(f"    {e.start_s:8.2f}-{e.end_s:8.2f} {e.text!r}")
    if engines:
        s = engines[0].stats()
        print(f"engine: model {s.model}, real-time factor (last 20 s) {s.rtf:.2f}, load level {s.shed_level.name}, "
              f"{s.dropped_hallucinations} hallucinated decodes dropped by the guards")
        for audio_s, level in engines[0].shed_changes:
            print(f"    at {audio_s / 60:5.1f} min -> {level.name}")
    for text in statuses[:10]:
        print(f"  status: {text}")
    la = os.getloadavg()
    print(f"load average now {la[0]:.2f} {la[1]:.2f} {la[2]:.2f}; during the run: "
          f"mean {np.mean(load_samples) if load_samples else la[0]:.2f}, max {max(load_samples, default=la[0]):.2f} "
          f"(2 cores, shared with other work)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
