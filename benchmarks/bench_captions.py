"""Caption quality and latency with the live engine fed at 1x (the default) on this machine.

Per language: word error rate of the finals (character error rate for Mandarin), final latency
p50/p95 (emitted - end, the issue's definition; `end` includes the 0.2 s of pause the engine
keeps), speech-end-to-final p50, time to first partial after speech onset, and the real-time
factor. espeak-ng voices for en/es/pt/id/vi, real recordings (LJ Speech, AISHELL-1) from
../shared/data/speech. The machine may be shared: the load average is printed too.

    .venv/bin/python benchmarks/bench_captions.py [--model base] [--fast]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from captions_media import SR, Region, assemble, espeak, room_noise, shared_clips  # noqa: E402

from studio.captions.file_source import caption_blocks  # noqa: E402
from studio.captions.options import CaptionOptions  # noqa: E402
from studio.captions.text import error_rate  # noqa: E402

ESPEAK = {
    "en": ("en-us", ["Hi everyone, welcome to tonight's live show.",
                     "This lipstick comes in four colors and lasts all day.",
                     "Tap the orange cart below to add it to your basket.",
                     "The gold hoops go with everything you wear.",
                     "Only fifty pieces are left at this price.",
                     "Thank you so much for watching, see you next week."]),
    "es": ("es", ["Hola a todos, bienvenidos a nuestra transmisión en vivo.",
                  "Este labial dura todo el día y tiene cuatro colores.",
                  "Muchas gracias por estar aquí esta noche."]),
    "pt": ("pt-br", ["Olá a todos, bem-vindos à nossa transmissão ao vivo.",
                     "Este batom dura o dia todo e tem quatro cores.",
                     "Muito obrigado por estarem aqui esta noite."]),
    "id": ("id", ["Halo semuanya, selamat datang di siaran langsung kami.",
                  "Lipstik ini tahan seharian dan ada empat warna.",
                  "Terima kasih banyak sudah menonton malam ini."]),
    "vi": ("vi", ["Xin chào tất cả các bạn, chào mừng đến với buổi phát trực tiếp.",
                  "Son môi này giữ màu cả ngày và có bốn màu.",
                  "Cảm ơn các bạn rất nhiều vì đã xem tối nay."]),
}


def stream(items: list[tuple[np.ndarray, str, str]], seed: int) -> tuple[np.ndarray, list[Region]]:
    rng = np.random.default_rng(seed)
    pieces = [(room_noise(0.8, rng), Region(0, 0, "silence"))]
    for audio, text, lang in items:
        pieces.append((audio, Region(0, 0, "speech", text, lang)))
        pieces.append((room_noise(1.6, rng), Region(0, 0, "silence")))
    return assemble(pieces, rng)


def measure(name: str, lang: str, items, model: str, realtime: bool) -> dict:
    audio, regions = stream(items, seed=len(name))
    speech = [r for r in regions if r.kind == "speech"]
    options = CaptionOptions(language=lang, model=model, shed_load=realtime)
    engines: list = []
    blocks = (audio[i:i + SR // 10] for i in range(0, len(audio), SR // 10))
    events = list(caption_blocks(blocks, options, realtime=realtime, engine_out=engines))
    finals = [e for e in events if e.kind == "final" and e.text]
    partials = [e for e in events if e.kind == "partial"]
    latency = [e.emitted_s - e.end_s for e in finals]
    speech_end = []
    for e in finals:
        ends = [r.end_s for r in speech if r.start_s - 0.5 <= e.start_s <= r.end_s]
        if ends:
            speech_end.append(e.emitted_s - ends[-1])
    first_partial = []
    for r in speech:
        ps = [p.emitted_s - r.start_s for p in partials if r.start_s - 0.5 <= p.start_s <= r.end_s]
        if ps:
            first_partial.append(min(ps))
    reference = ("" if lang == "zh" else " ").join(r.text for r in speech)
    s = engines[0].stats()
    return {"name": name, "utterances": len(speech), "finals": len(finals),
            "wer": error_rate(reference, " ".join(e.text for e in finals)),
            "lat50": np.percentile(latency, 50) if latency else float("nan"),
            "lat95": np.percentile(latency, 95) if latency else float("nan"),
            "end50": np.percentile(speech_end, 50) if speech_end else float("nan"),
            "tfp50": np.percentile(first_partial, 50) if first_partial else float("nan"),
            "rtf": s.rtf, "level": s.shed_level.name, "audio_s": len(audio) / SR,
            "all_latency": latency, "all_tfp": first_partial}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="base")
    parser.add_argument("--fast", action="store_true", help="not at 1x: WER only, latency figures meaningless")
    args = parser.parse_args()
    realtime = not args.fast
    sets = []
    for lang, (voice, sentences) in ESPEAK.items():
        # espeak's non-English voices are hard to follow at its default 150 wpm; 135 is a calm host.
        speed = 150 if lang == "en" else 135
        sets.append((f"espeak {lang}", lang, [(espeak(t, voice, speed), t, lang) for t in sentences]))
    real = shared_clips()
    if real:
        sets.append(("real en (LJ Speech)", "en", [c for c in real if c[2] == "en"]))
        sets.append(("real zh (AISHELL-1, CER)", "zh", [c for c in real if c[2] == "zh"]))
    else:
        print("../shared/data/speech not found: real recordings skipped")
    print(f"model {args.model}, {'fed at 1x (--realtime)' if realtime else 'as fast as possible'}, "
          f"{os.cpu_count()} CPUs, load average before {os.getloadavg()[0]:.2f}")
    print(f"{'set':26} {'utt':>4} {'fin':>4} {'WER':>6} {'lat p50':>8} {'lat p95':>8} "
          f"{'end→final':>10} {'1st part':>9} {'RTF':>5}  level   load")
    rows = []
    for name, lang, items in sets:
        t0 = time.time()
        r = measure(name, lang, items, args.model, realtime)
        rows.append(r)
        print(f"{name:26} {r['utterances']:4d} {r['finals']:4d} {r['wer']:6.3f} {r['lat50']:7.2f}s {r['lat95']:7.2f}s "
              f"{r['end50']:9.2f}s {r['tfp50']:8.2f}s {r['rtf']:5.2f}  {r['level'][:6]:6} {os.getloadavg()[0]:5.2f}"
              f"  ({time.time() - t0:.0f} s)", flush=True)
    latency = [x for r in rows for x in r["all_latency"]]
    tfp = [x for r in rows for x in r["all_tfp"]]
    if latency:
        print(f"all finals: latency p50 {np.percentile(latency, 50):.2f} s, p95 {np.percentile(latency, 95):.2f} s "
              f"({len(latency)} finals); time to first partial p50 {np.percentile(tfp, 50):.2f} s, "
              f"p95 {np.percentile(tfp, 95):.2f} s")
    la = os.getloadavg()
    print(f"load average after: {la[0]:.2f} {la[1]:.2f} {la[2]:.2f} (2 cores shared with the rest of the team)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
