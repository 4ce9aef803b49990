"""Captions over an audio file, through the same streaming engine as the live microphone.

The file is decoded by the capture package (PyAV, 16 kHz mono float32) and fed to the engine in
100 ms chunks stamped on the session clock. With realtime=True each chunk is released when the
clock reaches its time, as a microphone would deliver it, so `emitted - end` is the caption
latency a host would see; otherwise the file runs as fast as the machine allows.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Callable, Iterable, Iterator

import numpy as np

from studio.captions.engine import StreamingCaptioner
from studio.captions.options import CaptionOptions
from studio.core.clock import SessionClock
from studio.core.events import CaptionEvent, StatusMessage
from studio.core.frames import AUDIO_SAMPLE_RATE_HZ, AudioChunk

CHUNK_S = 0.1


def caption_file(path: str | Path, options: CaptionOptions, show=None, realtime: bool = False,
                 on_status: Callable[[StatusMessage], None] | None = None,
                 engine_out: list | None = None) -> Iterator[CaptionEvent]:
    """Yield the caption events of an audio (or video) file as the engine emits them.

    Raises studio.capture.base.SourceError for an unreadable file and
    studio.captions.asr.CaptionModelError when the Whisper model cannot be loaded.
    engine_out, when given, receives the engine (for its stats after the run).
    """
    from studio.capture.audio_file import decode_audio

    blocks = decode_audio(path, block_s=CHUNK_S)
    first = next(blocks, None)   # a bad file fails here, before the model loads
    if first is None:
        return
    yield from caption_blocks(itertools.chain([first], blocks), options, show, realtime, on_status, engine_out)


def caption_blocks(blocks: Iterable[np.ndarray], options: CaptionOptions, show=None, realtime: bool = False,
                   on_status: Callable[[StatusMessage], None] | None = None,
                   engine_out: list | None = None) -> Iterator[CaptionEvent]:
    """The engine over 16 kHz mono float32 blocks (a decoded file, or audio made by a benchmark)."""
    engine = StreamingCaptioner(options, show=show, on_status=on_status)
    engine.load()   # fail before feeding audio when the model is missing
    # The session clock starts once the model is loaded: audio time 0 is the stream's start.
    clock = engine.clock = SessionClock()
    if engine_out is not None:
        engine_out.append(engine)
    fed_samples = 0
    for block in blocks:
        chunk = AudioChunk(np.asarray(block, dtype=np.float32), int(fed_samples * 1e9 / AUDIO_SAMPLE_RATE_HZ))
        if realtime:
            clock.sleep_until_ns(chunk.end_ns)   # a microphone hands a block over once it is recorded
        fed_samples += len(chunk.samples)
        engine.insert_audio(chunk)
        yield from engine.process()
    yield from engine.finish()
