"""Localisation figures: drafting time per 100 lines per language, and term retention.

    .venv/bin/python benchmarks/bench_localize.py [--lines 100] [--langs es,pt,id,th,vi,ar] [--model FOLDER]

WITHOUT --model THIS IS NOT A REAL MODEL'S SPEED OR QUALITY. No NLLB-200 or M2M100 build can be
downloaded where this was written, so by default it drafts with the tiny random-weight M2M100-layout
model the tests build (2 layers, 16 dimensions, ~100-token vocabulary): the figures time the code
path — term masking, SentencePiece, CTranslate2 decoding with the forced target token, restoring,
the term check and the rules-only claim check — not translation. Its output is nonsense, so its
term retention only shows how often terms survive when the model garbles placeholders (the lines
get flagged, which is the point). Give --model with a real converted folder (docs/localisation.md)
for real figures. Prints the machine's load: a busy machine's times are upper bounds.
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

# Live-commerce lines dense with catalog names (the terms that must survive).
LINES = ["This is Velvet Matte Lipstick in Ruby, our best seller.",
         "Glow Gloss gives a glassy shine without feeling sticky.",
         "The Aviator Blue-Light Glasses come with a hard case.",
         "Gold Hoop Earrings are nickel free and very light.",
         "Order Velvet Matte now and get Glow Gloss at half price.",
         "Tonight only, twenty percent off the first fifty orders.",
         "Tap the orange cart below to add it to your basket.",
         "Layer Glow Gloss over Velvet Matte for a fuller look.",
         "LIP-RUBY and LIP-NUDE ship within two days.",
         "Everyone watching gets a free pouch with every order."]

SHOW_HEAD = """# Bench
language: en
markets: US, TH, ID

## Products
| sku | name | price |
|---|---|---|
| LIP-RUBY | Velvet Matte Lipstick, Ruby | 19.90 USD |
| LIP-NUDE | Glow Gloss, Nude Rose | 17.50 USD |
| EYE-AVI | Aviator Blue-Light Glasses | 39.00 USD |
| EAR-HOOP | Gold Hoop Earrings | 24.00 USD |

## Segment: All (30m)
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=100)
    parser.add_argument("--langs", default="es,pt,id,th,vi,ar")
    parser.add_argument("--model", type=Path, help="a real converted NLLB/M2M100 folder (default: the tiny test model)")
    args = parser.parse_args(argv)

    from studio.compliance.checker import Checker
    from studio.localize.drafting import localize
    from studio.localize.engines import DraftEngines
    from studio.localize.terms import term_base
    from studio.show import parse_show

    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f} "
          f"on {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.model
        if folder is None:
            from tests.localize.tiny_multilingual import multilingual_folder

            folder = multilingual_folder(Path(tmp) / "m2m100-418m", "m2m100")
            print("model: the tests' TINY RANDOM-WEIGHT M2M100-layout model — NOT a real model's speed or quality")
        else:
            print(f"model: {folder}")
        t0 = time.perf_counter()
        engines = DraftEngines(str(folder))
        engines.multilingual()
        print(f"model load: {time.perf_counter() - t0:.2f} s")
        checker = Checker(["US", "TH", "ID"], semantic=False)
        lines = [LINES[i % len(LINES)] for i in range(args.lines)]
        print(f"{'lang':5} {'s/100 lines':>11} {'ms/line':>8} {'term retention':>15} {'claim flags':>11}")
        for lang in args.langs.split(","):
            show = parse_show(SHOW_HEAD + "\n".join(lines) + "\n")
            glossary = term_base(show)
            cpu0, t0 = time.process_time(), time.perf_counter()
            report = localize(show, [lang], glossary, engines, checker)
            wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
            retention = report.term_retention()
            flags = sum(bool(d.findings) for d in report.drafts)
            print(f"{lang:5} {wall * 100 / args.lines:11.2f} {wall * 1000 / args.lines:8.1f} "
                  f"{(retention or 0):15.0%} {flags:11d}   (cpu {cpu * 1000 / args.lines:.1f} ms/line)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
