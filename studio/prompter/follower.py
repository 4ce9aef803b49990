"""Voice follow: keep the prompter's position on the words the host is saying.

Streaming local alignment (Smith–Waterman over tokens, one column per heard word) of
the recognized words against the whole script, vectorized over script positions:

    score[j] = best alignment of the recent heard words that ends on script token j
             = max(0,                                   # nothing aligns here (yet)
                   skip_to(j-1) + match(word, token j), # read on, maybe after skipping a gap
                   score[j] - insertion_penalty)        # an ad-lib word: stay on j

capped at `score_cap`, so only the last few words count and an old, long run of good
matches cannot hold the position after the host jumps. Skipping a gap of script words
costs an opening penalty plus a small per-word cost (affine gap), so one stray word
never drags the position forward.

Moving the highlight:
- inside a window around where the host should be (a few words back, a few lines ahead),
  a modest score is enough (two good words, or one on the very next word);
- anywhere else (a jump back, a skipped segment) needs a strong multi-word match that
  also beats the local best by a margin and is not matched as well elsewhere. A weak or
  ambiguous match never leaps; the position holds.

Partial captions are tentative (the recognizer revises them), so they are aligned from
the state committed by the last final, and only finals commit. Early-signal windows (kind
"window", studio.prompter.early_signal: the last ~2.5 s of audio decoded quickly) overlap each
other, so each is aligned on its own from an empty state and never commits; once a window has
placed the host, a caption about older audio (a final that arrives late) commits its evidence but
does not move the highlight back to where the host was.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from studio.core.events import CaptionEvent
from studio.prompter.early_signal import WINDOW_KIND
from studio.prompter.follow_options import FollowOptions
from studio.prompter.follow_places import ScriptPlaces
from studio.prompter.heard_words import heard_words
from studio.prompter.script import Position, ScriptView
from studio.prompter.word_match import WordMatcher


# A caption ending this long before the last early-signal window heard older audio than the
# window did: its words are evidence, not news of where the host is.
STALE_SLACK_S = 0.3


@dataclass(frozen=True)
class FollowUpdate:
    """The follower's answer to one caption event."""

    position: Position | None       # None before the first match of the show
    token: int | None               # global token index of `position`
    confidence: float               # 0..1: best alignment score over the jump threshold
    tracking: bool                  # the recent words align with the script near the position
    moved: bool                     # position changed with this event
    jumped: bool                    # ... by a leap outside the local window
    emitted_s: float                # the caption event's emitted time
    heard_end_s: float              # end of the audio that produced it


class VoiceFollower:
    """Aligns recognized words to the script and keeps the current position.

    Called from one thread (the captions consumer thread in the studio, the CLI's loop
    in `studio follow`); not thread-safe. `set_position` (hotkeys, clicks, timed
    scrolling) must be called on that same thread.
    """

    def __init__(self, script: ScriptView, options: FollowOptions | None = None) -> None:
        self.script = script
        self.options = options or FollowOptions()
        self._words = WordMatcher(script, self.options)
        self._language = script.show.language
        n = script.token_count
        self._places = ScriptPlaces(script, self.options)
        places = self._places
        self._idx, self._opening, self._segment, self._visited = places.idx, places.opening, places.segment, places.visited
        self._line_first, self._line_opening = places.line_first, places.line_opening
        self._committed = np.zeros(n)
        self._committed_fresh = np.zeros(n)
        self._scores = np.zeros(n)
        self._fresh = np.zeros(n)
        self._token: int | None = None      # highlighted token
        self._expect = 0                    # the token we expect to hear next
        self._bookmark: int | None = None   # where the host was before jumping back
        self._heard_words = 0               # words of the current caption used for the decision
        self._moved_utterance_s: float | None = None   # start of the caption that last moved us
        self._moved_heard_words = 0
        self._line_since_s = float("-inf")  # audio time of the word that brought the host to their line
        self._window_end_s = float("-inf")   # audio end of the last early-signal window heard in the script
        self._shown: int | None = None      # the highlighted token (the prompter's, see note_shown)
        # About when the word the last move placed the host on was said: a window's words spread over its audio, and
        # the words after the last placed one (misheard, cut off) were said after it.
        self.said_s: float | None = None

    # --- position -------------------------------------------------------------------------

    @property
    def token(self) -> int | None:
        return self._token

    @property
    def position(self) -> Position | None:
        return None if self._token is None else self.script.position_of_token(self._token)

    def set_position(self, token: int, keep_evidence: bool = False) -> None:
        """Put the host at `token` (next-segment hotkey, a click, timed scrolling).

        Clears the alignment evidence unless keep_evidence (timed scrolling nudges the
        position but the recent words still count)."""
        if not 0 <= token < self.script.token_count:
            raise IndexError(f"token {token} outside the script (0..{self.script.token_count - 1})")
        self._token = token
        self._expect = token
        self._bookmark = None
        self._visited[self._segment[token]] = True
        if not keep_evidence:
            n = self.script.token_count
            self._committed, self._committed_fresh = np.zeros(n), np.zeros(n)
            self._scores, self._fresh = np.zeros(n), np.zeros(n)

    def go_to_segment(self, segment: int) -> None:
        start = self.script.segment_first_token[segment]
        if start < self.script.token_count:
            self.set_position(start)

    # --- alignment --------------------------------------------------------------------------

    def update(self, event: CaptionEvent) -> FollowUpdate:
        heard = heard_words(event, self._words.vocab_index, self._language, self._words.near)
        window = event.kind == WINDOW_KIND
        if self.script.token_count == 0 or not heard:
            if event.kind == "final":
                self._scores, self._fresh = self._committed, self._committed_fresh
            return self._result(event, moved=False, jumped=False, evidence=0.0)
        if window:
            zeros = np.zeros(self.script.token_count)
            scores, fresh = zeros, zeros
        else:
            scores, fresh = self._committed, self._committed_fresh
        # Decide on the words up to the last one the script contains: a partial often ends in a
        # cut-off word ("and a s-"), and an ad-lib tail must not hide the words before it.
        known = [i for i, w in enumerate(heard) if self._known(w)]
        tries = known[-1 - self.options.decide_back_words:][::-1]
        decide_at = tries[0] if tries else None
        at_word: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        for i, word in enumerate(heard):
            scores, fresh = self._step(scores, fresh, word)
            if i in tries:
                at_word[i] = (scores, fresh)
        if event.kind == "final":
            self._committed, self._committed_fresh = scores, fresh
        self._scores, self._fresh = scores, fresh
        if window:
            if decide_at is None:
                return self._result(event, moved=False, jumped=False, evidence=0.0)   # an ad-lib
            self._window_end_s = event.end_s
        elif decide_at is None:
            return self._hold(event)
        # A caption about audio older than the last window's moves the host only by a leap forward from
        # words said after they reached their line: the windows misheard a segment skipped to ("Ogras y
        # amor y alambrica vacumas" for "Ahora la aspiradora inalámbrica VacuMax") that the final heard.
        stale = not window and event.end_s < self._window_end_s - STALE_SLACK_S
        # The last script word heard is often a misheard one that the script has elsewhere ("most"
        # for "the stock"): when it holds the highlight, the word before it may still move it on.
        # Not before a word of where the host is: "for the seconds" (heard for "forty seconds") is
        # still the end of "... in under forty seconds", not the next line's "For the".
        past_common = False     # looked back past a common word the host's place has ("the")
        past_two = False        # ... past two of them
        for at in tries:
            here = self._said_here(heard[at]) if self._token is not None else 0.0
            if past_common and here > self.options.common_match_score:
                break           # "thank you so much for the" before "For the little ones": both words are here
            past_two |= past_common and here > 0
            choice = self._choose_at(event, heard, at, *at_word[at])
            # An aside one line back is no word just read (_aside_back): it may be behind a common word of where the
            # host is that base misheard ("Os cantos tengamos de semente em" for "Os cantos têm amortecimento").
            aside = (choice is not None and window and self._word_s(event, heard, at) > self._line_since_s
                     and self._aside_back(choice, self._telling_words_after(heard, at, choice[0])))
            if choice is not None and past_common and not (self._leaps_to_another_segment(choice)
                                                           or self._at_shown_line(choice[0]) or aside):
                choice = None   # past such a word, only a leap: the words before it were often just read
            if choice is not None and past_two and not aside:
                # Past two common words of the host's place ("and ... the"), only a leap back one or two lines: a
                # window ends in common words after the line gone back to ("to scoop and match into the role and
                # as the" for "Sift a scoop of matcha into the bowl"); a leap elsewhere took an ad-lib's words.
                choice = None
            # Never back from where the last word holds the highlight, except by a leap to another
            # segment: none of the later words were said here (else the loop stopped), and a leap's
            # evidence is strong, unique and beats the local best (a window cut off mid-word, "suel"
            # for "suelos", after the host went back to a skipped segment). Within the segment, the
            # earlier words of a window are often the ones just read, unless they were said after
            # the word that brought the host to their line (an aside one line back: "It holds two
            # liters, so ..." after a step onto "It runs so quiet").
            if choice is not None and stale and not self._stale_leap(choice, self._word_s(event, heard, at)):
                choice = None
            if choice is not None and (at == decide_at or (self._token is not None and choice[0] > self._token)
                                       or self._leaps_to_another_segment(choice)
                                       or aside):
                self._heard_words = at + 1
                return self._move(event, *choice, said_s=self._word_s(event, heard, at))
            if here > self.options.common_match_score:
                break
            past_common |= here > 0
        if not stale:
            self._heard_words = decide_at + 1
        return self._hold(event)

    def says_words_of(self, event: CaptionEvent, tokens: slice) -> bool:
        """The caption has a telling word (neither common nor short) of these script tokens and of no others."""
        heard = heard_words(event, self._words.vocab_index, self._language, self._words.near)
        return any(self._words.only_among(word, tokens) for word in heard)

    def note_shown(self, token: int | None) -> None:
        """Where the prompter highlights now: ahead of the last word heard when the line clock stepped on at
        the host's line onsets while the recognizer heard too little to place them (base's Portuguese)."""
        self._shown = token

    def _shown_ahead(self) -> int | None:
        """The highlighted line's first token, when it is ahead of the host's line in their segment."""
        if self._shown is None or self._token is None or self._shown >= self.script.token_count:
            return None
        first = int(self._line_first[self._shown])
        if first <= self._line_first[self._token] or self._segment[first] != self._segment[self._token]:
            return None
        return first

    def _at_shown_line(self, token: int) -> bool:
        """The token is on a line past the one the highlight stepped on to: not words the host just read."""
        shown = self._shown_ahead()
        return shown is not None and self._line_first[token] > shown

    def _stale_leap(self, choice: tuple[int, bool, float], said_s: float) -> bool:
        """A leap forward on words said after the host was placed on their line: a late final's words
        can only be older than the windows', so one that leaps back is where the host was before; unless
        it leaps back into a segment the host was never placed in (a skipped segment they went back to,
        that the windows misheard: "A blada do controle é a hex-pad" for "Agora o controle Apex Pad")."""
        if not (choice[1] and self._token is not None and said_s > self._line_since_s):
            return False
        return bool(choice[0] > self._token or not self._visited[self._segment[choice[0]]])

    def _leaps_to_another_segment(self, choice: tuple[int, bool, float]) -> bool:
        token, jumped, _evidence = choice
        return (jumped and self._token is not None
                and self.script.position_of_token(token).segment != self.script.position_of_token(self._token).segment)

    def _aside_back(self, choice: tuple[int, bool, float], words_after: int) -> bool:
        """A move back to the line before the host's (an aside) on a leap's evidence (the later words did not fit
        here), or on a line opening's at the window's end, where the aside's first words arrive (an ad-lib's
        words that happen to open a line come with more words after them), or before words that tell nothing."""
        o = self.options
        opening_at_end = self._line_opening[choice[0]] and words_after <= 1
        needed = o.line_opening_min_score if opening_at_end else o.jump_min_score
        if self._places.line_two_back(self._expect, self._token)[choice[0]]:
            return choice[1] and choice[2] >= min(needed, o.line_two_back_min_score)
        return (choice[1] and choice[2] >= needed
                and self._places.line_before(self._expect) <= choice[0] < self._line_first[self._token])

    def _telling_words_after(self, heard: list[str], at: int, token: int) -> int:
        """The window's words after word `at` that tell against the host being on `token`'s line: all of them when
        one is (nearly) a script word that is not common and not of that line (an ad-lib naming another line),
        none when they are misheard words or common ones (base's Portuguese and Spanish at a line's opening)."""
        first = int(self._line_first[token])
        line = slice(first, first + len(self.script.line_of_token(token).tokens))
        if any(self._words.telling(word, line) is False for word in heard[at + 1:]):
            return len(heard) - 1 - at
        return 0

    def _said_here(self, word: str) -> float:
        """How well the word matches the script's words where the host is (the last word heard or the next
        few): over 0 when it is one of them."""
        here = self._match_vector(word)[max(0, self._token - 2):self._expect + self.options.next_word_tokens]
        return float(max(here.max(), 0.0)) if here.size else 0.0

    @staticmethod
    def _word_s(event: CaptionEvent, heard: list[str], at: int) -> float:
        """About when word `at` of the caption was said (its words spread evenly over its audio)."""
        return event.start_s + (at + 0.5) / len(heard) * (event.end_s - event.start_s)

    def _choose_at(self, event: CaptionEvent, heard: list[str], at: int, scores: np.ndarray,
                   fresh: np.ndarray) -> tuple[int, bool, float] | None:
        # Only a word the host just said can be highlighted: a path that reached a token by
        # substituting a misheard word is evidence, not a place to move to.
        said = self._match_vector(heard[at]) > 0
        if (self._token is not None and event.start_s == self._moved_utterance_s
                and at + 1 <= self._moved_heard_words):
            # The recognizer revised this utterance and the new hypothesis is not longer than
            # the one that moved us: a shorter tail is its instability, not the host going back.
            said &= self._idx >= self._token
        return self._choose(event, scores, fresh, said)

    def _known(self, word: str) -> bool:
        return self._words.known(word)

    def _hold(self, event: CaptionEvent) -> FollowUpdate:
        held = float(self._scores[self._token]) if self._token is not None else 0.0
        return self._result(event, moved=False, jumped=False, evidence=held)

    def _match_vector(self, word: str) -> np.ndarray:
        return self._words.vector(word)

    def _step(self, scores: np.ndarray, fresh: np.ndarray, word: str) -> tuple[np.ndarray, np.ndarray]:
        """One heard word. `fresh` is the part of each score earned since the path's last gap:
        old evidence may pay for a skip, but only fresh evidence justifies moving there."""
        o = self.options
        idx = self._idx
        best_before = np.maximum.accumulate(scores + o.gap_word_penalty * idx) - o.gap_word_penalty * idx
        gapped = np.full_like(scores, -np.inf)
        gapped[1:] = best_before[:-1] - o.gap_word_penalty - o.gap_open_penalty
        contiguous = scores >= gapped
        reach = np.where(contiguous, scores, gapped)          # standing on token i
        reach_fresh = np.where(contiguous, fresh, 0.0)
        diag = np.zeros_like(scores)
        diag_fresh = np.zeros_like(scores)
        diag[1:] = np.maximum(reach[:-1], 0.0)
        diag_fresh[1:] = np.where(reach[:-1] > 0.0, reach_fresh[:-1], 0.0)
        match = self._match_vector(word)
        read_on = diag + match
        stay = scores - o.insertion_penalty
        use_read = read_on >= stay
        new = np.clip(np.where(use_read, read_on, stay), 0.0, o.score_cap)
        new_fresh = np.where(use_read, diag_fresh + match, fresh - o.insertion_penalty)
        new_fresh = np.clip(np.minimum(new_fresh, new), 0.0, o.score_cap)
        return new, new_fresh

    def _choose(self, event: CaptionEvent, scores: np.ndarray, fresh: np.ndarray,
                said: np.ndarray) -> tuple[int, bool, float] | None:
        """Where these words put the host: (token, jumped, evidence), or None to hold."""
        o = self.options
        n = scores.size
        expect = self._expect
        in_window = self._places.window(expect)
        if self._bookmark is not None:
            in_window |= self._places.window(self._bookmark)
        near_openings = self._places.near_openings(expect)
        in_window |= near_openings
        # Near the expected word, evidence from before a small skip counts too.
        evidence = np.where(said, np.where(in_window, np.maximum(fresh, np.minimum(scores, o.next_word_min_score)
                                                                  * (self._idx >= expect)), fresh), 0.0)
        qualifies = evidence >= self._places.needed(expect, self._token, self._bookmark, event.kind == WINDOW_KIND)
        # Among candidates, the best-supported path wins; ties go to the token nearest the expected one.
        rank = np.where(qualifies, scores, -np.inf) - 1e-3 * np.abs(self._idx - expect)

        local_rank = np.where(in_window, rank, -np.inf)
        local = int(np.argmax(local_rank))
        local_ok = bool(np.isfinite(local_rank[local]))
        # What still holds the host where they are: the path on the current words, or a local
        # candidate that qualifies (a leap must beat both by the margin). Stray common words
        # elsewhere in the window do not hold the position.
        here = self._token if self._token is not None else expect
        near = scores[max(0, here - 2):min(n, expect + o.next_word_tokens)]
        local_hold = max(float(near.max()) if near.size else 0.0,
                         float(scores[local]) if local_ok else 0.0)

        far_rank = np.where(in_window, -np.inf, rank)
        far = int(np.argmax(far_rank))
        if np.isfinite(far_rank[far]) and fresh[far] >= local_hold + o.jump_margin:
            rival = np.where(said, fresh, 0.0)
            rival[max(0, far - o.jump_unique_tokens):far + o.jump_unique_tokens + 1] = 0.0
            if rival.max() <= fresh[far] - o.jump_margin:
                return far, True, float(fresh[far])

        if local_ok and (local != self._token or local == expect):
            # Back to the line before is a jump back (an aside): the host returns to where they left.
            back = bool(self._token is not None and local < self._line_first[self._token] and near_openings[local])
            return local, back, float(evidence[local])
        return None

    def _move(self, event: CaptionEvent, token: int, jumped: bool, evidence: float,
              said_s: float | None = None) -> FollowUpdate:
        moved = token != self._token
        self.said_s = event.end_s if said_s is None else said_s
        if moved:
            self._moved_utterance_s, self._moved_heard_words = event.start_s, self._heard_words
            if self._token is None or self._line_first[token] != self._line_first[self._token]:
                self._line_since_s = event.end_s if said_s is None else said_s
        if jumped and token < self._expect:
            self._bookmark = self._expect
        elif self._bookmark is not None and token >= self._bookmark - self.options.local_back_tokens:
            self._bookmark = None       # back where they left off
        self._token = token
        self._visited[self._segment[token]] = True
        self._expect = token + 1
        return self._result(event, moved=moved, jumped=jumped and moved, evidence=evidence)

    def _result(self, event: CaptionEvent, moved: bool, jumped: bool, evidence: float) -> FollowUpdate:
        o = self.options
        tracking = self._token is not None and evidence >= o.local_min_score
        return FollowUpdate(self.position, self._token, min(1.0, evidence / o.jump_min_score), tracking,
                            moved, jumped, event.emitted_s, event.end_s)
