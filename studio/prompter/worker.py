"""The prompter's own thread: captions and commands in, snapshots out.

The studio window must not align words on the GUI thread, so the PrompterController
lives here. Caption events (from the captions thread, via the session's event bus) and
commands (from the panel's buttons and hotkeys) are queued; the thread applies them,
ticks the controller ~10 times a second (countdown, timed scrolling, voice fallback,
show clock) and hands every snapshot to `on_snapshot`, which the panel turns into a
queued Qt signal. Voice activity comes from polling the microphone level.
"""

from __future__ import annotations

import enum
import logging
import queue
import threading
from dataclasses import dataclass
from typing import Any, Callable

from studio.core.events import CaptionEvent
from studio.prompter.controller import PrompterController, PrompterOptions, PrompterSnapshot, ScrollMode
from studio.prompter.script import Position
from studio.show.model import Show

log = logging.getLogger(__name__)

VOICE_ACTIVITY_DBFS = -45.0   # the microphone level above which the host counts as speaking


class PrompterCommand(enum.Enum):
    START = "start"                    # count down, then prompt
    TOGGLE_PAUSE = "toggle_pause"
    STANDBY = "standby"
    EDIT = "edit"
    NEXT_SEGMENT = "next_segment"
    PREVIOUS_SEGMENT = "previous_segment"
    GO_TO_SEGMENT = "go_to_segment"    # arg: segment index (the session moved: follow it)
    ACCEPT_PROPOSAL = "accept_proposal"   # the host puts the proposed segment on air
    DISMISS_PROPOSAL = "dismiss_proposal"
    GO_TO = "go_to"                    # arg: Position
    STEP_LINES = "step_lines"          # arg: +n / -n spoken lines
    SET_MODE = "set_mode"              # arg: ScrollMode
    SET_TIMED_PACE = "set_timed_pace"  # arg: words per second for timed scrolling
    RESTART_OFFER = "restart_offer"    # arg: segment index
    USE_TALK_TRACK = "use_talk_track"  # arg: (segment index, "A" | "B")


@dataclass(frozen=True)
class _Command:
    command: PrompterCommand
    arg: Any = None


class PrompterWorker:
    """Owns a PrompterController on the "prompter" thread.

    `submit_caption`, `command`, `stop` may be called from any thread. `on_snapshot` and
    `on_segment` are called on the prompter thread and must return at once (emit a queued
    signal). `on_segment(i)` reports the host's segment commands given to the prompter
    (next/previous, accepting a proposal) for the session to put on air; voice follow and
    timed scrolling never change the segment, they only propose.
    """

    def __init__(self, show: Show, now_s: Callable[[], float],
                 on_snapshot: Callable[[PrompterSnapshot], None],
                 options: PrompterOptions | None = None,
                 level_dbfs: Callable[[], float] | None = None,
                 on_segment: Callable[[int], None] | None = None,
                 tick_s: float = 0.1, controller: PrompterController | None = None) -> None:
        # A controller handed over from a stopped worker keeps the host's place and state
        # (the window rebuilds the session when the host switches sources).
        self.controller = controller or PrompterController(show, options)
        self._now_s = now_s
        self._on_snapshot = on_snapshot
        self._level_dbfs = level_dbfs
        self._on_segment = on_segment
        self._tick_s = tick_s
        self._queue: queue.Queue[CaptionEvent | _Command | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()

    # --- any thread ---------------------------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="prompter", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 2.0) -> None:
        self._stopping.set()
        self._queue.put(None)
        if self._thread is not None:
            self._thread.join(timeout_s)

    def submit_caption(self, event: CaptionEvent) -> None:
        if isinstance(event, CaptionEvent):
            self._queue.put(event)

    def command(self, command: PrompterCommand, arg: Any = None) -> None:
        self._queue.put(_Command(command, arg))

    # --- prompter thread ----------------------------------------------------------------

    def _run(self) -> None:
        segment = self.controller.segment
        while True:
            try:
                item = self._queue.get(timeout=self._tick_s)
            except queue.Empty:
                item = None
            if item is None and self._stopping.is_set():
                # Everything queued before stop() is applied (a run's last captions count), and
                # the last snapshot says where that left the prompter.
                self._final_snapshot()
                return
            now_s = self._now_s()
            try:
                if isinstance(item, CaptionEvent):
                    self.controller.on_caption(item, now_s)
                elif isinstance(item, _Command):
                    self._apply(item, now_s)
                    if item.command is PrompterCommand.GO_TO_SEGMENT:
                        # The session told us: following it must not echo back (the session
                        # may already be further on after quick key presses).
                        segment = self.controller.segment
                if self._level_dbfs is not None and self._level_dbfs() > VOICE_ACTIVITY_DBFS:
                    self.controller.note_voice_activity(now_s)
                if not self._queue.empty():
                    continue   # catch up on queued captions before painting
                snapshot = self.controller.tick(now_s)
                if self.controller.segment != segment:
                    segment = self.controller.segment
                    if self._on_segment is not None:
                        self._on_segment(segment)
                self._on_snapshot(snapshot)
            except RuntimeError as exc:
                if "deleted" in str(exc):
                    return    # the panel that listened is gone (Qt deleted the signal's source)
                log.exception("prompter failed on %r", item)
            except Exception:   # a bad event must not stop the prompter during a live
                log.exception("prompter failed on %r", item)

    def _final_snapshot(self) -> None:
        try:
            self._on_snapshot(self.controller.tick(self._now_s()))
        except Exception:   # a listener gone with its window: nothing left to tell
            log.debug("last prompter snapshot not delivered", exc_info=True)

    def _apply(self, item: _Command, now_s: float) -> None:
        c, arg = self.controller, item.arg
        match item.command:
            case PrompterCommand.START:
                c.start(now_s)
            case PrompterCommand.TOGGLE_PAUSE:
                c.toggle_pause(now_s)
            case PrompterCommand.STANDBY:
                c.standby()
            case PrompterCommand.EDIT:
                c.edit()
            case PrompterCommand.NEXT_SEGMENT:
                c.next_segment(now_s)
            case PrompterCommand.PREVIOUS_SEGMENT:
                c.previous_segment(now_s)
            case PrompterCommand.GO_TO_SEGMENT:
                if c.segment != int(arg):
                    c.go_to_segment(int(arg), now_s)
            case PrompterCommand.ACCEPT_PROPOSAL:
                c.accept_proposal(now_s)
            case PrompterCommand.DISMISS_PROPOSAL:
                c.dismiss_proposal()
            case PrompterCommand.GO_TO:
                c.go_to(arg if isinstance(arg, Position) else Position(*arg), now_s)
            case PrompterCommand.STEP_LINES:
                c.step_lines(int(arg), now_s)
            case PrompterCommand.SET_MODE:
                c.set_mode(ScrollMode(arg), now_s)
            case PrompterCommand.SET_TIMED_PACE:
                c.set_timed_pace(float(arg), now_s)
            case PrompterCommand.RESTART_OFFER:
                c.timer.restart_offer(int(arg), now_s)
            case PrompterCommand.USE_TALK_TRACK:
                c.use_talk_track(int(arg[0]), arg[1], now_s)
