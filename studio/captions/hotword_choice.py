"""Which glossary terms go to Whisper as hotwords: the current segment's terms, when a show says.

Hotwords are a prompt: a list of names before the audio. With all 40 benchmark terms Whisper
base often writes Spanish, Portuguese, Indonesian and Vietnamese speech as a comma list of
names and still misses a third to half of the terms. During a show the
segment on air says which terms the host is about to say: the glossary terms in its script
lines (A and B talk tracks) and its product's name and SKU. In the languages where that was
measured better, those go in alone, up to SEGMENT_HOTWORD_TERMS of them; the rest of the
glossary still reaches the caption through the correction step (term_correction.py), which
always uses every term. Without a segment (no show, `studio captions --glossary`, or a segment
with none of the terms), and in other languages, every term goes in, as before: cutting a
glossary blind loses the hotword of the terms cut (a 200-character cut: terms right 68% -> 27%).

Measured with benchmarks/bench_terms.py --segment-lines 4 (segments of 4 lines, 12 terms;
whisper-base, espeak; terms right of 60 a language, tuning + dev lines, all terms -> segment's):
en 48 -> 55, es 39 -> 47, pt 41 -> 48, id 47 -> 46, vi 52 -> 48 (segment's first, then every
other term: id 47, vi 48). So en/es/pt take the segment's terms alone; id and vi every term
(their word error rate on term-free speech did drop, 81 -> 76% and 85 -> 70%, but fewer terms).
Results: benchmarks/results/terms-2026-12-06.txt.

Every term goes to Whisper inside a short sentence in the caption's language ("Hoy hablamos de
Niacinamide, Retinol, ...") where that was measured no worse on the tuning lines (round 3,
`bench_terms.py --prompt-terms prompt`; terms right tuning / dev, the list -> the sentence):
en 83 / 78 -> 88 / 86, es 75 / 58 -> 75 / 72, pt 71 / 67 -> 71 / 67; Whisper base then writes less
of a comma list of names (word error rate on term-free speech es 49 -> 48%, pt 78 -> 75%).
Indonesian (75 -> 71) and Vietnamese (92 -> 79 on tuning) keep the bare list. The list and the
sentence together were much worse (es 75 -> 42%). Results: benchmarks/results/terms-2026-12-06b.txt.
Portuguese went back to the bare list after the supplements set (dev, bench_terms_lines_supplements.py,
60 terms): terms right 65.0 -> 73.3% (hotwords alone 53.3 -> 65.0%), false corrections 1 -> 1 in
738 words; the skincare lines had found the two equal. Vietnamese in the sentence there: 85.0 -> 78.3%.
Results: benchmarks/results/terms-round3-2026-12-06.txt.
Round 8: Indonesian takes the terms inside a host's greeting ("Halo semua, hari ini di live ada {},
dan masih banyak lagi buat kalian."): with words of the language on both sides of the list Whisper
base writes fewer lists of names (word error rate on term-free lines: pantry 80 -> 62 %) and more
terms (pantry 68.3 -> 75.0 %, gadgets 73.3 -> 73.3 %, supplements 75.0 -> 81.7 %; docs/captions.md).
The Portuguese greeting helped pantry and gadgets (+1.7, +3.3 points) but lost supplements (78.3 ->
70.0 %, as "Hoje falamos de {}." did there in round 3): bare list. Vietnamese was worse in both
greeting forms (pantry: hot words 39 -> 33 of 60): bare list.
"""

from __future__ import annotations

import re

from studio.captions.glossary import Glossary

# The segments of the benchmark held 12 terms; more than that per segment is not measured.
SEGMENT_HOTWORD_TERMS = 12
# Caption languages (Whisper codes) measured better with the segment's terms alone.
SEGMENT_ONLY_LANGUAGES = frozenset({"en", "es", "pt"})
# The sentence every term is said in, by caption language (Whisper codes); bare list elsewhere.
TERM_SENTENCES = {"en": "Today we talk about {}.", "es": "Hoy hablamos de {}.",
                  # A host's greeting around the list (round 8): Whisper base then writes fewer lists of names.
                  "id": "Halo semua, hari ini di live ada {}, dan masih banyak lagi buat kalian."}


def segment_terms(glossary: Glossary, show, segment_index: int | None) -> list[str]:
    """Glossary terms of the show's segment at segment_index, in glossary order: those its script
    lines say, and its product's name and SKU."""
    segments = getattr(show, "segments", None) or []
    if segment_index is None or not 0 <= segment_index < len(segments):
        return []
    segment = segments[segment_index]
    said = [line.text for line in segment.lines + segment.b_lines]
    product = show.segment_product(segment_index)
    if product is not None:
        said += [product.name, product.sku]
    text = "\n".join(s for s in said if s)
    return [t for t in dict.fromkeys(term.term for term in glossary.terms)
            if re.search(rf"(?<!\w){re.escape(t)}(?!\w)", text, flags=re.IGNORECASE)]


def hotword_frame(glossary: Glossary, show=None, segment_index: int | None = None,
                  language: str | None = None) -> str:
    """The sentence choose_hotwords' terms go in ("{}": the bare list): every term (no segment's
    terms chosen) in a language of TERM_SENTENCES."""
    base = (language or "").split("-")[0]
    if base in SEGMENT_ONLY_LANGUAGES and segment_terms(glossary, show, segment_index):
        return "{}"     # a segment's short list was measured bare
    return TERM_SENTENCES.get(base, "{}")


def choose_hotwords(glossary: Glossary, show=None, segment_index: int | None = None,
                    language: str | None = None) -> str | None:
    """The hotwords for a decode in language (None: not known yet): the segment on air's terms
    if it has any and the language is one of SEGMENT_ONLY_LANGUAGES, else every term."""
    base = (language or "").split("-")[0]
    first = segment_terms(glossary, show, segment_index) if base in SEGMENT_ONLY_LANGUAGES else []
    if first:
        return ", ".join(first[:SEGMENT_HOTWORD_TERMS])
    return glossary.hotwords()
