import threading

from studio.core.audio_ring import AudioRing
from studio.core.frames import AudioChunk
from studio.core.mailbox import LatestMailbox

import numpy as np


def test_mailbox_newest_wins_and_counts_drops():
    box = LatestMailbox()
    for i in range(5):
        box.put(i)
    assert box.get(0) == 4
    assert box.dropped_count == 4
    assert box.get(0.01) is None


def test_mailbox_put_wait_never_drops():
    box = LatestMailbox()
    got = []

    def consumer():
        while (item := box.get(1.0)) is not None:
            got.append(item)

    t = threading.Thread(target=consumer)
    t.start()
    for i in range(200):
        assert box.put_wait(i, 1.0)
    box.close()
    t.join()
    assert got == list(range(200)) and box.dropped_count == 0


def test_audio_ring_keeps_newest_when_full():
    ring = AudioRing(capacity_chunks=3)
    for i in range(5):
        ring.push(AudioChunk(np.zeros(10, np.float32), i))
    assert [c.timestamp_ns for c in ring.drain()] == [2, 3, 4]
    assert ring.dropped_count == 2
