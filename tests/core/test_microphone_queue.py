"""The microphone keeps the newest audio: when the capture thread falls behind, PortAudio's callback
throws away the oldest block and counts it (live captions want what the host says now)."""

from __future__ import annotations

import numpy as np

from studio.capture.microphone import MicrophoneSource


def _block(n: int) -> np.ndarray:
    return np.full((1600, 1), float(n), np.float32)   # PortAudio hands (frames, channels)


def test_full_queue_drops_the_oldest_block_and_counts_it():
    mic = MicrophoneSource()
    for n in range(105):
        mic._callback(_block(n), 1600, None, None)
    assert mic.dropped_blocks == 5
    got = [int(mic.read().samples[0]) for _ in range(100)]
    assert got == list(range(5, 105)), "the newest 100 blocks, in order"


def test_a_reader_that_keeps_up_drops_nothing():
    mic = MicrophoneSource()
    for n in range(300):
        mic._callback(_block(n), 1600, None, None)
        assert int(mic.read().samples[0]) == n
    assert mic.dropped_blocks == 0
