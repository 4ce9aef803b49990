"""session.console: the producer console bound to a live session.

Commands from the page become the session's own: a segment switch is Session.go_to_segment (the
prompter follows it like the host's PageDown), a marked line is the prompter's GO_TO, a cue and a
"stop this line" flag are events on the session's bus that the prompter dock shows. The prompter's
snapshots (its own thread) are pushed to every page when the position changes.
"""

from __future__ import annotations

import logging
import threading

from studio.console.events import LineFlagChanged, ProducerCue
from studio.console.options import ConsoleOptions, console_token
from studio.console.protocol import Command, CommandError, CommandType, outline, parse_command
from studio.console.server import ConsoleServer
from studio.core.events import SegmentChanged, TalkTrackChanged
from studio.prompter.script import Position, ScriptView
from studio.prompter.worker import PrompterCommand

log = logging.getLogger(__name__)


class LiveConsole:
    """start/stop from any one thread (the window's or the CLI's); the rest runs on the server's
    thread and the prompter's. Needs a session with a show that has segments."""

    def __init__(self, session, options: ConsoleOptions | None = None, token: str | None = None) -> None:
        self._session = session
        self.options = options or ConsoleOptions()
        self._token = token
        self.script = ScriptView(session.show)
        self._lock = threading.Lock()
        self._flags: set[tuple[int, int]] = set()
        self._b_segments: frozenset[int] = frozenset()
        self._position: dict | None = None
        self._server: ConsoleServer | None = None
        self._unlisten: list = []
        self.wanted = False      # the host turned it on (and has not turned it off): a rebuilt session keeps it

    # ---- owner's thread -----------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._server is not None and self._server.port is not None

    @property
    def url(self) -> str | None:
        """The page with its token (for the QR code), or None while off."""
        return self._server.url if self.running else None

    @property
    def token(self) -> str:
        if self._token is None:
            self._token = console_token()
        return self._token

    @property
    def open_lan(self) -> bool:
        return self.options.open_lan

    @property
    def clients(self) -> int:
        return self._server.clients if self._server is not None else 0

    @property
    def talk_track_available(self) -> bool:
        """The B talk-track switch needs the prompter's use_talk_track (and a prompter)."""
        return callable(getattr(self._session.prompter, "use_talk_track", None))

    @property
    def flags(self) -> set[tuple[int, int]]:
        with self._lock:
            return set(self._flags)

    def start(self, open_lan: bool | None = None) -> str:
        """Serve the page; returns its URL. Raises studio.localnet.server.LocalServerError (a port
        that cannot be had) with a sentence for the host."""
        if self.running:
            self.close()
        if open_lan is not None:
            self.options = ConsoleOptions(self.options.on, self.options.port, open_lan,
                                          self.options.rate_per_s, self.options.rate_burst)
        server = ConsoleServer(self.options.port, self.token, self.options.open_lan,
                               lambda raw: parse_command(raw, self.script), self._apply, self._hello,
                               self.options.rate_per_s, self.options.rate_burst)
        server.start()
        self._server = server
        self.wanted = True
        events = self._session.events
        prompter = self._session.prompter
        self._unlisten.append(events.subscribe(TalkTrackChanged, self._on_track))
        if prompter is not None:
            known = getattr(prompter.snapshot, "b_segments", None)
            if known:      # a prompter carried over from the last session reads some segments from B
                self._b_segments = frozenset(known)
                self.script = ScriptView(self._session.show, self._b_segments)
            self._unlisten.append(prompter.add_listener(self._on_snapshot))
            if prompter.snapshot is not None:
                self._on_snapshot(prompter.snapshot)
        else:
            self._unlisten.append(events.subscribe(SegmentChanged, self._on_segment))
            self._position = {"type": "position", "on_air": self._session.segment_index}
        log.info("producer console at %s", server.url.split("?")[0])
        return server.url

    def stop(self) -> None:
        """The host turns the console off."""
        self.wanted = False
        self.close()

    def close(self) -> None:
        """The session ends: the server closes, `wanted` stays for a session built to replace it."""
        for unlisten in self._unlisten:
            unlisten()
        self._unlisten = []
        server, self._server = self._server, None
        if server is not None:
            server.close()

    def carry_flags(self, other: "LiveConsole") -> None:
        """A session rebuilt for a source switch keeps the producer's flags."""
        with self._lock:
            self._flags = other.flags

    # ---- server thread ------------------------------------------------------------------

    def _hello(self) -> list[dict]:
        messages = [outline(self.script, self.talk_track_available), self._flags_message(),
                    {"type": "tracks", "b": sorted(self._b_segments)}]
        if self._position is not None:
            messages.append(self._position)
        return messages

    def _flags_message(self) -> dict:
        with self._lock:
            return {"type": "flags", "flags": sorted([s, ln] for s, ln in self._flags)}

    def _apply(self, command: Command) -> None:
        session = self._session
        match command.type:
            case CommandType.CUE:
                session.events.publish(ProducerCue(command.text, session.clock.now_s()))
            case CommandType.SEGMENT:
                session.go_to_segment(command.segment)
            case CommandType.MARK:
                if session.prompter is None:
                    raise CommandError("no_prompter", "the prompter is not running", command.id)
                session.prompter.command(PrompterCommand.GO_TO, Position(command.segment, command.line, 0))
            case CommandType.STOP_LINE:
                key = (command.segment, command.line)
                with self._lock:
                    (self._flags.add if command.on else self._flags.discard)(key)
                session.events.publish(LineFlagChanged(command.segment, command.line, command.on))
                if self._server is not None:
                    self._server.broadcast(self._flags_message())
            case CommandType.TALK_TRACK:
                if not self.talk_track_available:
                    raise CommandError("not_available", "switching talk-tracks is not available in this "
                                       "version of the prompter", command.id)
                if not session.prompter.use_talk_track(command.segment, command.track):
                    raise CommandError("no_b_track", f"segment {command.segment} has no B talk-track", command.id)

    # ---- prompter thread (or the bus's publisher without a prompter) ---------------------

    def _on_snapshot(self, snap) -> None:
        pos = snap.position
        message = {"type": "position", "state": snap.state.value, "on_air": snap.segment,
                   "segment": None if pos is None else pos.segment, "line": None if pos is None else pos.line,
                   "word": None if pos is None else pos.word,
                   "proposed": None if snap.proposal is None else snap.proposal.segment}
        self._publish_position(message)

    def _on_track(self, event: TalkTrackChanged) -> None:
        """A segment reads another talk-track (from here or the window): lines are numbered on the
        new track from now on, and that segment's flags (on the old track's lines) are lifted."""
        b = set(self._b_segments)
        (b.add if event.track == "B" else b.discard)(event.index)
        self._b_segments = frozenset(b)
        self.script = ScriptView(self._session.show, self._b_segments)
        with self._lock:
            lifted = sorted(key for key in self._flags if key[0] == event.index)
            self._flags -= set(lifted)
        for segment, line in lifted:
            self._session.events.publish(LineFlagChanged(segment, line, False))
        server = self._server
        if server is not None:
            server.broadcast({"type": "tracks", "b": sorted(self._b_segments)})
            server.broadcast(self._flags_message())

    def _on_segment(self, event: SegmentChanged) -> None:
        self._publish_position({"type": "position", "on_air": event.index})

    def _publish_position(self, message: dict) -> None:
        if message == self._position:
            return
        self._position = message
        server = self._server
        if server is not None:
            server.broadcast(message)
