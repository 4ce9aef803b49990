"""How well one heard word matches each word of the script, for voice follow's alignment.

A script word's weight says how much hearing it tells about where the host is: a word said once in
the whole script places the host alone, the commonest words ("the", "and") hardly at all. A heard
word scores that weight on the script words it is, part of it on near misses (Whisper's spelling,
an accent, a plural), and a substitution penalty everywhere else.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
from rapidfuzz import fuzz, process

from studio.captions.term_phonetics import phonetic_key
from studio.prompter.heard_words import ACCENT_FOLDING_LANGUAGES, fold_accents
from studio.prompter.script import ScriptView
from studio.prompter.tokens import is_subword


# Languages whose misheard words match by how they sound besides their spelling: Whisper writes misheard
# Spanish by its sound ("horni yo" for "hornillo", "kualkier" for "cualquier"). The key is the glossary
# correction's (studio.captions.term_phonetics): b/v, ll/y, c/z/s, c/qu/k, g/j, a silent h alike.
# Portuguese measured no better with it (replays of the recorded follow runs), so only Spanish.
SOUND_KEYS = {"es": lambda word: phonetic_key(word, "es")}


class WordMatcher:
    """Per heard word, a score per script token (cached per word). `options`: FollowOptions."""

    def __init__(self, script: ScriptView, options) -> None:
        self.options = options
        vocab: dict[str, int] = {}
        ids = [vocab.setdefault(norm, len(vocab)) for norm in script.token_norms]
        self.vocab = list(vocab)
        self.vocab_index = vocab
        # Only where accents are spelling that Whisper may get wrong, never a tone (Vietnamese "ma"/"má").
        self._folded_index: dict[str, int] = {}
        if (script.show.language or "").split("-")[0].lower() in ACCENT_FOLDING_LANGUAGES:
            for v, w in enumerate(self.vocab):
                self._folded_index.setdefault(fold_accents(w), v)
        self._token_vocab = np.asarray(ids, dtype=np.int64)
        counts = Counter(script.token_norms)
        self.vocab_weight = np.asarray([self._word_weight(w, counts[w]) for w in self.vocab], dtype=np.float64)
        self._long_enough = np.asarray([len(w) >= 4 for w in self.vocab], dtype=bool)
        self._sound = SOUND_KEYS.get((script.show.language or "").split("-")[0].lower())
        self._vocab_sounds = [self._sound(w) for w in self.vocab] if self._sound else []
        self._cache: dict[str, np.ndarray] = {}

    def _word_weight(self, word: str, count: int) -> float:
        o = self.options
        if is_subword(word):
            return o.subword_weight * (o.common_match_score if count >= o.common_min_count else o.match_score)
        if count >= o.common_min_count:
            return o.common_match_score
        if len(word) <= o.short_word_chars:
            return o.short_match_score
        return o.rare_match_score if count == 1 else o.match_score

    def vector(self, word: str) -> np.ndarray:
        """The heard word's score on every script token."""
        return self._per_vocab(word)[self._token_vocab]

    def known(self, word: str) -> bool:
        """The script has this word (or a near miss of it)."""
        return bool((self._per_vocab(word) > 0).any())

    def near(self, word: str) -> bool:
        """The word is close to one of the script's (most of a full match: a near miss, not a guess)."""
        per_vocab = self._per_vocab(word)
        best = int(np.argmax(per_vocab)) if len(per_vocab) else 0
        return bool(len(per_vocab)) and per_vocab[best] >= self.options.near_join_credit * self.vocab_weight[best]

    def telling(self, word: str, tokens: slice) -> bool | None:
        """Whether the word is (nearly) one of the script's telling words (neither common nor short) among `tokens`;
        None when it is no telling word anywhere (misheard, common, short)."""
        match = self.vector(word)
        if match.max() <= self.options.short_match_score or not self.near(word):
            return None
        return bool(match[tokens].max(initial=0.0) > self.options.short_match_score)

    def only_among(self, word: str, tokens: slice) -> bool:
        """The word is (nearly) a telling word of `tokens` that the script has nowhere else."""
        if not self.telling(word, tokens):
            return False
        outside = self.vector(word).copy()
        outside[tokens] = 0.0
        return bool(outside.max() <= self.options.short_match_score)

    def _per_vocab(self, word: str) -> np.ndarray:
        per_vocab = self._cache.get(word)
        if per_vocab is None:
            o = self.options
            per_vocab = np.full(len(self.vocab), -o.substitution_penalty)
            # Near misses (Whisper's spelling, an accent, a plural, in Spanish a word that sounds
            # alike) score by how near they are; short words must match exactly ("the"/"she").
            if len(word) >= 4 and self.vocab:
                ratios = process.cdist([word], self.vocab, scorer=fuzz.ratio, dtype=np.float32)[0] / 100.0
                floor = o.fuzzy_min_ratio
                if self._sound is not None:
                    sounds = process.cdist([self._sound(word)], self._vocab_sounds, scorer=fuzz.ratio,
                                           dtype=np.float32)[0] / 100.0
                    ratios = np.maximum(ratios, sounds - o.sound_ratio_discount)
                    floor = o.sounded_min_ratio
                near = self._long_enough & (ratios >= floor)
                credit = 0.5 + 0.5 * np.clip((ratios - floor) / (o.fuzzy_full_ratio - floor), 0.0, 1.0)
                per_vocab = np.where(near, credit * self.vocab_weight, per_vocab)
            for exact in (self.vocab_index.get(word), self._folded_index.get(fold_accents(word))):
                if exact is not None:
                    per_vocab[exact] = self.vocab_weight[exact]
            self._cache[word] = per_vocab
        return per_vocab
