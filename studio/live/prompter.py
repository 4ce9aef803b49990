"""The prompter's follower inside the session: headless, on its own "prompter" thread.

Final and partial captions reach it straight from the session's bus (captions thread → the
worker's queue → prompter thread), and so do the session's segment changes; the host's own
segment choices (accepting a proposal, next/previous on the prompter) go straight to
Session.go_to_segment. No hop through the GUI thread: the window's teleprompter dock only sends
commands and paints the snapshots it is handed. Voice follow only proposes a later segment
(studio.prompter.proposal): the host owns what is on air.

With captions, the follower also hears its early signal (studio.prompter.early_job): a quick
decode of the newest audio on the captions thread with the captions' model, handed straight to
the worker's queue (not the bus: it is not a caption), as `studio follow` does.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any, Callable

from studio.core.events import CaptionEvent, SegmentChanged, TalkTrackChanged
from studio.prompter.controller import (PrompterController, PrompterOptions, PrompterSnapshot, PrompterState,
                                        ScrollMode)
from studio.prompter.script import TalkTrack
from studio.prompter.worker import PrompterCommand, PrompterWorker

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PrompterMove:
    """One change of what the prompter highlights or proposes, for reports."""

    at_s: float                    # seconds since the prompter started, on the session clock
    on_air: int                    # the segment on air (only the host changes it)
    segment: int                   # where the highlight is: segment, line, word
    line: int
    word: int
    heard: bool                    # voice follow matched this word (False: timed scrolling or the lead)
    proposed: int | None           # the later segment voice follow proposes, if any

    def to_json(self) -> dict:
        out = {"at_s": round(self.at_s, 3), "on_air": self.on_air, "segment": self.segment,
               "line": self.line, "word": self.word, "heard": self.heard}
        if self.proposed is not None:
            out["proposed"] = self.proposed
        return out


class LivePrompter:
    """session.prompter. `command`, `add_listener`, `snapshot`, `moves` from any thread; listeners
    are called on the prompter thread and must return at once (the dock emits a queued signal).
    Started and stopped with the session (a session worker)."""

    def __init__(self, session, options: PrompterOptions | None = None,
                 controller: PrompterController | None = None, prompting: bool = False) -> None:
        self._session = session
        self._listeners: list[Callable[[PrompterSnapshot], None]] = []
        self._lock = threading.Lock()
        self._latest: PrompterSnapshot | None = None
        self._moves: list[PrompterMove] = []
        self._last_key: tuple | None = None
        self._echo_segment: int | None = None
        self._origin_s = session.clock.now_s()
        self.worker = PrompterWorker(session.show, session.clock.now_s, self._on_snapshot, options,
                                     level_dbfs=lambda: session.audio_level_dbfs,
                                     on_segment=self._on_host_segment, controller=controller)
        # Segments switched by use_talk_track (a handed-over controller keeps its B segments).
        self._tracks: dict[int, TalkTrack] = {i: TalkTrack.B for i in self.worker.controller.script.b_segments}
        if session.segment_index is not None:
            self.worker.command(PrompterCommand.GO_TO_SEGMENT, session.segment_index)
        if prompting:
            self.worker.command(PrompterCommand.START)
        self._unsubscribe = [session.events.subscribe(CaptionEvent, self.worker.submit_caption),
                             session.events.subscribe(SegmentChanged, self._on_session_segment)]
        self.early = None        # studio.prompter.early_job.EarlyJob, once hear_early_signal ran

    @property
    def controller(self) -> PrompterController:
        """Read only after stop(): the prompter thread owns it while running."""
        return self.worker.controller

    def hear_early_signal(self, captions, options=None) -> None:
        """Follow the early signal decoded on `captions`' thread (a studio.live.captions.LiveCaptions)."""
        from studio.prompter.early_job import EarlyJob

        self.early = EarlyJob(self.worker.submit_caption, self._session.clock.now_s, options,
                              language=self._session.show.language, wanted=self._following_voice)
        captions.add_side_job(self.early, self.early.feed)

    def _following_voice(self) -> bool:
        """Decode for the follower only while it prompts in voice mode (the window's prompter
        waits in standby until the host starts it; timed and manual scrolling need no words)."""
        snap = self._latest
        return (snap is not None and snap.state is PrompterState.PROMPTING
                and snap.mode is ScrollMode.VOICE)

    # ---- session worker ---------------------------------------------------------------------

    def start(self) -> None:
        self.worker.start()

    def stop(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self.worker.stop()

    # ---- any thread -------------------------------------------------------------------------

    def command(self, command: PrompterCommand, arg: Any = None) -> None:
        self.worker.command(command, arg)

    def use_talk_track(self, segment_index: int, track: TalkTrack | str) -> bool:
        """Read a segment from its A or B talk-track (the producer console, the viewer-drop alert's
        "Switch to B"): the prompter shows that track's lines, voice follow aligns on them, and
        TalkTrackChanged goes out on the session bus. False for a segment out of range, a track
        other than A/B, or a B the segment does not have (nothing changes)."""
        try:
            track = TalkTrack(str(track).upper())
        except ValueError:
            return False
        segments = self._session.show.segments
        if not 0 <= segment_index < len(segments) or (track is TalkTrack.B and not segments[segment_index].b_lines):
            return False
        with self._lock:
            if self._tracks.get(segment_index, TalkTrack.A) is track:
                return True
            self._tracks[segment_index] = track
        self.worker.command(PrompterCommand.USE_TALK_TRACK, (segment_index, track.value))
        self._session.events.publish(TalkTrackChanged(segment_index, track.value))
        return True

    def talk_track(self, segment_index: int) -> TalkTrack:
        """The track the prompter reads `segment_index` from (as last asked)."""
        with self._lock:
            return self._tracks.get(segment_index, TalkTrack.A)

    def add_listener(self, listener: Callable[[PrompterSnapshot], None]) -> Callable[[], None]:
        """listener(snapshot) after every tick; returns a function that removes it."""
        with self._lock:
            self._listeners.append(listener)

        def remove() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)
        return remove

    @property
    def snapshot(self) -> PrompterSnapshot | None:
        return self._latest

    @property
    def moves(self) -> list[PrompterMove]:
        with self._lock:
            return list(self._moves)

    def report(self) -> dict:
        """The prompter's state for `studio run --report`: where it ended, every move and proposal."""
        snap = self._latest
        moves = self.moves
        proposals = sorted({m.proposed for m in moves if m.proposed is not None})
        final = {} if snap is None else {
            "state": snap.state.value, "mode": snap.active_mode.value, "on_air": snap.segment,
            "position": None if snap.position is None else snap.position.to_json(),
            "proposed": None if snap.proposal is None else snap.proposal.segment,
            "confidence": round(snap.confidence, 3)}
        early = {} if self.early is None else {"early_signal": self.early.stats().to_json()}
        return {**final, **early, "proposals": proposals, "moves": [m.to_json() for m in moves]}

    # ---- prompter thread --------------------------------------------------------------------

    def _on_snapshot(self, snap: PrompterSnapshot) -> None:
        self._latest = snap
        proposed = None if snap.proposal is None else snap.proposal.segment
        key = (snap.segment, snap.token, snap.heard_token, proposed)
        if snap.state is PrompterState.PROMPTING and snap.position is not None and key != self._last_key:
            self._last_key = key
            heard = snap.heard_token is not None and snap.heard_token == snap.token
            position = snap.position
            move = PrompterMove(self._session.clock.now_s() - self._origin_s, snap.segment, position.segment,
                                position.line, position.word, heard, proposed)
            with self._lock:
                self._moves.append(move)
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(snap)
            except RuntimeError:   # a dock deleted with its window (Qt deleted the signal's source)
                with self._lock:
                    if listener in self._listeners:
                        self._listeners.remove(listener)

    def _on_host_segment(self, index: int) -> None:
        # The host accepted a proposal or stepped segments on the prompter: the session puts it
        # on air. Its SegmentChanged comes back to us on this thread; the prompter is there already.
        if self._session.segment_index != index:
            self._echo_segment = index
            self._session.go_to_segment(index)

    def _on_session_segment(self, event: SegmentChanged) -> None:
        if event.index == self._echo_segment:
            self._echo_segment = None
            return
        self.worker.command(PrompterCommand.GO_TO_SEGMENT, event.index)
