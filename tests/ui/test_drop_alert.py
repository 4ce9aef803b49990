"""The status bar's "Switch to B": shown for a viewer-drop alert that offers the segment's B
talk-track, and pressing it switches the session's prompter (the same command as the console)."""

from __future__ import annotations

from studio.comments.signals import ViewerDrop
from studio.core.clock import SessionClock
from studio.core.events import EventBus, TalkTrackChanged
from studio.live.signals import ViewerDropAlert
from studio.prompter.script import TalkTrack

from tests.qt_helpers import qt_app, wait_until

_APP = qt_app()

from PySide6.QtWidgets import QWidget  # noqa: E402

from studio.ui.bridge import EventBridge  # noqa: E402
from studio.ui.drop_alert import DropAlertButton  # noqa: E402


class _Session:
    def __init__(self, show):
        from studio.live.prompter import LivePrompter

        self.show, self.segment_index = show, 1
        self.clock, self.events, self.audio_level_dbfs = SessionClock(), EventBus(), -90.0
        self.prompter = LivePrompter(self)

    def go_to_segment(self, index):
        self.segment_index = index


def test_alert_shows_switch_to_b_and_the_press_switches_the_prompter(example_show_path):
    from tests.prompter.test_talk_track import b_show

    session = _Session(b_show(example_show_path))
    switched = []
    session.events.subscribe(TalkTrackChanged, switched.append)
    bridge = EventBridge()
    bridge.attach(session.events)
    parent = QWidget()
    button = DropAlertButton(parent, bridge, lambda: session)
    parent.show()
    drop = ViewerDrop(0, 500, 370, 60.0)
    session.events.publish(ViewerDropAlert(drop, 0, "Welcome", offer_b=False))      # no B: nothing to offer
    session.events.publish(ViewerDropAlert(drop, 1, "Ruby matte", offer_b=True))
    wait_until(button.isVisible, 5.0, "the alert never showed its action")
    assert "Ruby matte" in button.text()
    button.click()
    assert not button.isVisible()
    assert switched == [TalkTrackChanged(1, "B")] and session.prompter.talk_track(1) is TalkTrack.B
    bridge.close()
    parent.deleteLater()
