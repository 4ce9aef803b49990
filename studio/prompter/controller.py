"""The prompter's state machine: what is shown, how it scrolls, and every command that moves it.

States follow QPrompt (editing → standby → countdown → prompting); every input (hotkeys,
foot pedal, clicker, the panel's buttons, the CLI) maps to the same few commands here.
Scroll modes: VOICE follows the host's speech; TIMED scrolls at the host's pace (measured
while voice follow worked, else `default_words_per_s`); MANUAL moves only on commands.
In VOICE mode the prompter falls back to TIMED (or MANUAL, per options) when the host is
talking but nothing has been recognized for `voice_fallback_after_s`, and returns to
VOICE at the first confident match.

The segment on air (`segment`: the price card, the try-on look, the product the sales hotkey
logs) changes only by a segment command: the host's PageUp/PageDown, accepting a proposal,
or the producer. Voice follow and timed scrolling only move the highlight; when the voice is
heard in a later segment, voice follow proposes it (studio.prompter.proposal). The voice
never takes the highlight back before the segment on air (a repeated welcome line while
the host is on the third product is an aside, not a place to go).
"""

from __future__ import annotations

from studio.core.events import CaptionEvent
from studio.prompter.early_signal import WINDOW_KIND
from studio.prompter.follower import FollowUpdate, VoiceFollower
from studio.prompter.line_onset import LineOnsets
from studio.prompter.pace import HostPace
# The types are the controller's interface: importers keep taking them from here.
from studio.prompter.prompter_types import (PrompterOptions, PrompterSnapshot, PrompterState,  # noqa: F401
                                            ScrollMode)
from studio.prompter.proposal import SegmentProposer
from studio.prompter.script import Position, ScriptView, TalkTrack
from studio.prompter.timing import ShowTimer
from studio.show.model import Show


class PrompterController:
    """Owns the follower, the show timer and the scroll state.

    Called from one thread: the prompter worker thread in the studio (caption events
    and a ~10 Hz tick arrive there), the loop in `studio follow`. The GUI reads
    snapshots handed over as events and animates towards the snapshot's position.
    """

    def __init__(self, show: Show, options: PrompterOptions | None = None,
                 script: ScriptView | None = None) -> None:
        self.options = options or PrompterOptions()
        self.script = script or ScriptView(show)
        self.follower = VoiceFollower(self.script, self.options.follow)
        self.proposer = SegmentProposer(self.script, self.options.proposals)
        # The timer keeps this list: a talk-track switch updates the segment's word count in place.
        self._segment_words = [len(self.script.segment_token_range(i)) for i in range(len(show.segments))]
        self.timer = ShowTimer(show, self._segment_words)
        self.state = PrompterState.STANDBY
        self.mode = self.options.mode
        self.active_mode = self.mode
        self._confidence = 0.0
        self._countdown_end_s = 0.0
        self._last_words_s: float | None = None
        self._last_voice_activity_s: float | None = None
        self._timed_anchor: tuple[int, float] | None = None   # (token, time) timed scrolling counts from
        self.pace = HostPace(self.options.default_words_per_s, self.options.pace_window_s)
        self._heard_end_s: float | None = None               # audio end of the last voice move
        self._display: int | None = None                     # the highlighted token
        self._timed_wps: float | None = None                 # the speed control, for timed mode
        self._segment = 0
        self._floor = 0          # voice never moves the highlight before this token (see module doc)
        self.onsets = LineOnsets(self.script, self.options.onsets)
        self._reached = -1       # the furthest word heard since the host last went back

    # --- commands ---------------------------------------------------------------------------

    def edit(self) -> None:
        self.state = PrompterState.EDITING

    def standby(self) -> None:
        self.state = PrompterState.STANDBY
        self._timed_anchor = None

    def start(self, now_s: float) -> None:
        """Count down, then prompt (from standby or editing)."""
        self.state = PrompterState.COUNTDOWN
        self._countdown_end_s = now_s + self.options.countdown_s
        if self.options.countdown_s <= 0:
            self._begin_prompting(now_s)

    def toggle_pause(self, now_s: float) -> None:
        if self.state is PrompterState.PROMPTING:
            self.standby()
        else:
            self.start(now_s)

    def set_mode(self, mode: ScrollMode, now_s: float) -> None:
        self.mode = mode
        self._set_active(mode, now_s)

    def next_segment(self, now_s: float) -> None:
        self.go_to_segment(min(self._segment + 1, len(self.script.show.segments) - 1), now_s)

    def previous_segment(self, now_s: float) -> None:
        self.go_to_segment(max(self._segment - 1, 0), now_s)

    def go_to_segment(self, segment: int, now_s: float) -> None:
        """Put `segment` on air (the host's hand or the producer). The highlight stays where it
        is when it is already in that segment (the voice or timed scrolling got there first)."""
        if not 0 <= segment < len(self.script.show.segments):
            return
        shown = self._display if self._display is not None else self.follower.token
        if shown is None or self.script.segment_of_token(shown) != segment:
            self.follower.go_to_segment(segment)
            self._follow_to_position()
        self._put_on_air(segment, now_s)
        self._restart_timed(now_s)

    def use_talk_track(self, segment: int, track: TalkTrack | str, now_s: float) -> bool:
        """Read `segment` from its A or B talk-track (the producer's switch, a viewer-drop alert).

        The prompter shows that track's lines and voice follow aligns on them. When the highlight
        is in that segment it goes to the track's first line; elsewhere it stays on its line.
        False (nothing changes) for a segment out of range or a B the segment does not have."""
        track = TalkTrack(track)
        show = self.script.show
        if not 0 <= segment < len(show.segments) or (track is TalkTrack.B and not show.segments[segment].b_lines):
            return False
        old = self.script
        b_segments = old.b_segments | {segment} if track is TalkTrack.B else old.b_segments - {segment}
        if b_segments == old.b_segments:
            return True
        shown = self._display if self._display is not None else self.follower.token
        where = None if shown is None else old.position_of_token(shown)
        self.script = ScriptView(show, b_segments)
        # Token numbers changed: the alignment evidence and the pace samples start afresh.
        self.follower = VoiceFollower(self.script, self.options.follow)
        self.proposer = SegmentProposer(self.script, self.options.proposals)
        self.onsets = LineOnsets(self.script, self.options.onsets)
        self.proposer.set_on_air(self._segment)
        self._segment_words[segment] = len(self.script.segment_token_range(segment))
        self.pace.clear()
        if where is not None:
            token = None if where.segment == segment else self.script.token_of_position(where)
            if token is None:
                self.follower.go_to_segment(where.segment)
            else:
                self.follower.set_position(token)
            self._follow_to_position()
        self._floor = min(self.script.segment_first_token[self._segment], self.script.token_count)
        self._restart_timed(now_s)
        return True

    def accept_proposal(self, now_s: float) -> bool:
        """The host accepts the proposed segment: it goes on air. False when nothing is proposed."""
        proposal = self.proposer.proposal
        if proposal is None:
            return False
        self.go_to_segment(proposal.segment, now_s)
        return True

    def dismiss_proposal(self) -> None:
        self.proposer.dismiss()

    def go_to(self, position: Position, now_s: float) -> None:
        """The host clicked a line or stepped by lines: the highlight goes there; the segment on
        air stays (segment commands change it)."""
        token = self.script.token_of_position(position)
        if token is None:
            return
        self.follower.set_position(token)
        self._follow_to_position()
        self._floor = min(self._floor, token)     # the host chose this line: the voice may follow from it
        self._restart_timed(now_s)

    def step_lines(self, lines: int, now_s: float) -> None:
        """Manual scroll by whole spoken lines (arrow keys, clicker)."""
        spoken = self.script.spoken_lines()
        if not spoken:
            return
        token = self.follower.token if self.follower.token is not None else 0
        current = self.script.line_of_token(token)
        index = next((i for i, ln in enumerate(spoken) if ln is current), 0)
        target = spoken[min(max(index + lines, 0), len(spoken) - 1)]
        self.go_to(Position(target.segment, target.line, 0), now_s)

    def note_voice_activity(self, now_s: float) -> None:
        """The microphone hears speech (level above the gate). Without these notes, silence
        and unrecognized speech look alike and the fallback waits for words only."""
        self.onsets.voice(now_s, self._last_voice_activity_s)
        self._last_voice_activity_s = now_s

    # --- inputs -----------------------------------------------------------------------------

    def on_caption(self, event: CaptionEvent, now_s: float) -> FollowUpdate | None:
        """A caption from the recognizer; None when voice follow is off (editing, timed, manual)."""
        if event.text.strip():
            self._last_words_s = now_s
        if self.state is PrompterState.EDITING or self.mode is not ScrollMode.VOICE:
            return None
        before = self.follower.token
        misheard_line = event.kind == WINDOW_KIND and self._says_shown_lines(event)
        self.follower.note_shown(self._display)
        update = self.follower.update(event)
        self._confidence = update.confidence
        # Heard before the segment on air: an aside (a repeated welcome line), the highlight holds.
        behind = update.token is not None and update.token < self._floor
        if update.moved and not behind:
            # A word or two back from the furthest word heard is the recognizer wobbling over
            # overlapping audio, not a repeat.
            reached = max(before, self._reached) if before is not None else None
            backwards = reached is not None and update.token < reached - self.options.wobble_tokens
            returned = before is not None and before < self._floor
            # The highlight never steps back because the recognizer caught up with its lead;
            # it does go back when the host did (a repeat, a jump back).
            if backwards or returned or update.jumped or self._display is None \
                    or self.onsets.guessed_ahead(self._display, update.token, event.end_s):
                self._display = update.token
                self._reached = update.token
            else:
                self._display = max(self._display, update.token)
                self._reached = max(self._reached, update.token)
            # The line's last words, heard only now, were said before an onset the highlight could not follow.
            late = self.onsets.missed_onset(self._display, update.token, event.end_s) if update.tracking else None
            if late is not None:
                self._display = late
        if update.moved and update.tracking and not behind:
            if self.active_mode is not ScrollMode.VOICE:
                self._set_active(ScrollMode.VOICE, now_s)
            if update.token is not None:
                self.pace.note(now_s, update.token)
                # The line clock counts the words said since from when the placed word was said (the follower set
                # said_s as it moved), not from the end of the audio heard: base's es/pt windows end in misheard words.
                self.onsets.heard(update.token, before, update.jumped, min(self.follower.said_s, now_s))
            self._heard_end_s = min(event.end_s, now_s)
        elif behind or not update.tracking:
            self._heard_end_s = None   # ad-lib, noise or an aside: the highlight waits where it is
            if event.text.strip() and not behind and not misheard_line:
                self.onsets.other_words(event.end_s)   # audio time: a late caption of older speech is no ad-lib
        if event.kind == WINDOW_KIND and event.text.strip():
            self.onsets.window_heard(update.tracking)
        if update.moved and update.tracking:
            self.proposer.hear(update.token, update.jumped)
        return update

    def tick(self, now_s: float) -> PrompterSnapshot:
        if self.state is PrompterState.COUNTDOWN and now_s >= self._countdown_end_s:
            self._begin_prompting(now_s)
        if self.state is PrompterState.PROMPTING:
            self._advance_lead(now_s)
            self._next_line_on_onset(now_s)
            if self.mode is ScrollMode.VOICE and self.active_mode is ScrollMode.VOICE and self._voice_lost(now_s):
                self._set_active(self.options.voice_fallback_mode, now_s)
            if self.active_mode is ScrollMode.TIMED:
                self._advance_timed(now_s)
        return self.snapshot(now_s)

    def snapshot(self, now_s: float) -> PrompterSnapshot:
        heard = self.follower.token
        token = self._display if self._display is not None else heard
        words_done = 0 if token is None else token + 1
        wps = self.words_per_s()
        position = None if token is None else self.script.position_of_token(token)
        return PrompterSnapshot(
            self.state, self.mode, self.active_mode, position, token, heard, self._confidence,
            max(0.0, self._countdown_end_s - now_s) if self.state is PrompterState.COUNTDOWN else 0.0,
            wps, self.timer.progress(now_s, words_done, wps), self._segment, self.proposer.proposal,
            self.script.b_segments)

    def set_timed_pace(self, words_per_s: float, now_s: float) -> None:
        """The host's own speed for timed mode (the speed control); voice fallback keeps
        using the measured pace."""
        self._timed_wps = min(8.0, max(0.3, words_per_s))
        self._restart_timed(now_s)

    def timed_words_per_s(self) -> float:
        if self.mode is ScrollMode.TIMED and self._timed_wps is not None:
            return self._timed_wps
        return self.words_per_s()

    def words_per_s(self) -> float:
        """The host's reading pace measured during voice follow (else the default)."""
        return self.pace.words_per_s()

    # --- internals --------------------------------------------------------------------------

    def _advance_lead(self, now_s: float) -> None:
        """Run the highlight ahead of the last heard word at the host's pace, for at most
        lead_max_s, and only while the host is heard speaking (a pause freezes it)."""
        token = self.follower.token
        if (token is None or token < self._floor or self._heard_end_s is None
                or self.active_mode is not ScrollMode.VOICE or self.options.lead_max_s <= 0):
            return
        if self._last_voice_activity_s is not None and now_s - self._last_voice_activity_s > 0.3:
            return
        ahead_s = min(max(0.0, now_s - self._heard_end_s), self.options.lead_max_s)
        lead = min(token + int(ahead_s * self.words_per_s()), self.onsets.line_end(token))
        self._display = lead if self._display is None else max(self._display, lead)

    def _next_line_on_onset(self, now_s: float) -> None:
        shown, token = self._display, self.follower.token
        if self.active_mode is not ScrollMode.VOICE or shown is None or token is None or shown < self._floor:
            self.onsets.skip()
            if (shown is None and self._last_voice_activity_s is not None and self.mode is ScrollMode.VOICE
                    and self._floor < self.script.token_count):
                self._display = self._floor    # the host's first words: the top of the segment on air
            return
        start = self.onsets.next_line(shown, token, now_s)
        if start is not None:
            self._display = start

    def _says_shown_lines(self, event: CaptionEvent) -> bool:
        """Where the recognizer hears badly, the caption says a word only the highlighted line or the next has."""
        if self._display is None or not self.onsets.hears_badly():
            return False
        end = self.onsets.line_end(self._display) + 1
        if end < self.script.token_count:
            end = self.onsets.line_end(end) + 1
        return self.follower.says_words_of(event, slice(self.script.line_of_token(self._display).first_token, end))

    def _follow_to_position(self) -> None:
        """A command or timed scrolling moved the follower: the highlight goes with it."""
        self._display = self.follower.token
        self._reached = -1 if self._display is None else self._display
        self._heard_end_s = None

    def _begin_prompting(self, now_s: float) -> None:
        self.state = PrompterState.PROMPTING
        if not self.timer.started:
            self.timer.start(now_s, self._segment)
        self._last_words_s = now_s
        self._restart_timed(now_s)

    def _set_active(self, mode: ScrollMode, now_s: float) -> None:
        self.active_mode = mode
        self._restart_timed(now_s)
        if mode is ScrollMode.VOICE:
            self._last_words_s = now_s

    def _restart_timed(self, now_s: float) -> None:
        token = self._display if self._display is not None else self.follower.token
        if token is None:
            token = self.script.segment_first_token[self._segment] - 1 if self.script.segment_first_token else -1
        self._timed_anchor = (token, now_s)

    def _voice_lost(self, now_s: float) -> bool:
        silent_for = now_s - (self._last_words_s if self._last_words_s is not None else now_s)
        if silent_for < self.options.voice_fallback_after_s:
            return False
        if self._last_voice_activity_s is None:
            return True
        return now_s - self._last_voice_activity_s < self.options.voice_fallback_after_s

    def _advance_timed(self, now_s: float) -> None:
        if self._timed_anchor is None:
            self._restart_timed(now_s)
        anchor_token, anchor_s = self._timed_anchor
        target = min(anchor_token + int((now_s - anchor_s) * self.timed_words_per_s()),
                     self.script.token_count - 1)
        if target >= 0 and target != self._display:
            # Keep the words heard so far: if the host resumes reading, the voice takes over.
            # Scrolling only: the segment on air stays until the host moves it.
            self.follower.set_position(target, keep_evidence=True)
            self._follow_to_position()

    def _put_on_air(self, segment: int, now_s: float) -> None:
        self._segment = segment
        self._floor = min(self.script.segment_first_token[segment], self.script.token_count)
        self.proposer.set_on_air(segment)
        self.timer.enter_segment(segment, now_s)

    @property
    def segment(self) -> int:
        """The segment on air, as the prompter knows it."""
        return self._segment
