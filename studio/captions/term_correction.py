"""Glossary terms spelled right after recognition: near-misses of a term become the term.

Whisper hears "Niacinamide" as "niasinamida" or "Glow Lab" even with the term as a hotword.
Each final caption is searched, sentence by sentence, for word windows (one word fewer to one
more than the term has: Whisper splits and joins words) whose spelling or sound is close to a
glossary term or one of its aliases (`Term ~ alias; alias` in the glossary file); the best
non-overlapping matches are replaced by the term as written. A word that ends or starts with a
term's exact letters glued to a neighbour ("Chamsalicylic", Vietnamese "chăm" + the term) is
split in two; so is a non-word that starts with one of the language's most common short words and
goes on with a near-miss of a term (Spanish "Conmakuchiol": "con Bakuchiol"; the near-miss is
weighed against the audio like any other).

How close: rapidfuzz's ratio on the letters (case, accents, spaces and hyphens ignored) and on a
phonetic key in the caption's language (term_phonetics.py: its own letter-to-sound rules, then
the folds en/es/pt/id/vi share), the better of the two.

Guards against changing what the host really said (each measured: benchmarks/bench_terms.py):
- terms shorter than `min_term_chars` letters are only re-spelled (case, spaces), never guessed;
- a window must score at least `min_score` (tuned on the tuning lines, not the test lines), or
  `min_score_unknown` when none of its words is a word at all (wordfreq Zipf below
  `unknown_zipf` in the caption's language and in English): Whisper writes non-words where it
  did not understand, the low-confidence spans a term most likely hides in;
- a common word (wordfreq's Zipf frequency >= `common_zipf` in the caption's language or in
  English: 'retinal', 'robe', 'agua', 'kulit') is changed only when the context matches: the
  window also holds an uncommon word, or another glossary term is in the same sentence;
- a window never spans sentence punctuation, nor a comma but for a multi-word term weighed
  against the audio.

With the caption's audio (the engine passes WhisperRecognizer.log_prob_scorer) the correction is
bolder where Whisper was unsure and stricter where it was sure: windows down to
`rescore_min_score` become candidates, and each near-miss (not an exact re-spelling) is kept only
if Whisper's own token probabilities, decoding forced to the line with the term in place and no
prompt (so the hotwords do not vouch for themselves), are at most `max_drop_*` nats below those
of the line as written. A confidently heard word loses against a term it does not sound like; a
garbled span gives way to the term it resembles. A bold guess at a term already right in the
same sentence is not made. With the audio, a term may also begin or end inside a non-word
(Indonesian "Samatresia": sama Trezzia); the word is cut there and what is glued to the term stays
(terms of `min_cut_chars` letters or more: short real names hide in the non-words of term-free speech).
Two more kinds of candidate exist only with the audio (round 6): a window of a multi-word term
holding one of its words exactly, a word rare in the caption's language ('Liquid, Tegina'), down
to `min_score_term_word`; and a window of non-words down to `min_score_low`, kept only where the
audio all but prefers the term (`max_drop_low`). Both are chosen after every other candidate.
A window the audio refused makes way for the next candidate over its words (`audio_rounds`, round
10): Whisper glues a syllable to a term ('Pincusingmas'), and the term cut out of the word may
pass where the whole word did not.
Latin-script terms only: Chinese, Thai or Arabic captions are left as Whisper wrote them.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz

from studio.captions.glossary import Glossary
from studio.captions.term_correction_options import CorrectionOptions
from studio.captions.term_phonetics import letters, phonetic_key, zipf, zipf_in

__all__ = ["CorrectionOptions", "Correction", "TermCorrector", "letters", "phonetic_key", "zipf"]

log = logging.getLogger(__name__)

_SENTENCE = re.compile(r"[^.!?。！？]+[.!?。！？]*")
_WORD = re.compile(r"[^\W_](?:[\w'’]*[^\W_])?")
_JOINERS = re.compile(r"^[\s\-]*$")   # what may lie between the words of one window
# With the audio check a window may also span a comma: with hotwords Whisper often writes a list
# ("Zaeu, Mucin" for "Snail Mucin").
_BOLD_JOINERS = re.compile(r"^[\s\-]*,?[\s\-]*$")


@dataclass(frozen=True)
class Correction:
    heard: str
    term: str
    score: float


def _latin(text: str) -> bool:
    return all(ord(c) < 0x250 or unicodedata.combining(c) for c in unicodedata.normalize("NFKD", text)
               if c.isalpha())


@dataclass(frozen=True)
class _Term:
    text: str
    words: int
    letters: str
    spelling: str   # the term or alias as written: its sound key depends on the caption's language
    word_letters: frozenset[str] = frozenset()   # a multi-word term's words, as letters()


class TermCorrector:
    """Corrects caption text against a glossary. Pure and cheap (microseconds a word); not
    thread-safe only in its caches, so one per captions thread."""

    def __init__(self, glossary: Glossary, options: CorrectionOptions | None = None) -> None:
        self.options = options or CorrectionOptions()
        self._language = "en"
        self._terms = [_Term(t.term, len(_WORD.findall(spelling)), letters(spelling), spelling,
                             frozenset(letters(w) for w in _WORD.findall(spelling)) - {""})
                       for t in glossary.terms for spelling in (t.term, *t.aliases)
                       if _latin(spelling) and letters(spelling)]
        self._terms.sort(key=lambda t: -len(t.letters))
        self._exact = {t.letters for t in self._terms}
        self._by_text = {t.text: t for t in sorted(self._terms, key=lambda t: t.spelling == t.text)}

    def __bool__(self) -> bool:
        return bool(self._terms) and self.options.enabled

    def correct(self, text: str, language: str | None,
                scorer: Callable[[list[str]], list[float]] | None = None) -> tuple[str, list[Correction]]:
        """(corrected text, the corrections made); language: the caption's ("es"), None if unknown;
        scorer: log probabilities of texts for the caption's audio (see CorrectionOptions)."""
        if not self or not text:
            return text, []
        self._language = (language or "en").split("-")[0]
        bold = scorer is not None and self.options.rescore
        edits = self._edits(text, bold)    # (start, end, replacement, term, score) in text
        if bold:
            edits = self._weighed(text, edits, scorer)
        result, changes = text, []
        for start, end, replacement, term_text, score in sorted(edits, key=lambda e: -e[0]):   # right to left
            changes.append(Correction(text[start:end], term_text, score))
            result = result[:start] + replacement + result[end:]
        return result, changes[::-1]

    def _edits(self, text: str, bold: bool, refused: frozenset = frozenset()) -> list:
        """The edits the text alone proposes, sentence by sentence; none of `refused` (start, end, replacement)."""
        edits = []
        for sentence in _SENTENCE.finditer(text):
            edits += [(start + sentence.start(), end + sentence.start(), *rest)
                      for start, end, *rest in self._sentence(sentence.group(), bold, refused, sentence.start())]
        return edits

    def _weighed(self, text: str, edits: list, scorer) -> list:
        """The edits the audio supports. A near-miss the audio refused makes way for the next candidate
        over those words (audio_rounds times): Vietnamese 'Pincusingmas' is not Kucingmas as a whole,
        but 'Pin Kucingmas' (the term cut out of the word) may be."""
        kept = self._heard_in_audio(text, edits, scorer)
        weighed = {e[:3] for e in edits}
        for _ in range(self.options.audio_rounds - 1):
            refused = frozenset(weighed - {e[:3] for e in kept})
            if not refused:
                break
            fresh = [e for e in self._edits(text, True, refused) if e[:3] not in weighed
                     and all(e[1] <= k[0] or k[1] <= e[0] for k in kept)]
            if not fresh:
                break
            weighed |= {e[:3] for e in fresh}
            kept += self._heard_in_audio(text, fresh, scorer)
        return kept

    def _heard_in_audio(self, text: str, edits: list, scorer) -> list:
        """The edits whose term the audio supports: exact letters always; a near-miss if the line
        with the term is at most max_drop_* nats less likely than the line as Whisper wrote it."""
        guessed = [e for e in edits if e[4] < 100.0]
        if not guessed:
            return edits
        try:
            base, *scores = scorer([text] + [text[:s] + rep + text[e:] for s, e, rep, _, _ in guessed])
        except (RuntimeError, ValueError) as exc:     # the model refused the text: no bold guesses
            log.warning("term correction without the audio check: %s", exc)
            return [e for e in edits if e[4] >= self.options.min_score]
        kept = [e for e in edits if e[4] >= 100.0]
        near = dict(self.options.max_drop_by_language).get(self._language, self.options.max_drop_near)
        for edit, log_prob in zip(guessed, scores):
            allowed = near if edit[4] >= self.options.min_score else self.options.max_drop_guess
            tokens = _WORD.findall(text[edit[0]:edit[1]])
            if self._low(edit[4], self._by_text[edit[3]], tokens):
                allowed = self.options.max_drop_low
            elif edit[4] < self.options.min_score and self._term_word(self._by_text[edit[3]], tokens):
                allowed = min(allowed, self.options.max_drop_term_word)
            allowed *= max(1.0, len(letters(edit[3])) / self.options.drop_scale_letters)
            if base - log_prob <= allowed:
                kept.append(edit)
        return kept

    def _sentence(self, sentence: str, bold: bool = False, refused: frozenset = frozenset(),
                  offset: int = 0) -> list[tuple[int, int, str, str, float]]:
        """Edits (start, end, replacement, term, score) in sentence; none of `refused` (start + offset, end +
        offset, replacement): windows the audio refused, so that the next candidate over their words is chosen."""
        words = list(_WORD.finditer(sentence))
        # A term's exact letters glued to a neighbour beat any near-miss over that word
        # ("Cerampeptide" is "Ceram Peptide", not a guess at Ceramide).
        glued = {k: g for k, word in enumerate(words) if (g := self._glued(word.group(), bold))}
        candidates = []
        for i in range(len(words)):
            for term in self._terms:
                for n in range(max(1, term.words - 1), term.words + 2):
                    if (i + n > len(words) or not self._joined(sentence, words, i, n, bold and term.words > 1)
                            or not glued.keys().isdisjoint(range(i, i + n))):
                        continue
                    score = self._score(term, sentence[words[i].start():words[i + n - 1].end()],
                                        [w.group() for w in words[i:i + n]], bold)
                    if score is not None:
                        candidates.append((score, i, n, term, None))
        if bold and self.options.cut_glued:
            candidates += self._cut(sentence, words, glued)
        chosen: list[tuple[float, int, int, _Term, tuple[str, str] | None]] = []
        taken: set[int] = set()
        # A window that cuts a word only fills a gap: "Pracaxi Oilate" is "Pracaxi Oil", not "Pracaxi Oil ate";
        # a low guess (min_score_low) comes last of all: it must not shut out a window the audio would keep.
        def low(c) -> bool:
            return self._low(c[0], c[3], [w.group() for w in words[c[1]:c[1] + c[2]]])
        def placed(i, n, term, cut) -> tuple[int, int, str]:
            text = " ".join(filter(None, (cut[0], term.text, cut[1]))) if cut else term.text
            return words[i].start() + offset, words[i + n - 1].end() + offset, text
        for score, i, n, term, cut in sorted(candidates, key=lambda c: (low(c), bool(c[4]), -c[0], -len(c[3].letters))):
            if taken.isdisjoint(range(i, i + n)) and (not refused or placed(i, n, term, cut) not in refused):
                chosen.append((score, i, n, term, cut))
                taken.update(range(i, i + n))
        # A term already right in the sentence is the context that lets a common word change.
        exact_terms = {t.text for s, i, n, t, cut in chosen if s >= 100.0}
        edits = []    # (start, end, replacement, term, score)
        for score, i, n, term, cut in chosen:
            start, end = words[i].start(), words[i + n - 1].end()
            tokens = [w.group() for w in words[i:i + n]]
            if cut:     # what is glued to the term stays, as its own word
                edits.append((start, end, placed(i, n, term, cut)[2], term.text, score))
                continue
            if sentence[start:end] == term.text:
                continue
            # Another term said right lets a common word change, but not into a short term ('Mata' -> Matcha, DEV).
            context = bool(exact_terms - {term.text}) and len(term.letters) >= self.options.min_cut_chars
            if score < 100.0 and all(self._common(t) for t in tokens) and not context \
                    and not (bold and self._term_word(term, tokens)):
                continue
            if score < self.options.min_score and term.text in exact_terms:
                continue    # a bold guess at a term already said right in this sentence: the misfire
            edits.append((start, end, term.text, term.text, score))
        for k, (replacement, term_text, score) in glued.items():
            edits.append((words[k].start(), words[k].end(), replacement, term_text, score))
        return edits

    def _cut(self, sentence: str, words, glued: dict) -> list[tuple[float, int, int, _Term, tuple[str, str]]]:
        """Candidates (score, first word, words, term, (kept before, kept after)) for a term
        that begins or ends inside a non-word of at least 5 letters: the part of that word in the
        window is at least 3 letters, the part left outside at least 2. Never exact (the audio decides)."""
        out = []
        for k, word in enumerate(words):
            text = word.group()
            if k in glued or len(text) < 5 or len(letters(text)) != len(text) or not _latin(text) \
                    or not self._unknown(text):
                continue
            most = max(t.words for t in self._terms)
            # (words, first word, the other words' text and letters): the term goes on after word k ...
            after = [(n, k, sentence[word.end():words[k + n - 1].end()]) for n in range(1, most + 1)
                     if k + n <= len(words) and self._joined(sentence, words, k, n, n > 1)]
            # ... or began before it.
            before = [(n, k - n + 1, sentence[words[k - n + 1].start():word.start()]) for n in range(1, most + 1)
                      if k - n + 1 >= 0 and self._joined(sentence, words, k - n + 1, n, n > 1)]
            # (A word split as glued already is left to that split.)
            after, before = ([(n, i, rest, len(letters(rest))) for n, i, rest in side
                              if glued.keys().isdisjoint(range(i, i + n))] for side in (after, before))
            for p in range(2, len(text) - 1):
                head, tail = text[:p], text[p:]
                for term in self._terms:
                    if len(term.letters) < self.options.min_cut_chars:
                        continue
                    near = 0.4 * len(term.letters)    # _score's bound on the length, checked first: cheap
                    # "Sama|tresia": the term begins in the tail of word k; "Kesara Gold|engak": ends in its head.
                    for part, kept, side in ((tail, (head, ""), after), (head, ("", tail), before)):
                        if len(part) < 3 or (side is before and self._extension(tail)):
                            continue
                        for n, i, rest, rest_letters in side:
                            if n > term.words or abs(len(part) + rest_letters - len(term.letters)) > near:
                                continue
                            heard = part + rest if side is after else rest + part
                            tokens = [w.group() for w in words[i:i + n]]
                            tokens[k - i] = part
                            score = self._score(term, heard, tokens, True)
                            if score is not None:
                                out.append((min(score, 99.9), i, n, term, kept))
        return out

    def _joined(self, sentence: str, words, i: int, n: int, split_term: bool = False) -> bool:
        """split_term: a multi-word term weighed against the audio, whose words may lie across a comma."""
        joiners = _BOLD_JOINERS if split_term and self.options.rescore_across_commas else _JOINERS
        return all(joiners.match(sentence[words[k].end():words[k + 1].start()]) for k in range(i, i + n - 1))

    def _score(self, term: _Term, heard: str, tokens: list[str], bold: bool = False) -> float | None:
        heard_letters = letters(heard)
        if heard_letters == term.letters:
            return 100.0
        if len(term.letters) < self.options.min_term_chars:
            return None
        if abs(len(heard_letters) - len(term.letters)) > 0.4 * len(term.letters):
            return None
        if self.options.skip_truncated and term.letters.startswith(heard_letters) \
                or self.options.skip_extended and heard_letters.startswith(term.letters):
            return None
        score = max(fuzz.ratio(heard_letters, term.letters),
                    fuzz.ratio(phonetic_key(heard, self._language), phonetic_key(term.spelling, self._language)))
        floor = self.options.rescore_min_score if bold else self.options.min_score
        if score >= self.options.min_score_unknown and all(self._unknown(t) for t in tokens):
            floor = min(floor, self.options.min_score_unknown)
        if bold and self._term_word(term, tokens):
            floor = min(floor, self.options.min_score_term_word)
        if bold and score >= self.options.min_score_low and all(self._unknown(t) for t in tokens):
            floor = min(floor, self.options.min_score_low)
        return min(score, 99.9) if score >= floor else None

    def _glued(self, word: str, bold: bool = False) -> tuple[str, str, float] | None:
        """(replacement, term, score) for a non-word that is a term's exact letters glued to a
        neighbour, else a common short word glued to a near-miss of a term."""
        plain = letters(word)
        if not self.options.split_glued or len(plain) != len(word) or not _latin(word) or not self._unknown(word):
            return None
        for term in self._terms:
            rest = len(plain) - len(term.letters)
            if term.words != 1 or len(term.letters) < 6 or rest < 3:
                continue
            # A short term only with a word of the language glued on: 'Miren|stevia', not 'Inulin|aca' (DEV).
            short = len(term.letters) < self.options.min_cut_chars
            if plain.endswith(term.letters) and (not short or self._word_of_language(word[:rest])):
                return f"{word[:rest]} {term.text}", term.text, 100.0
            tail = word[len(term.letters):]
            if plain.startswith(term.letters) and (not short or self._word_of_language(tail)) \
                    and not self._extension(tail):
                return f"{term.text} {tail}", term.text, 100.0
        if plain in self._exact:
            return None
        # The split must sound closer to a term than the word as a whole does ("Noirette" is not "No irette").
        best = (None, None, max((self._score(t, word, [word], bold) or 0.0 for t in self._terms if t.words == 1),
                                default=0.0))
        for size in (3, 2):
            head, tail = word[:size], word[size:]
            if len(tail) < self.options.min_term_chars or not self._common_head(head.lower()):
                continue
            for term in self._terms:
                score = self._score(term, tail, [tail], bold) if term.words == 1 else None
                if score is not None and score < 100.0 and score > best[2]:
                    best = (f"{head} {term.text}", term.text, score)
        return best if best[0] else None

    def _extension(self, tail: str) -> bool:
        """2-3 letters glued after a term, no common word ('Mirawood|son'): the term heard with a sound more."""
        return self.options.skip_extended and len(tail) <= 3 and not self._common_head(tail.lower())

    def _common_head(self, head: str) -> bool:
        """One of the language's most common short words; a final m or n is one nasal sound
        (Whisper writes Portuguese "com" as "Con")."""
        nasal = head[:-1] + {"m": "n", "n": "m"}.get(head[-1], head[-1])
        return max(zipf_in(head, self._language), zipf_in(nasal, self._language)) >= self.options.glued_head_zipf

    def _low(self, score: float, term: _Term, tokens: list[str]) -> bool:
        """A window that is a candidate only by min_score_low (no other rule would weigh it)."""
        if score >= min(self.options.min_score, self.options.rescore_min_score) or self._term_word(term, tokens):
            return False
        return score < self.options.min_score_unknown or not all(self._unknown(t) for t in tokens)

    def _term_word(self, term: _Term, tokens: list[str]) -> bool:
        """One of the tokens is a word of the multi-word term, rare in the caption's language."""
        return term.words > 1 and any(letters(t) in term.word_letters
                                      and zipf_in(t.lower(), self._language) < self.options.common_zipf
                                      for t in tokens)

    def _word_of_language(self, word: str) -> bool:
        return zipf_in(word.lower(), self._language) >= self.options.common_zipf

    def _unknown(self, word: str) -> bool:
        return zipf(word.lower(), self._language) < self.options.unknown_zipf

    def _common(self, word: str) -> bool:
        return zipf(word.lower(), self._language) >= self.options.common_zipf

