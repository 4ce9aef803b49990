"""Cost of each extra caption language: translation time per final caption with 1 to 5 caption
languages, through the real TranslationHub and CTranslate2 code path.

The model is the TINY RANDOM-WEIGHT test model of tests/captions/tiny_mt.py (2 layers, d_model 16):
NOT a real translation model (none can be downloaded here). It times the per-language overhead
(tokenising, a CTranslate2 call, restoring glossary terms), not a real model's decoding time
(unmeasured here: no real model); each language is one more translation per final either way.

    .venv/bin/python benchmarks/bench_caption_languages.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.captions.tiny_mt import opus_mt_folder  # noqa: E402

LINES = ["This serum has Niacinamide and Hyaluronic acid for dry skin.",
         "Add the red lipstick to your cart now, the set is almost gone.",
         "We ship every order before Friday and returns are free."]
TARGETS = ["es", "pt", "id", "vi", "de"]


def main() -> None:
    from studio.captions.glossary import Glossary
    from studio.captions.options import CaptionOptions
    from studio.captions.translate.hub import TranslationHub

    print(f"load: {os.getloadavg()[0]:.1f}; tiny random-weight test model, NOT a real model")
    with tempfile.TemporaryDirectory() as tmp:
        models = {f"en-{t}": opus_mt_folder(Path(tmp) / f"en-{t}", "en", t) for t in TARGETS}
        glossary = Glossary.from_text("Niacinamide\nHyaluronic")
        base = None
        for n in range(1, len(TARGETS) + 1):
            options = CaptionOptions(language="en", translate_to=TARGETS[:n], glossary=glossary,
                                     translation_models={k: v for k, v in models.items()}, cpu_threads=1)
            hub = TranslationHub(options, None, lambda *a: None)
            hub.translate_final(LINES[0], "en", None)          # load the models once
            times = []
            for _ in range(20):
                for line in LINES:
                    started = time.perf_counter()
                    out = hub.translate_final(line, "en", None)
                    times.append(1000 * (time.perf_counter() - started))
            assert len(out) == n
            ms = statistics.median(times)
            base = base or ms
            print(f"{n} caption language(s): {ms:6.2f} ms per final (median of {len(times)}), "
                  f"{(ms - base) / max(1, n - 1):5.2f} ms per extra language" if n > 1 else
                  f"{n} caption language(s): {ms:6.2f} ms per final (median of {len(times)})")


if __name__ == "__main__":
    main()
