"""The captions' audio queue is bounded live: the newest audio wins, what is shed is counted and
said, and the sentence in progress still becomes a final (real tiny.en, espeak speech)."""

from __future__ import annotations

import numpy as np

from .speech import SR, blocks, noise
from studio.captions import CaptionOptions, StreamingCaptioner
from studio.captions.intake import AudioIntake
from studio.core.events import Severity
from studio.core.frames import AudioChunk


def _chunks(audio: np.ndarray, start_ns: int = 0) -> list[AudioChunk]:
    out, at_ns = [], start_ns
    for block in blocks(audio):
        out.append(AudioChunk(block, at_ns))
        at_ns += int(len(block) * 1e9 / SR)
    return out


def test_live_queue_keeps_the_newest_audio_and_counts_the_rest():
    intake = AudioIntake(max_backlog_s=1.0)
    chunks = _chunks(np.arange(int(2.5 * SR), dtype=np.float32))    # 25 blocks of 0.1 s
    for chunk in chunks:
        intake.put(chunk)
    drained = intake.drain()
    assert [c.timestamp_ns for c in drained.chunks] == [c.timestamp_ns for c in chunks[-10:]]
    assert drained.shed_chunks == 15 and abs(drained.shed_s - 1.5) < 1e-6
    assert intake.shed_chunks == 15 and intake.queued_s == 0.0
    assert intake.drain().shed_chunks == 0                        # said once, counted for good
    assert intake.shed_chunks == 15


def test_offline_queue_keeps_every_sample():
    intake = AudioIntake(max_backlog_s=None)
    for chunk in _chunks(np.zeros(30 * SR, np.float32)):
        intake.put(chunk)
    drained = intake.drain()
    assert len(drained.chunks) == 300 and drained.shed_chunks == 0


def test_engine_that_falls_behind_sheds_says_so_and_finishes_the_sentence(speak):
    statuses = []
    engine = StreamingCaptioner(CaptionOptions(language="en", model="tiny.en", max_backlog_s=3.0,
                                               partial_interval_s=60.0),
                                on_status=statuses.append)
    sentence = speak("Tap the orange cart below to order while the stock lasts.")
    head = np.concatenate([noise(0.5, 1), sentence])
    events = []
    for chunk in _chunks(head):                      # keeping up: the sentence is under way
        engine.insert_audio(chunk)
        events += engine.process()
    assert not [e for e in events if e.kind == "final"]
    # Then the machine stalls: 20 s of audio arrive before the next round.
    for chunk in _chunks(noise(20.0, 2), start_ns=int(len(head) * 1e9 / SR)):
        engine.insert_audio(chunk)
    events += engine.process()
    finals = [e for e in events if e.kind == "final" and e.text]
    assert len(finals) == 1 and "orange" in finals[0].text.lower() and "stock" in finals[0].text.lower()
    said = [s for s in statuses if "fell behind" in s.text]
    assert len(said) == 1 and said[0].severity is Severity.WARNING and "17.0 s" in said[0].text
    stats = engine.stats()
    assert stats.shed_chunks == 170 and abs(stats.shed_audio_s - 17.0) < 0.01
