"""Glossary terms heard right: term accuracy in final captions without the glossary, with the
terms as Whisper hotwords, and with hotwords + the correction step (studio.captions.term_correction),
per language on espeak-ng speech of live lines dense with brand and ingredient names; and false
corrections per 1,000 words on speech without those terms (espeak lines written apart, and the
real clips in ../shared/data/speech when present).

Lines are split: the TUNING lines (the first 8 of each language and the first 4 term-free
lines) chose CorrectionOptions (`--tune` prints the sweep); the TEST lines (the other 12 and 4)
are held out and give the figures. False corrections are also counted on a larger term-free
sample: live-selling lines written by others for the claim checker
(assets/compliance/semantic/labeled/<lang>.jsonl, lines with none of the terms; every 3rd line
from the 2nd: TEST, 90 a language; every 3rd from the 1st: tuning, 20 a language), so that
1 per 1,000 words can be shown or refuted. Decodes are cached in /tmp/bench_terms (audio and
text, keyed by the hotwords), so a second run only redoes the correction.

    .venv/bin/python benchmarks/bench_terms.py [--langs en,es] [--model base] [--tune]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_terms_lines import FREE, FRAMES, TERMS, VOICES, lines_for  # noqa: E402

CACHE = Path("/tmp/bench_terms")
TUNE_LINES, TUNE_FREE = 8, 4
LARGE_TEST, LARGE_TUNE = 90, 20      # lines a language of the larger term-free sample


def large_free(lang: str) -> tuple[list[str], list[str]]:
    """(tuning, test) term-free live-selling lines in lang from the claim checker's labelled set."""
    path = ROOT / "assets" / "compliance" / "semantic" / "labeled" / f"{lang}.jsonl"
    texts = [json.loads(row)["text"] for row in path.read_text("utf-8").splitlines() if row.strip()]
    texts = [t for t in texts if not any(found(term, t) for term in TERMS)]
    return texts[0::3][:LARGE_TUNE], texts[1::3][:LARGE_TEST]


def audio(text: str, voice: str):
    import numpy as np

    from captions_media import espeak

    path = CACHE / f"{hashlib.sha1((voice + text).encode()).hexdigest()[:16]}.npy"
    if not path.exists():
        np.save(path, espeak(text, voice))
    return np.load(path)


class Decoder:
    def __init__(self, model: str) -> None:
        from studio.captions.asr import WhisperRecognizer

        self.model = model
        self.recognizer = WhisperRecognizer(model, "cpu", cpu_threads=2)
        self.path = CACHE / f"decodes-{model}.json"
        self.cache = json.loads(self.path.read_text()) if self.path.exists() else {}

    def text(self, samples, key: str, lang: str, hotwords: str | None) -> str:
        from studio.captions.asr import DecodeRequest

        k = f"{key}|{lang}|{hashlib.sha1(hotwords.encode()).hexdigest()[:8] if hotwords else False}"
        if k not in self.cache:
            d = self.recognizer.decode(samples, DecodeRequest(language=lang, beam_size=5, hotwords=hotwords))
            self.cache[k] = " ".join(s.text.strip() for s in d.segments)
            self.path.write_text(json.dumps(self.cache, ensure_ascii=False))
        return self.cache[k]


def found(term: str, text: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(term)}(?!\w)", text, flags=re.IGNORECASE))


def term_hits(reference: str, hypothesis: str) -> tuple[int, int]:
    """(terms said, terms captioned right): each term counted as often as it was said."""
    said = right = 0
    for term in TERMS:
        n = found(term, reference)
        said += n
        right += min(n, found(term, hypothesis))
    return said, right


def corrector(min_score: float | None = None, min_score_unknown: float | None = None):
    from studio.captions.glossary import Glossary
    from studio.captions.term_correction import CorrectionOptions, TermCorrector

    options = CorrectionOptions()
    if min_score is not None:
        options = CorrectionOptions(min_score=min_score, min_score_unknown=min_score_unknown or min_score)
    return TermCorrector(Glossary.from_text("\n".join(TERMS)), options)


def decode_all(decoder: Decoder, langs: list[str], large: bool) -> dict:
    """{lang: {"terms": [(ref, plain, hot)], "free": [(ref, hot)], "large_tune"/"large_test":
    [(ref, hot)]}} for every line; hotwords as the engine gives them (Glossary.hotwords())."""
    from studio.captions.glossary import Glossary

    hotwords = Glossary.from_text("\n".join(TERMS)).hotwords()
    out = {}
    for lang in langs:
        voice = VOICES[lang]
        rows = {"terms": [], "free": [], "large_tune": [], "large_test": []}
        for i, line in enumerate(lines_for(lang)):
            samples = audio(line, voice)
            rows["terms"].append((line, decoder.text(samples, f"t{i}:{line}", lang, None),
                                  decoder.text(samples, f"t{i}:{line}", lang, hotwords)))
        for i, line in enumerate(FREE[lang]):
            samples = audio(line, voice)
            rows["free"].append((line, decoder.text(samples, f"f{i}:{line}", lang, hotwords)))
        out[lang] = rows
        print(f"  decoded {lang}", flush=True)
    for part, index in (("large_test", 1), ("large_tune", 0)) if large else ():
        for lang in langs:
            for line in large_free(lang)[index]:
                out[lang][part].append((line, decoder.text(audio(line, VOICES[lang]), f"c:{line}", lang, hotwords)))
            print(f"  decoded {part} {lang}", flush=True)
    return out


def figures(rows: dict, lang: str, part: slice, free_part: slice, large: str, fix) -> dict:
    said = plain_ok = hot_ok = fixed_ok = 0
    wrong_in_term_lines = 0
    for ref, plain, hot in rows["terms"][part]:
        s, a = term_hits(ref, plain)
        _, b = term_hits(ref, hot)
        corrected, changes = fix.correct(hot, lang)
        _, c = term_hits(ref, corrected)
        said, plain_ok, hot_ok, fixed_ok = said + s, plain_ok + a, hot_ok + b, fixed_ok + c
        wrong_in_term_lines += sum(1 for ch in changes if not found(ch.term, ref))
    words = false = inserted = 0
    for ref, hot in rows["free"][free_part] + rows[large]:
        words += len(ref.split())
        corrected, changes = fix.correct(hot, lang)
        false += len(changes)
        # A term in the caption that was not said, whoever wrote it (Whisper's hotword bias too).
        inserted += sum(found(term, corrected) for term in TERMS)
    return {"said": said, "plain": plain_ok, "hot": hot_ok, "fixed": fixed_ok, "free_words": words,
            "false": false, "inserted": inserted, "wrong_in_term_lines": wrong_in_term_lines}


def shared_false(decoder: Decoder, fix) -> tuple[int, int]:
    """(words, false corrections) on the real clips with their transcripts."""
    from captions_media import shared_clips
    from studio.captions.glossary import Glossary

    hotwords = Glossary.from_text("\n".join(TERMS)).hotwords()
    words = false = 0
    for i, (samples, transcript, lang) in enumerate(shared_clips()):
        if lang != "en" or not decoder.recognizer.multilingual and lang != "en":
            continue
        hot = decoder.text(samples, f"s{i}:{transcript[:40]}", lang, hotwords)
        words += len(transcript.split())
        false += len(fix.correct(hot, lang)[1])
    return words, false


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "   — "


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--langs", default="en,es,pt,id,vi")
    ap.add_argument("--model", default="base")
    ap.add_argument("--tune", action="store_true", help="sweep min_score on the tuning lines")
    args = ap.parse_args()
    CACHE.mkdir(exist_ok=True)
    print(f"load: {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f} {os.getloadavg()[2]:.1f}; "
          f"{len(TERMS)} glossary terms; {len(FRAMES['en'])} frames x 2 per language", flush=True)
    langs = [lang.strip() for lang in args.langs.split(",")]
    decoder = Decoder(args.model)
    if not decoder.recognizer.multilingual:
        langs = ["en"]
    started = time.perf_counter()
    rows = decode_all(decoder, langs, large=True)
    print(f"decoding took {time.perf_counter() - started:.0f} s (cached decodes cost nothing)")
    if args.tune:
        print("\nTUNING lines: min_score / min_score_unknown -> terms right with correction, false corrections "
              "(free lines incl. the larger sample's tuning part, term lines)")
        for score, unknown in ((80, 80), (84, 72), (84, 76), (84, 80), (84, 84), (88, 88), (92, 92)):
            fix = corrector(score, unknown)
            tot = [figures(rows[lang], lang, slice(0, TUNE_LINES), slice(0, TUNE_FREE), "large_tune", fix)
                   for lang in langs]
            said, ok = sum(t["said"] for t in tot), sum(t["fixed"] for t in tot)
            print(f"  {score:3d}/{unknown:3d}: {pct(ok, said)}  false {sum(t['false'] for t in tot)} in "
                  f"{sum(t['free_words'] for t in tot)} words, {sum(t['wrong_in_term_lines'] for t in tot)}")
    fix = corrector()
    print(f"\nmodel whisper-{args.model}, {fix.options} (defaults)")
    print("free words: term-free lines (bench_terms_lines.FREE and the larger sample); false corr.: changes the "
          "correction made there; terms not said: glossary terms in those captions (Whisper's hotword bias too)")
    print("split  lang  terms  no glossary  hotwords  hotwords+correction   free words  false corr.  per 1k  "
          "terms not said")
    for name, part, free_part, large in (("tune", slice(0, TUNE_LINES), slice(0, TUNE_FREE), "large_tune"),
                                         ("TEST", slice(TUNE_LINES, None), slice(TUNE_FREE, None), "large_test")):
        total = dict.fromkeys(("said", "plain", "hot", "fixed", "free_words", "false", "inserted",
                               "wrong_in_term_lines"), 0)
        for lang in langs:
            f = figures(rows[lang], lang, part, free_part, large, fix)
            total = {k: total[k] + f[k] for k in total}
            print(f"{name:5}  {lang:4}  {f['said']:5}  {pct(f['plain'], f['said'])}       {pct(f['hot'], f['said'])}"
                  f"    {pct(f['fixed'], f['said'])}            {f['free_words']:5}  {f['false']:5}"
                  f"        {1000 * f['false'] / max(1, f['free_words']):5.1f}  {f['inserted']:5}")
        print(f"{name:5}  all   {total['said']:5}  {pct(total['plain'], total['said'])}       "
              f"{pct(total['hot'], total['said'])}    {pct(total['fixed'], total['said'])}            "
              f"{total['free_words']:5}  {total['false']:5}        "
              f"{1000 * total['false'] / max(1, total['free_words']):5.1f}  {total['inserted']:5}   "
              f"(corrections to a term not said, in term lines: {total['wrong_in_term_lines']})")
    words, false = shared_false(decoder, fix)
    if words:
        print(f"real English clips (../shared/data/speech): {false} false corrections in {words} words "
              f"({1000 * false / words:.1f} per 1k)")
    print(f"load after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
