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

With the audio check (CorrectionOptions.rescore, WhisperRecognizer.log_prob_scorer) bolder
near-misses are weighed against the audio; its log probabilities are cached there too. The TEST
rows print only with --test: run that once, after tuning.

`--segment-lines N` gives Whisper only the terms of each line's N-line segment as hotwords (as
the engine does during a show, hotword_choice.py) and skips the larger sample.

`--lines FILE.py` measures a held-out module instead (same interface as bench_terms_lines.py:
TERMS, VOICES, FRAMES, FREE, lines_for): every line of it is one "held-out" split, its FREE lines
and the larger sample's TEST part (filtered by its terms) give the false corrections. Its decodes
are cached by text, so a second run only redoes the correction.

    .venv/bin/python benchmarks/bench_terms.py [--langs en,es] [--model base] [--tune] [--test] [--list]
    .venv/bin/python benchmarks/bench_terms.py --lines /path/held_out_lines.py [--list]
    .venv/bin/python benchmarks/bench_terms.py --segment-lines 4 [--test]
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import importlib.util
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
# The decode and log-probability caches (JSON, rewritten whole on each new decode): a private
# folder when several runs share the machine, so one run does not drop what another wrote.
DECODES = Path(os.environ.get("BENCH_TERMS_DECODES", str(CACHE)))
NO_PLAIN = False   # --no-plain: skip the no-glossary decodes (that column shows —)
OPTIONS: dict = {}  # --option NAME=VALUE: CorrectionOptions changed for every corrector of the run
LARGE_LINES = 0    # --large-lines N: only the first N lines a language of the larger sample's part
TUNE_LINES, TUNE_FREE = 8, 4
LARGE_TEST, LARGE_TUNE, LARGE_TUNE2 = 90, 20, 60   # lines a language of the larger term-free sample
HELD_OUT = False   # --lines: a held-out module replaced the lines above
SEGMENT_LINES = 0  # --segment-lines N: hotwords are only the terms of the line's N-line segment
SEGMENT_FIRST = False  # --segment-first: ... first, then every other term
HOTWORD_SEP = ", "     # --hotword-sep: how the terms are joined in Whisper's prompt
PROMPT_TERMS = ""      # --prompt-terms: "prompt" (terms in a sentence as the initial prompt, no hotwords) or "both"
# A short sentence in the caption's language that carries the terms (--prompt-terms).
PROMPT_SENTENCES = {"en": "Today we talk about {}.", "es": "Hoy hablamos de {}.", "pt": "Hoje falamos de {}.",
                    "id": "Hari ini kita bahas {}.", "vi": "Hôm nay chúng ta nói về {}."}


def use_lines(path: str) -> None:
    """Measure the lines of the module at path (bench_terms_lines.py's interface) instead."""
    global TERMS, VOICES, FRAMES, FREE, lines_for, HELD_OUT
    spec = importlib.util.spec_from_file_location("held_out_lines", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"--lines: cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    TERMS, VOICES, FRAMES, FREE, lines_for = (module.TERMS, module.VOICES, module.FRAMES, module.FREE,
                                              module.lines_for)
    HELD_OUT = True


def large_free(lang: str) -> tuple[list[str], list[str]]:
    """(tuning, test) term-free live-selling lines in lang from the claim checker's labelled set."""
    path = ROOT / "assets" / "compliance" / "semantic" / "labeled" / f"{lang}.jsonl"
    texts = [json.loads(row)["text"] for row in path.read_text("utf-8").splitlines() if row.strip()]
    texts = [t for t in texts if not any(found(term, t) for term in TERMS)]
    # Tuning: every 3rd from the 1st (20) and, since the audio check, every 3rd from the 3rd (60
    # more; 963 tuning words could not show 1 per 1,000). TEST: every 3rd from the 2nd, as before.
    return texts[0::3][:LARGE_TUNE] + texts[2::3][:LARGE_TUNE2], texts[1::3][:LARGE_TEST]


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
        self.path = DECODES / f"decodes-{model}.json"
        self.cache = json.loads(self.path.read_text()) if self.path.exists() else {}

    def text(self, samples, key: str, lang: str, hotwords: str | None) -> str:
        from studio.captions.asr import DecodeRequest

        from studio.captions.hotword_choice import TERM_SENTENCES

        prompt, frame = None, "{}"
        if hotwords and not PROMPT_TERMS and not SEGMENT_LINES and HOTWORD_SEP == ", ":
            frame = TERM_SENTENCES.get(lang, "{}")    # every term, as the engine frames them
        if PROMPT_TERMS and hotwords:   # the terms in a sentence in the caption's language
            prompt = PROMPT_SENTENCES.get(lang, "{}").format(hotwords)
            hotwords = hotwords if PROMPT_TERMS == "both" else None
        k = f"{key}|{lang}|{hashlib.sha1(hotwords.encode()).hexdigest()[:8] if hotwords else False}"
        if prompt:   # keyed by every decode option that changes the text
            k += f"|p{hashlib.sha1(prompt.encode()).hexdigest()[:8]}"
        if frame != "{}":
            k += f"|f{hashlib.sha1(frame.encode()).hexdigest()[:8]}"
        if k not in self.cache:
            d = self.recognizer.decode(samples, DecodeRequest(language=lang, beam_size=5, hotwords=hotwords,
                                                              prompt=prompt, hotword_frame=frame))
            self.cache[k] = " ".join(s.text.strip() for s in d.segments)
            save(self.path, self.cache)
        return self.cache[k]

    def scorer(self, samples, key: str, lang: str):
        """The recognizer's log_prob_scorer for this audio, cached by text (the sweep reruns it)."""
        path = DECODES / f"logprobs-{self.model}.json"
        if not hasattr(self, "log_probs"):
            self.log_probs = json.loads(path.read_text()) if path.exists() else {}
        live = []

        def score(texts: list[str]) -> list[float]:
            missing = [t for t in texts if f"{key}|{lang}|{t}" not in self.log_probs]
            if missing:
                if not live:
                    live.append(self.recognizer.log_prob_scorer(samples(), lang))
                for text, value in zip(missing, live[0](missing)):
                    self.log_probs[f"{key}|{lang}|{text}"] = value
                save(path, self.log_probs)
            return [self.log_probs[f"{key}|{lang}|{t}"] for t in texts]
        return score


def save(path: Path, cache: dict) -> None:
    """Write cache to path with what another run wrote there since (both keep their entries)."""
    if path.exists():
        try:
            cache.update({k: v for k, v in json.loads(path.read_text()).items() if k not in cache})
        except ValueError:   # caught mid-write by another run: ours alone this time
            pass
    temp = path.with_suffix(f".{os.getpid()}.tmp")
    temp.write_text(json.dumps(cache, ensure_ascii=False))
    os.replace(temp, path)


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


def corrector(**changes):
    """A TermCorrector over the 40 terms: CorrectionOptions defaults but for changes."""
    from dataclasses import replace

    from studio.captions.glossary import Glossary
    from studio.captions.term_correction import CorrectionOptions, TermCorrector

    return TermCorrector(Glossary.from_text("\n".join(TERMS)), replace(CorrectionOptions(), **{**OPTIONS, **changes}))


def decode_all(decoder: Decoder, langs: list[str], large: bool) -> dict:
    """{lang: {"terms": [(ref, plain, hot, scorer)], "free": [(ref, hot, scorer)], "large_tune"/
    "large_test": [(ref, hot, scorer)]}} for every line; hotwords as the engine gives them
    (Glossary.hotwords()); scorer: the audio check's log probabilities for that line."""
    from studio.captions.glossary import Glossary

    every_term = HOTWORD_SEP.join(dict.fromkeys(t.term for t in Glossary.from_text("\n".join(TERMS)).terms))
    out = {}
    for lang in langs:
        voice = VOICES[lang]
        rows = {"terms": [], "free": [], "large_tune": [], "large_test": []}
        for i, line in enumerate(lines_for(lang)):
            samples, key = audio(line, voice), f"t:{line}" if HELD_OUT else f"t{i}:{line}"
            hotwords = segment_hotwords(lang, i) if SEGMENT_LINES else every_term
            rows["terms"].append((line, None if NO_PLAIN else decoder.text(samples, key, lang, None),
                                  decoder.text(samples, key, lang, hotwords),
                                  decoder.scorer(lambda s=samples: s, key, lang)))
        for i, line in enumerate(FREE.get(lang, [])):
            samples, key = audio(line, voice), f"f:{line}" if HELD_OUT else f"f{i}:{line}"
            hotwords = segment_hotwords(lang, i) if SEGMENT_LINES else every_term
            rows["free"].append((line, decoder.text(samples, key, lang, hotwords),
                                 decoder.scorer(lambda s=samples: s, key, lang)))
        out[lang] = rows
        print(f"  decoded {lang}", flush=True)
    # A held-out module: only the larger sample's TEST part (nothing of it chose the options).
    for part, index in (("large_test", 1), ("large_tune", 0))[:1 if HELD_OUT else 2] if large else ():
        for lang in langs:
            for line in large_free(lang)[index][:LARGE_LINES or None]:
                out[lang][part].append((line, decoder.text(audio(line, VOICES[lang]), f"c:{line}", lang, every_term),
                                        decoder.scorer(lambda t=line, v=VOICES[lang]: audio(t, v), f"c:{line}", lang)))
            print(f"  decoded {part} {lang}", flush=True)
    return out


def segment_hotwords(lang: str, i: int) -> str:
    """The hotwords of a show segment: the terms said in the N lines around line i (glossary order),
    as the engine gives the terms of the segment on air (studio/captions/hotword_choice.py).
    Term-free line i gets those of the segment line i would be in (cycling)."""
    lines = lines_for(lang)
    segments = max(1, -(-len(lines) // SEGMENT_LINES))
    start = (i // SEGMENT_LINES % segments) * SEGMENT_LINES
    first = [t for t in TERMS if any(found(t, line) for line in lines[start:start + SEGMENT_LINES])]
    return ", ".join(first + [t for t in TERMS if t not in first] if SEGMENT_FIRST else first)


def free_wer(rows: dict, free_part: slice) -> float:
    """Word error rate of the hotword decodes of the term-free lines written for this benchmark."""
    from bench_terms_cost import edits, words

    pairs = rows["free"][free_part]
    return 100 * sum(edits(ref, hot) for ref, hot, _ in pairs) / max(1, sum(len(words(ref)) for ref, _, _ in pairs))


def figures(rows: dict, lang: str, part: slice, free_part: slice, large: str, fix, text_fix=None) -> dict:
    """Terms right (no glossary, hotwords, text_fix's correction, fix's) and fix's false corrections."""
    said = plain_ok = hot_ok = fixed_ok = text_ok = 0
    wrong_in_term_lines = 0
    for ref, plain, hot, scorer in rows["terms"][part]:
        s, a = term_hits(ref, plain or "")
        _, b = term_hits(ref, hot)
        corrected, changes = fix.correct(hot, lang, scorer)
        _, c = term_hits(ref, corrected)
        _, d = term_hits(ref, text_fix.correct(hot, lang)[0]) if text_fix else (0, 0)
        said, plain_ok, hot_ok, fixed_ok, text_ok = said + s, plain_ok + a, hot_ok + b, fixed_ok + c, text_ok + d
        wrong_in_term_lines += sum(1 for ch in changes if not found(ch.term, ref))
    words = false = inserted = 0
    for ref, hot, scorer in rows["free"][free_part] + rows[large]:
        words += len(ref.split())
        corrected, changes = fix.correct(hot, lang, scorer)
        false += len(changes)
        # A term in the caption that was not said, whoever wrote it (Whisper's hotword bias too).
        inserted += sum(found(term, corrected) for term in TERMS)
    return {"said": said, "plain": plain_ok, "hot": hot_ok, "fixed": fixed_ok, "text": text_ok, "free_words": words,
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
        false += len(fix.correct(hot, lang, decoder.scorer(lambda s=samples: s, f"s{i}", lang))[1])
    return words, false


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "   — "


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--langs", help="default: en,es,pt,id,vi (with --lines: the module's VOICES)")
    ap.add_argument("--model", default="base")
    ap.add_argument("--tune", action="store_true", help="sweep the audio check on the tuning lines")
    ap.add_argument("--test", action="store_true", help="also the held-out TEST lines (once, at the end)")
    ap.add_argument("--list", action="store_true", help="list the false corrections")
    ap.add_argument("--lines", metavar="FILE.py", help="a held-out module of lines (see above): one split")
    ap.add_argument("--segment-lines", type=int, default=0, metavar="N",
                    help="hotwords: only the terms of each line's N-line segment, not all (no larger sample)")
    ap.add_argument("--segment-first", action="store_true",
                    help="with --segment-lines: the segment's terms first, then every other term")
    ap.add_argument("--prompt-terms", choices=("prompt", "both"), default="",
                    help="every term in a short sentence in the caption's language as Whisper's initial prompt, "
                         "instead of (prompt) or as well as (both) the hotwords; skips the larger sample")
    ap.add_argument("--no-plain", action="store_true", help="skip the no-glossary decodes")
    ap.add_argument("--no-large", action="store_true", help="skip the larger term-free sample (false corrections "
                    "on the FREE lines only)")
    ap.add_argument("--large-lines", type=int, default=0, metavar="N",
                    help="only the first N lines a language of the larger sample (a quicker false-correction check)")
    ap.add_argument("--option", action="append", default=[], metavar="NAME=VALUE",
                    help="a CorrectionOptions field changed (a Python literal: 14.0, False, (('es', 18.0),))")
    ap.add_argument("--hotword-sep", default=", ", help="join the terms with this (every-term hotwords; skips the larger sample)")
    args = ap.parse_args()
    global SEGMENT_LINES, SEGMENT_FIRST, HOTWORD_SEP, PROMPT_TERMS, NO_PLAIN, LARGE_LINES
    NO_PLAIN, LARGE_LINES = args.no_plain, args.large_lines
    OPTIONS.update({name: ast.literal_eval(value) for name, value in (o.split("=", 1) for o in args.option)})
    SEGMENT_LINES, SEGMENT_FIRST, HOTWORD_SEP = args.segment_lines, args.segment_first, args.hotword_sep
    PROMPT_TERMS = args.prompt_terms
    if args.lines:
        if args.tune:
            raise SystemExit("--lines is held-out speech: nothing is tuned on it (no --tune)")
        use_lines(args.lines)
    CACHE.mkdir(exist_ok=True)
    DECODES.mkdir(exist_ok=True)
    print(f"load: {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f} {os.getloadavg()[2]:.1f}; "
          f"{len(TERMS)} glossary terms; lines from {args.lines or 'bench_terms_lines.py'}; "
          f"{ {lang: len(frames) for lang, frames in FRAMES.items()} } frames per language", flush=True)
    langs = [lang.strip() for lang in (args.langs or ",".join(VOICES if args.lines else
                                                              ("en", "es", "pt", "id", "vi"))).split(",")]
    decoder = Decoder(args.model)
    if not decoder.recognizer.multilingual:
        langs = ["en"]
    started = time.perf_counter()
    rows = decode_all(decoder, langs, large=not SEGMENT_LINES and HOTWORD_SEP == ", " and not PROMPT_TERMS
                      and not args.no_large)
    print(f"decoding took {time.perf_counter() - started:.0f} s (cached decodes cost nothing)")
    if args.tune:
        print("\nTUNING lines: rescore_min_score / max_drop_near / max_drop_guess -> terms right with the "
              "audio-checked correction, false corrections (free lines incl. the larger sample's tuning part), "
              "corrections to a term not said in term lines")
        for low, near, guess, commas in ((0, 0, 0, False), (60, 13, 6.5, False), (60, 13, 4, False),
                                         (60, 13, 2, False), (70, 13, 4, False), (84, 13, 0, False),
                                         (84, 10, 0, False), (84, 8, 0, False), (60, 13, 6.5, True)):
            fix = corrector(rescore_min_score=low, max_drop_near=near, max_drop_guess=guess, rescore=low > 0,
                            rescore_across_commas=commas)
            tot = [figures(rows[lang], lang, slice(0, TUNE_LINES), slice(0, TUNE_FREE), "large_tune", fix)
                   for lang in langs]
            said, ok = sum(t["said"] for t in tot), sum(t["fixed"] for t in tot)
            print(f"  {low:3d}/{near:4.1f}/{guess:4.1f}{' commas' if commas else ''}: {pct(ok, said)}  false {sum(t['false'] for t in tot)} in "
                  f"{sum(t['free_words'] for t in tot)} words, {sum(t['wrong_in_term_lines'] for t in tot)}",
                  flush=True)
    fix, text_fix = corrector(), corrector(rescore=False)
    print(f"\nmodel whisper-{args.model}, {fix.options} (defaults)")
    print("text fix: the correction on the text alone (as before the audio check); audio-checked: with "
          "WhisperRecognizer.log_prob_scorer, the default in the engine. free words: term-free lines "
          "(bench_terms_lines.FREE and the larger sample); false corr.: changes the audio-checked correction made "
          "there; terms not said: glossary terms in those captions (Whisper's hotword bias too)")
    print("split  lang  terms  no glossary  hotwords  text fix  audio-checked   free words  false corr.  per 1k  "
          "terms not said")
    splits = [("tune", slice(0, TUNE_LINES), slice(0, TUNE_FREE), "large_tune")]
    if args.lines:
        splits = [("held-out", slice(0, None), slice(0, None), "large_test")]
    elif args.test:
        splits.append(("TEST", slice(TUNE_LINES, None), slice(TUNE_FREE, None), "large_test"))
    for name, part, free_part, large in splits:
        total = dict.fromkeys(("said", "plain", "hot", "text", "fixed", "free_words", "false", "inserted",
                               "wrong_in_term_lines"), 0)
        for lang in langs + ["all"]:
            f = total if lang == "all" else figures(rows[lang], lang, part, free_part, large, fix, text_fix)
            if lang != "all":
                total = {k: total[k] + f[k] for k in total}
            print(f"{name:5}  {lang:4}  {f['said']:5}  {pct(f['plain'], f['said'])}       {pct(f['hot'], f['said'])}"
                  f"    {pct(f['text'], f['said'])}   {pct(f['fixed'], f['said'])}        {f['free_words']:5}  "
                  f"{f['false']:5}        {1000 * f['false'] / max(1, f['free_words']):5.1f}  {f['inserted']:5}"
                  + (f"   (corrections to a term not said, in term lines: {f['wrong_in_term_lines']})"
                     if lang == "all" else ""), flush=True)
        if args.list:
            for lang in langs:
                for ref, hot, scorer in rows[lang]["free"][free_part] + rows[lang][large]:
                    for change in fix.correct(hot, lang, scorer)[1]:
                        print(f"  false {name} {lang}: {change.heard!r} -> {change.term!r} ({change.score:.0f}) "
                              f"in {hot!r}")
    print("word error rate of the hotword decodes on the term-free lines written for this benchmark (all of them): "
          + ", ".join(f"{lang} {free_wer(rows[lang], slice(0, None)):.1f}%" for lang in langs))
    words, false = shared_false(decoder, fix) if "en" in langs and not args.no_large else (0, 0)
    if words:
        print(f"real English clips (../shared/data/speech): {false} false corrections in {words} words "
              f"({1000 * false / words:.1f} per 1k)")
    print(f"load after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
