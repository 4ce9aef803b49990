"""Voice follow over an audio file, through the same caption engine and prompter as live.

The file is decoded (studio.capture), fed to the streaming caption engine in 100 ms chunks
as a microphone would deliver them, and every caption goes to the PrompterController; the
controller also ticks once per chunk, so the timed fallback runs on the audio timeline.
With realtime=True each chunk waits for its time on the clock, so `emitted_s` includes
the recognizer's real latency on this machine; otherwise the file runs as fast as the
machine allows and `emitted_s` is the audio time fed when the position came out
(the latency of a machine that keeps up).

Besides the captions, the follower hears its own early signal (studio.prompter.early_signal:
a quick decode of the newest 2.5 s of audio a few times a second, with the captions' model);
`early=None` follows the captions alone. In real time the caption engine runs on its own thread
with the early decode as its side job (studio.prompter.early_job), exactly as in a live session;
as fast as possible both run on this loop.

There is no host here to accept a proposal, so the segment on air stays where the reading
started: the positions say where the highlight is and which segment voice follow proposes,
never that a segment was switched.
"""

from __future__ import annotations

import queue
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator


from studio.core.clock import SessionClock
from studio.core.events import StatusMessage
from studio.core.frames import AUDIO_SAMPLE_RATE_HZ, AudioChunk, level_dbfs
from studio.prompter.controller import PrompterController, PrompterOptions, ScrollMode
from studio.prompter.early_job import VOICE_ACTIVITY_DBFS, EarlyJob
from studio.prompter.early_signal import WINDOW_KIND, EarlySignal, EarlySignalOptions
from studio.prompter.script import Position
from studio.show.model import Show

CHUNK_S = 0.1


@dataclass(frozen=True)
class FollowFileOptions:
    model: str = "base"              # a Whisper size name or model folder (see CaptionOptions.model)
    language: str | None = None      # default: the show's language
    realtime: bool = False
    prompter: PrompterOptions = field(default_factory=lambda: PrompterOptions(countdown_s=0.0))
    glossary: object | None = None   # a studio.captions.Glossary heard besides the show's catalog
    early: EarlySignalOptions | None = field(default_factory=EarlySignalOptions)   # None: captions only


@dataclass(frozen=True)
class PositionEvent:
    emitted_s: float           # seconds from the start of the audio when the position came out
    position: Position         # what the prompter highlights
    token: int
    heard: Position | None     # the last word voice follow matched (the highlight may lead it)
    confidence: float
    mode: ScrollMode           # VOICE, or TIMED while falling back
    jumped: bool
    on_air: int = 0                # the segment on air (only a host changes it; none here)
    proposed: int | None = None    # the later segment voice follow proposes, if any

    def to_json(self) -> dict:
        out = {"emitted": round(self.emitted_s, 3), **self.position.to_json(),
               "confidence": round(self.confidence, 3), "mode": self.mode.value, "jump": self.jumped,
               "on_air": self.on_air}
        if self.heard is not None:
            out["heard"] = [self.heard.segment, self.heard.line, self.heard.word]
        if self.proposed is not None:
            out["proposed"] = self.proposed
        return out


class _AudioClock(SessionClock):
    """Session time = audio time fed so far: a file run as fast as possible behaves like a
    machine that keeps up exactly (the engine sees no backlog, captions are stamped on the
    audio timeline). Used on the follow loop's thread only."""

    def __init__(self) -> None:
        super().__init__()
        self.audio_ns = 0

    def now_ns(self) -> int:
        return self.audio_ns


def follow_audio_file(show: Show, audio_path: str | Path, options: FollowFileOptions | None = None,
                      on_status: Callable[[StatusMessage], None] | None = None,
                      captions_out: list | None = None,
                      on_origin: Callable[[float], None] | None = None,
                      early_out: dict | None = None, trace: list | None = None) -> Iterator[PositionEvent]:
    """Yield a PositionEvent each time the prompter's position or proposal changes.

    Raises studio.capture.base.SourceError for an unreadable file and
    studio.captions.asr.CaptionModelError when the Whisper model cannot be loaded.
    captions_out, when given, receives every CaptionEvent (for reports and benchmarks).
    on_origin, when given, hears the session time of the file's first sample once the model has
    loaded: caption times minus it are seconds from the start of the file.
    early_out, when given, receives the early signal's decode count and cost at the end.
    trace, when given, receives every input the controller got, as (session time, what, event):
    "origin" first, then "caption" (with the event), "voice" and "tick"; replay_trace runs them
    through another controller (tuning the follower on one recorded real-time run).
    """
    from studio.captions import CaptionOptions, Glossary, StreamingCaptioner
    from studio.capture.audio_file import decode_audio

    options = options or FollowFileOptions()
    controller = PrompterController(show, options.prompter)
    caption_options = CaptionOptions(language=options.language or show.language, model=options.model,
                                     glossary=(options.glossary or Glossary()).merged(Glossary.from_show(show)))
    if not options.realtime:
        # Nothing to keep up with: never shed work, so the result does not depend on machine load.
        caption_options.shed_rtf = float("inf")
        caption_options.allow_smaller_model = False
    clock = SessionClock() if options.realtime else _AudioClock()
    engine = StreamingCaptioner(caption_options, show=show, clock=clock, on_status=on_status)
    engine.load()   # fail before decoding a long file when the model is missing
    early = None if options.early is None or options.realtime else EarlySignal(
        options.model, caption_options.spoken_language, options.early,
        recognizer=engine.recognizer if options.early.model is None else None)
    origin_s = clock.now_s()      # session time of the first sample
    if on_origin is not None:
        on_origin(origin_s)
    fed = 0
    follow = _Follow(controller, origin_s, trace)

    def now_s() -> float:
        return clock.now_s()

    def on_caption(event) -> Iterator[PositionEvent]:
        if captions_out is not None and event.kind != WINDOW_KIND:   # the follower's own signal: not a caption
            captions_out.append(event)
        yield from follow.caption(event, now_s())

    # Paced like a microphone, the engine runs on its own thread with the early decode beside it,
    # as in the studio; as fast as possible, one loop keeps the result repeatable.
    captions = _Captions(engine, on_status, clock, options.early) if options.realtime else None
    try:
        for block in decode_audio(audio_path, block_s=CHUNK_S):
            chunk = AudioChunk(block, int((origin_s + fed / AUDIO_SAMPLE_RATE_HZ) * 1e9))
            if options.realtime:
                clock.sleep_until_ns(chunk.end_ns)   # a microphone hands a block over once it is recorded
            fed += len(block)
            if isinstance(clock, _AudioClock):
                clock.audio_ns = chunk.end_ns
            voiced = bool(len(block)) and level_dbfs(block) > VOICE_ACTIVITY_DBFS
            if voiced:
                follow.voice(now_s())
            if captions is None:
                engine.insert_audio(chunk)
                produced = engine.process()
            else:
                captions.feed(chunk)
                produced = captions.drain()
            for event in produced:
                yield from on_caption(event)
            if early is not None:
                early.feed(block, chunk.end_ns / 1e9, voiced)
                if early.due(now_s()):
                    window = early.decode(now_s())
                    if window is not None:
                        yield from on_caption(window)
            yield from follow.tick(now_s())
        for event in engine.finish() if captions is None else captions.finish():
            yield from on_caption(event)
    finally:
        if captions is not None:
            captions.stop()
        if early_out is not None:
            if captions is not None and captions.early is not None:
                early_out.update(captions.early.stats().to_json())
            elif early is not None:
                early_out.update(decodes=early.decodes, busy_s=round(early.busy_s, 3),
                                 mean_ms=round(1000 * early.busy_s / max(1, early.decodes), 1))


class _Follow:
    """The controller's inputs during a follow, and the positions they produce (a new one each time
    the highlight, the heard word or the proposal changes); optionally recorded for replay_trace."""

    def __init__(self, controller: PrompterController, origin_s: float, trace: list | None) -> None:
        self.controller = controller
        self.origin_s = origin_s
        self.trace = trace
        self._last: tuple[int | None, int | None, int | None] = (None, None, None)
        controller.start(origin_s)
        self._record(origin_s, "origin")

    def _record(self, now_s: float, what: str, event=None) -> None:
        if self.trace is not None:
            self.trace.append((now_s, what, event))

    def voice(self, now_s: float) -> None:
        self._record(now_s, "voice")
        self.controller.note_voice_activity(now_s)

    def caption(self, event, now_s: float) -> Iterator[PositionEvent]:
        self._record(now_s, "caption", event)
        update = self.controller.on_caption(event, now_s)
        if update is not None and update.moved:
            yield from self._emit(now_s, ScrollMode.VOICE, update.jumped)

    def tick(self, now_s: float) -> Iterator[PositionEvent]:
        self._record(now_s, "tick")
        self.controller.tick(now_s)
        yield from self._emit(now_s, self.controller.active_mode, False)

    def _emit(self, now_s: float, mode: ScrollMode, jumped: bool) -> Iterator[PositionEvent]:
        snap = self.controller.snapshot(now_s)
        proposed = None if snap.proposal is None else snap.proposal.segment
        if snap.token is None or (snap.token, snap.heard_token, proposed) == self._last:
            return
        self._last = (snap.token, snap.heard_token, proposed)
        heard = None if snap.heard_token is None else self.controller.script.position_of_token(snap.heard_token)
        yield PositionEvent(now_s - self.origin_s, snap.position, snap.token, heard, snap.confidence,
                            mode, jumped, snap.segment, proposed)


def replay_trace(show: Show, trace: list, options: PrompterOptions | None = None) -> Iterator[PositionEvent]:
    """The positions a fresh controller gives for the inputs recorded by follow_audio_file(trace=...):
    the recognizer's real timing on that run, with this follower (for tuning and diagnosis)."""
    follow: _Follow | None = None
    for now_s, what, event in trace:
        if what == "origin":
            follow = _Follow(PrompterController(show, options or PrompterOptions(countdown_s=0.0)), now_s, None)
        elif follow is None:
            raise ValueError("a trace starts with its origin")
        elif what == "voice":
            follow.voice(now_s)
        elif what == "caption":
            yield from follow.caption(event, now_s)
        else:
            yield from follow.tick(now_s)


class _Captions:
    """The caption engine on its own thread (studio.captions.thread, as in a live session);
    its events are collected for the follow loop to take."""

    def __init__(self, engine, on_status: Callable[[StatusMessage], None] | None, clock: SessionClock,
                 early: EarlySignalOptions | None) -> None:
        from studio.captions.thread import CaptionsThread
        from studio.core.events import CaptionEvent, EventBus

        self._events: queue.SimpleQueue = queue.SimpleQueue()
        bus = EventBus()
        bus.subscribe(CaptionEvent, self._events.put)
        if on_status is not None:
            bus.subscribe(StatusMessage, on_status)
        self._thread = CaptionsThread(engine, bus)
        self.early = None if early is None else EarlyJob(self._events.put, clock.now_s, early,
                                                         language=engine.options.spoken_language)
        if self.early is not None:
            self._thread.add_side_job(self.early)
        self._thread.start()
        self._stopped = False

    def feed(self, chunk: AudioChunk) -> None:
        self._thread.feed(chunk)
        if self.early is not None:
            self.early.feed(chunk)

    def drain(self) -> list:
        out = []
        while not self._events.empty():
            out.append(self._events.get())
        return out

    def finish(self) -> list:
        """The last utterance's final: stops the thread after the audio queued so far."""
        self.stop()
        return self.drain()

    def stop(self) -> None:
        if not self._stopped:
            self._stopped = True
            self._thread.stop()
