"""A console bound to a stand-in session: the real prompter on its own thread, the real bus."""

from __future__ import annotations

import time

import pytest

from studio.console.options import ConsoleOptions
from studio.console.service import LiveConsole
from studio.core.events import SegmentChanged
from studio.show import load_show


class ConsoleSession:
    """The parts of studio.live.session.Session the console and the prompter use; no camera."""

    def __init__(self, show, prompter: bool = True):
        from studio.core.clock import SessionClock
        from studio.core.events import EventBus
        from studio.live.prompter import LivePrompter

        self.show = show
        self.clock = SessionClock()
        self.events = EventBus()
        self.audio_level_dbfs = -90.0
        self.segment_index = 0
        self.prompter = LivePrompter(self) if prompter else None
        if self.prompter is not None:
            self.prompter.start()

    def go_to_segment(self, index):
        if index != self.segment_index:
            previous, self.segment_index = self.segment_index, index
            self.events.publish(SegmentChanged(index, previous))

    def stop(self):
        if self.prompter is not None:
            self.prompter.stop()


def wait_until(predicate, timeout_s: float = 5.0):
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.01)


@pytest.fixture
def session(example_show_path):
    s = ConsoleSession(load_show(example_show_path))
    yield s
    s.stop()


@pytest.fixture
def console(session):
    live = LiveConsole(session, ConsoleOptions(on=True, port=0), token="t" * 32)
    live.start()
    yield live
    live.stop()
