"""The B talk-track switch: the prompter reads a segment's `### B` lines and voice follow aligns
on them; the switch goes out on the session bus."""

from __future__ import annotations

import time

import pytest

from studio.core.clock import SessionClock
from studio.core.events import CaptionEvent, EventBus, TalkTrackChanged
from studio.prompter.controller import PrompterController, PrompterOptions
from studio.prompter.script import ScriptView, TalkTrack
from studio.show.showfile import parse_show

B_LINES = ("### B\n"
           "Watch this: coffee, lunch and a kiss test, and Ruby is still there.\n"
           "[Wipe the lips with a tissue on camera]\n"
           "Comment ruby and the quantity and we pack yours first.\n")


def b_show(example_show_path):
    """The example show with a B talk-track in Ruby matte (segment 1)."""
    text = example_show_path.read_text(encoding="utf-8")
    return parse_show(text.replace("\n## Segment: Nude gloss", "\n" + B_LINES + "\n## Segment: Nude gloss"))


def _final(text: str, t: float) -> CaptionEvent:
    return CaptionEvent("final", t, t, t, text, "en")


def test_script_view_reads_b_lines_for_switched_segments(example_show_path):
    show = b_show(example_show_path)
    assert [ln.text for ln in show.segments[1].b_lines][0].startswith("Watch this")
    a, b = ScriptView(show), ScriptView(show, frozenset({1, 3}))     # 3 has no B: stays A
    assert b.b_segments == {1} and b.track_of(3) is TalkTrack.A
    ruby_b = [ln for ln in b.lines if ln.segment == 1]
    assert all(ln.track is TalkTrack.B for ln in ruby_b)
    assert [ln.text for ln in ruby_b] == [ln.text for ln in show.segments[1].b_lines]
    assert [ln.text for ln in a.lines if ln.segment == 2] == [ln.text for ln in b.lines if ln.segment == 2]


def test_use_talk_track_changes_the_lines_and_voice_follow_aligns_on_b(example_show_path):
    c = PrompterController(b_show(example_show_path), PrompterOptions(countdown_s=0))
    c.start(0.0)
    c.go_to_segment(1, 1.0)
    assert c.tick(1.0).b_segments == frozenset()
    assert not c.use_talk_track(0, "B", 2.0)             # Welcome has no B: nothing changes
    assert not c.use_talk_track(9, TalkTrack.A, 2.0)
    assert c.use_talk_track(1, "B", 2.0)
    snap = c.tick(2.0)
    assert snap.b_segments == {1} and c.segment == 1
    # The highlight went to B's first line.
    assert snap.position.segment == 1 and c.script.line_of_token(snap.token).track is TalkTrack.B
    c.on_caption(_final("comment ruby and the quantity and we pack yours first", 5.0), 5.0)
    snap = c.tick(5.0)
    line = c.script.line_of_token(snap.heard_token)
    assert line.track is TalkTrack.B and line.text.startswith("Comment ruby")
    assert snap.position.segment == 1 and snap.position.line == 2     # b_lines[2]
    # Back to A: the A lines again, and the A script's words are followed.
    assert c.use_talk_track(1, "A", 6.0)
    c.on_caption(_final("it glides on in one stroke and stays comfortable for hours", 9.0), 9.0)
    snap = c.tick(9.0)
    line = c.script.line_of_token(snap.heard_token)
    assert snap.b_segments == frozenset() and line.track is TalkTrack.A and line.text.startswith("It glides")


def test_switching_another_segment_keeps_the_highlight_on_its_line(example_show_path):
    c = PrompterController(b_show(example_show_path), PrompterOptions(countdown_s=0))
    c.start(0.0)
    c.go_to_segment(2, 1.0)
    before = c.tick(1.0).position
    assert c.use_talk_track(1, "B", 2.0)          # preparing Ruby's B while Nude gloss is on air
    assert c.tick(2.0).position == before and c.segment == 2


class _Session:
    def __init__(self, show):
        self.show = show
        self.clock = SessionClock()
        self.events = EventBus()
        self.audio_level_dbfs = -90.0
        self.segment_index = 1

    def go_to_segment(self, index):
        self.segment_index = index


def test_live_prompter_switch_is_published_on_the_bus_and_reaches_the_snapshot(example_show_path):
    from studio.live.prompter import LivePrompter

    session = _Session(b_show(example_show_path))
    heard: list[TalkTrackChanged] = []
    session.events.subscribe(TalkTrackChanged, heard.append)
    prompter = LivePrompter(session)
    prompter.start()
    try:
        assert not prompter.use_talk_track(0, "B") and not prompter.use_talk_track(1, "C")
        assert prompter.use_talk_track(1, "b")
        assert prompter.use_talk_track(1, "B")                 # already B: said once
        assert heard == [TalkTrackChanged(1, "B")] and prompter.talk_track(1) is TalkTrack.B
        deadline = time.monotonic() + 5.0
        while prompter.snapshot is None or prompter.snapshot.b_segments != {1}:
            assert time.monotonic() < deadline, "the prompter thread never applied the switch"
            time.sleep(0.01)
    finally:
        prompter.stop()
    assert prompter.controller.script.b_segments == {1}


@pytest.mark.parametrize("marker", ["### B", "### B talk-track", "### 备用话术"])
def test_every_b_heading_reaches_the_prompter(example_show_path, marker):
    show = b_show(example_show_path) if marker == "### B" else parse_show(
        example_show_path.read_text(encoding="utf-8").replace(
            "\n## Segment: Nude gloss", "\n" + B_LINES.replace("### B", marker) + "\n## Segment: Nude gloss"))
    assert ScriptView(show, frozenset({1})).b_segments == {1}


def test_prompter_view_shows_b_lines_under_a_b_marked_header(example_show_path):
    from tests.qt_helpers import qt_app

    qt_app()
    from studio.ui.panels.prompter_view import PrompterView

    show = b_show(example_show_path)
    view = PrompterView()
    view.resize(900, 640)
    view.set_script(ScriptView(show, frozenset({1})))
    headers = [item.layout.text() for item in view._items if item.kind == "header"]
    assert headers[1] == "2 · Ruby matte · B" and headers[0] == "1 · Welcome"
    ruby = [item.line.text for item in view._items if item.kind == "line" and item.segment == 1]
    assert ruby == [line.text for line in show.segments[1].b_lines]
    view.deleteLater()
