"""One pass of the live engines over a rehearsal file.

The file goes through studio.prompter.follow_file.follow_audio_file: decoded by studio.capture,
fed in 100 ms blocks to the same streaming caption engine (Whisper, VAD, the show's glossary as
hotwords) and the same PrompterController (voice follower, timed fallback) as a live session,
on the audio file's clock (or paced like a microphone with realtime=True). What a live session
adds around them (camera, canvas, outputs) has nothing to say about the script, so it is not
built: see docs/rehearsal.md.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from studio.captions.glossary import Glossary
from studio.core.events import CaptionEvent, StatusMessage
from studio.prompter.follow_file import FollowFileOptions, PositionEvent, follow_audio_file
from studio.prompter.controller import PrompterOptions
from studio.show.model import Show


@dataclass(frozen=True)
class PassOptions:
    model: str = "base"            # Whisper size name or folder (CaptionOptions.model)
    realtime: bool = False         # pace the file like a microphone (captions shed work as live)
    language: str | None = None    # default: the show's language
    glossary: Glossary | None = None   # the producer's glossary file, beside the show's catalog


@dataclass
class PassResult:
    finals: list[CaptionEvent] = field(default_factory=list)
    positions: list[PositionEvent] = field(default_factory=list)
    origin_s: float = 0.0          # session time of the file's first sample
    audio_s: float = 0.0           # the file's length, as far as speech was fed
    pass_s: float = 0.0            # wall time of the pass (model load excluded)
    load_s: float = 0.0            # wall time to load the model

    def anchor_tokens(self, script) -> list[int | None]:
        """Per final caption, the script token the follower had heard when the caption came out."""
        out: list[int | None] = []
        k, heard = 0, None
        for event in self.finals:
            emitted = event.emitted_s - self.origin_s
            while k < len(self.positions) and self.positions[k].emitted_s <= emitted + 1e-6:
                if self.positions[k].heard is not None:
                    heard = script.token_of_position(self.positions[k].heard)
                k += 1
            out.append(heard)
        return out


def run_pass(show: Show, media: str | Path, options: PassOptions | None = None,
             on_status: Callable[[StatusMessage], None] | None = None) -> PassResult:
    """Captions and prompter positions for the whole file. Raises SourceError (unreadable file)
    and CaptionModelError (model missing), as follow_audio_file does."""
    options = options or PassOptions()
    follow = FollowFileOptions(model=options.model, language=options.language, realtime=options.realtime,
                               prompter=PrompterOptions(countdown_s=0.0), glossary=options.glossary)
    result = PassResult()
    captions: list[CaptionEvent] = []
    started = time.perf_counter()
    loaded: list[float] = []

    def origin(origin_s: float) -> None:
        result.origin_s = origin_s
        loaded.append(time.perf_counter())

    for event in follow_audio_file(show, media, follow, on_status=on_status, captions_out=captions,
                                   on_origin=origin):
        result.positions.append(event)
    done = time.perf_counter()
    result.load_s = (loaded[0] if loaded else done) - started
    result.pass_s = done - (loaded[0] if loaded else started)
    result.finals = [c for c in captions if c.kind == "final" and c.text.strip()]
    ends = [c.end_s - result.origin_s for c in captions]
    result.audio_s = _media_seconds(media, max(ends, default=0.0))
    return result


def _media_seconds(media: str | Path, fallback_s: float) -> float:
    """The file's audio length (container metadata; the captions' last end when it says nothing)."""
    import av

    try:
        with av.open(str(media)) as container:
            stream = container.streams.audio[0]
            if stream.duration is not None and stream.time_base is not None:
                return float(stream.duration * stream.time_base)
            if container.duration is not None:
                return container.duration / 1e6
    except Exception:   # metadata only: the pass itself already decoded the file
        pass
    return fallback_s
