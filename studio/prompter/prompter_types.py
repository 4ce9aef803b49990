"""The prompter's states, scroll modes, options and the snapshot the GUI draws
(studio.prompter.controller is the state machine that uses them)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from studio.prompter.follower import FollowOptions
from studio.prompter.line_onset import LineOnsetOptions
from studio.prompter.proposal import ProposalOptions, SegmentProposal
from studio.prompter.script import Position
from studio.prompter.timing import ShowProgress


class PrompterState(enum.Enum):
    EDITING = "editing"        # the script is being changed; nothing scrolls
    STANDBY = "standby"        # ready (or paused): the position holds
    COUNTDOWN = "countdown"    # 3-2-1 before prompting starts
    PROMPTING = "prompting"    # scrolling in the active mode


class ScrollMode(enum.Enum):
    VOICE = "voice"
    TIMED = "timed"
    MANUAL = "manual"


@dataclass(frozen=True)
class PrompterOptions:
    mode: ScrollMode = ScrollMode.VOICE
    countdown_s: float = 3.0
    # Talking but nothing recognized this long. Longer than the longest utterance the caption
    # engine holds before a final (CaptionOptions.max_utterance_s, 12 s): on a busy machine it
    # drops partials and only finals arrive, which must not look like a failure.
    voice_fallback_after_s: float = 14.0
    voice_fallback_mode: ScrollMode = ScrollMode.TIMED
    default_words_per_s: float = 2.5            # 150 words a minute, a calm presenting pace
    pace_window_s: float = 30.0                 # the host's pace is measured over this much voice follow
    # Recognized words arrive about a second after they are said (one partial every 1.2 s of
    # speech, see CaptionOptions.partial_interval_s), so the highlight runs ahead of the last
    # heard word at the host's pace for at most this long; 0 shows only heard words.
    lead_max_s: float = 1.5
    # The next line shows when the host's voice starts it (studio.prompter.line_onset); the lead
    # alone never crosses into the next line (it would run there during the last word or an ad-lib).
    onsets: LineOnsetOptions = field(default_factory=LineOnsetOptions)
    wobble_tokens: int = 2              # a step back this small is the recognizer, not the host
    follow: FollowOptions = field(default_factory=FollowOptions)
    proposals: ProposalOptions = field(default_factory=ProposalOptions)


@dataclass(frozen=True)
class PrompterSnapshot:
    state: PrompterState
    mode: ScrollMode               # the mode the host chose
    active_mode: ScrollMode        # the mode scrolling right now (differs during a voice fallback)
    position: Position | None      # what the prompter highlights (heard word + lead)
    token: int | None
    heard_token: int | None        # the last word voice follow matched
    confidence: float
    countdown_left_s: float
    words_per_s: float
    progress: ShowProgress
    segment: int = 0                           # the segment on air (changed only by segment commands)
    proposal: SegmentProposal | None = None    # a later segment the voice is heard in, for the host to accept
    b_segments: frozenset[int] = frozenset()   # segments read from their B talk-track (ScriptView(show, these))
