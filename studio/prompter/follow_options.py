"""Voice follow's scoring and decision parameters (studio.prompter.follower, studio.prompter.word_match)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FollowOptions:
    match_score: float = 2.0           # an exact match on an ordinary word
    common_match_score: float = 1.0    # words that occur often in this script ("the", "and")
    common_min_count: int = 6          # occurrences in the script that make a word common
    rare_match_score: float = 2.5      # a word said once in the whole script: it places the host alone
    short_word_chars: int = 2          # words this short ("in", "de", "a") score short_match_score:
    # more than a common word (a run of "is", "it", "so", "my" inside a line is real evidence that the
    # host reads on there), less than an ordinary one (two of them alone never move the highlight).
    short_match_score: float = 1.25
    # rapidfuzz ratio for a near miss ("colour"/"color"): half score, rising to a full match at
    # fuzzy_full_ratio; a word that differs only by its accents ("esta"/"está", Whisper's choice) is a
    # full match. Whisper misspells what it half hears ("leaders" for "liters", "enbrip" for "ZenGrip",
    # "transadente" for "transparente"): ratios of 0.7-0.8, and the word is often a line's only rare one.
    fuzzy_min_ratio: float = 0.7
    fuzzy_full_ratio: float = 0.95
    # In Spanish, how near a word sounds (studio.prompter.word_match.SOUND_KEYS) counts too, this
    # much below how near it is spelled: the sound key merges letters that tell words apart in writing.
    sound_ratio_discount: float = 0.05
    # Where a sound key admits the words that sound alike, a near miss of spelling or of sound needs
    # this ratio (replays: Spanish is no better with 0.7, English and Portuguese are).
    sounded_min_ratio: float = 0.8
    # Two heard words join into a script word this near (studio.prompter.heard_words): 0.7 is a spelling
    # ratio of 0.8 ("Machu Max" for "VacuMax", a product name said as it is read at the start of a segment).
    near_join_credit: float = 0.7
    substitution_penalty: float = 1.5  # heard a different word where a script word was expected
    insertion_penalty: float = 2.0     # a heard word that is not in the script (ad-lib)
    gap_open_penalty: float = 3.0      # starting to skip script words
    gap_word_penalty: float = 0.3      # each skipped script word
    # A Chinese character or a Thai character pair is part of a word: it weighs less, so a
    # leap still needs about four words' worth of evidence in those scripts.
    subword_weight: float = 0.6
    score_cap: float = 12.0            # about the last six words of evidence
    local_back_tokens: int = 8         # window behind the expected word (repeats)
    local_ahead_tokens: int = 40       # window ahead (skipped lines), about four lines
    local_min_score: float = 3.0       # to move inside the window
    next_word_min_score: float = 2.0   # to move onto one of the next `next_word_tokens` words
    next_word_tokens: int = 3
    distance_score_per_token: float = 0.1  # more evidence to move further inside the window
    jump_min_score: float = 6.0        # to leap outside the window: three rare words or four ordinary ones
    jump_margin: float = 2.0           # ... and this much better than the local best (the words of the line
                                       # left that a window still holds, see tests/prompter/test_follow_jumps.py)
    jump_unique_tokens: int = 20       # ... and no other place further than this scores as well
    # Hosts jump to the start of a segment far more often than into its middle: the first words of a
    # segment's first line take less evidence to leap to (still with the margin and unique).
    opening_min_score: float = 4.0
    opening_tokens: int = 6
    # ... and the first words of a segment the host skipped (before theirs, never placed in) as little as a
    # nearby line's opening: hosts go back to a skipped segment, and its first window is often half misheard.
    # (One rare word alone, 2.5, caught more jumps back on replays but leapt on an ad-lib's word.)
    skipped_opening_min_score: float = 3.0
    # Hosts skip and repeat whole lines: the first words of the line before, of this line and of the
    # lines ahead in the window take this much evidence wherever they are (no distance cost), and the
    # line before is local (an aside one line back, a line read again from its start).
    line_opening_min_score: float = 3.0
    # ... and the words of the line two back in the host's segment this much, still by a leap's margin, unique
    # (a host going back two lines to read one again: "en el aire y los rato se" for "del aire, y los brazos se",
    # 4.5, held the highlight two lines on for 22 s in the car-care Spanish run; a leap needs 6.0).
    line_two_back_min_score: float = 4.5
    # When the last script word of a caption holds the highlight (often a misheard word the script
    # has elsewhere), this many script words before it may still move it on (never back).
    decide_back_words: int = 16
