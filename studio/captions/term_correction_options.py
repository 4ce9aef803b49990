"""The correction step's options and why each has its value (studio/captions/term_correction.py applies them;
benchmarks/bench_terms.py measured each; the history is in docs/captions.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CorrectionOptions:
    """min_score: 0–100, the better of the spelling and sound ratios a window needs (tuned on
    the tuning lines of bench_terms.py); min_term_chars: shorter terms are never guessed."""

    enabled: bool = True
    min_score: float = 84.0
    # 83: a 7-letter name heard with 2 letters lost ('Vessi' for Luvessi, 'Kaima' for Kaimalu,
    # 'Ezzia' for Trezzia: 83.3), where no word of the window is a word; with the audio, weighed
    # as any near-miss (max_drop_guess). Haircare (DEV, tuned on) 80.8 -> 82.1%, no false
    # correction more in 798 words; supplements (not looked at) 77.1 -> 77.5%, none in 491.
    min_score_unknown: float = 83.0
    min_term_chars: int = 5
    common_zipf: float = 3.0      # about once per 1e6 words and more often: a common word
    unknown_zipf: float = 1.5     # rarer than about once per 3e7 words: not a word of the language
    split_glued: bool = True      # "Chamsalicylic" -> "Cham Salicylic" (exact letters, >= 6)
    # "Conmakuchiol" -> "con Bakuchiol": a 2-3 letter word at least this common in the caption's
    # language (con, com, de, di, and; Zipf >= 5.5 is about once per 300,000 words) glued to a
    # near-miss of a one-word term.
    glued_head_zipf: float = 5.5
    # With the audio: a near-miss of a term that begins or ends inside a non-word, whatever is
    # glued to it (Indonesian "Samatresia": sama Trezzia, "Nankasara Gold": dan Kesara Gold,
    # "Kesara Goldengak": Kesara Gold nggak); the word is cut there, and the audio decides.
    cut_glued: bool = True
    # ... a term of at least this many letters: a short real name (Chia, Matcha, Inulin) turns up
    # at the head of or inside the non-words Whisper writes for es/pt/vi term-free speech
    # ('Chiawa', 'Semata', 'Inulinaca'; pantry set, DEV). Nor does a term said right beside a
    # common word turn it into a shorter term than this ('Mata' -> Matcha).
    min_cut_chars: int = 7
    # A term's first letters alone ('Orvan' for Orvanne, 'Panthen' for Panthenol, 'Resorcin') are
    # left as written: with the terms as hot words Whisper writes such a start of a listed term
    # where it was not said (6 of the 7 truncations weighed on the haircare lines, DEV).
    skip_truncated: bool = True
    # ... nor a term with a sound more at its end ('Tuberoseu', 'Windmerek'; 'Mirawoodson' is not cut
    # into 'Mirawood son' unless the 2-3 letters are a common word): 3 of 3 were not the term (sets 5-7, DEV).
    skip_extended: bool = True
    # With the audio (a scorer from WhisperRecognizer.log_prob_scorer): near-misses down to
    # `rescore_min_score` are candidates, and each is kept only if Whisper, forced to read the
    # term there, finds the line at most this many nats less likely than what it wrote.
    # Default: the audio vetoes what the text alone would correct, and weighs the few bolder
    # kinds below. Bolder guesses in any window (rescore_min_score=60, max_drop_guess=6.5) made
    # 1.5-3.0 false corrections per 1,000 words (history: docs/captions.md, rounds 2-6).
    rescore: bool = True
    rescore_min_score: float = 84.0
    max_drop_near: float = 11.0    # a window at min_score or more (guessed without audio too)
    max_drop_guess: float = 11.0   # a guess below min_score (a window of non-words down to min_score_unknown)
    # A term of more letters than this is allowed a drop that much larger (letters / this): its
    # forced reading spans more tokens, each a little less likely ("Sibentrimonium Chlorine" ->
    # Behentrimonium Chloride cost 14 nats, "Ammonium Thioglycora" 18; every wrong near-miss
    # measured was a term of 10 letters or fewer).
    drop_scale_letters: int = 12
    # max_drop_near in these caption languages instead: ((language, nats), ...). Whisper base
    # writes Spanish best (word error rate 36-52% against 60-93% in pt/id/vi): right near-misses
    # lay at 13-18 nats there; in pt/id/vi wrong ones lay at 9-18 (docs/captions.md, round 5).
    # Round 9 (sets 5-7 and gadgets, DEV, decodes with round 8's hot-word frame): right id/pt near-misses
    # at 11.2-13.3 nats, the first wrong one at 13.6 (id) and 16.6 (pt); vi stays at 11 (a wrong one at 11.1).
    max_drop_by_language: tuple[tuple[str, float], ...] = (("es", 18.0), ("id", 13.0), ("pt", 13.5))
    # With the audio: a multi-word term's words may lie across a comma (Whisper with hotwords
    # writes a list: "Summich, Fuel" for Summit Fuel); a one-word term never spans one.
    rescore_across_commas: bool = True
    # With the audio: a window of a multi-word term holding one of its words exactly, a word rare
    # in the caption's language itself (Zipf there < common_zipf: 'Liquid, Tegina' for Liquid
    # Retina in pt), is a candidate down to this score, common English words or not; kept at a
    # drop of max_drop_term_word at most (a wrong 'Sao Mucin' -> Snail Mucin cost 10.9, DEV).
    min_score_term_word: float = 75.0
    max_drop_term_word: float = 10.0
    # With the audio: a window of non-words down to this score, kept only where the audio all
    # but prefers the term ('Tundervo' for Thunderbolt, pt, 82: -0.3 nats; DEV, 7 right, 1 wrong).
    min_score_low: float = 75.0
    max_drop_low: float = 3.0
    # With the audio: a near-miss the audio refused makes way for the next candidate over its words,
    # weighed the same way; this many rounds of weighing in all (1: the first choice only). Round 10
    # (DEV): petcare vi 65.0 -> 68.3% ('Pincusingmas' -> 'Pin Kucingmas', 'Rim-Lipped Mussel'),
    # supplements es +1 term ('neleóns, Mane'), outdoor unchanged; no false correction more in 38,677
    # words (petcare's decodes corrected with the other seven glossaries). A third round found nothing.
    audio_rounds: int = 2
