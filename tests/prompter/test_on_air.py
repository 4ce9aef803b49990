"""The host owns the segment on air: voice follow and timed scrolling move the highlight and may
propose a later segment, never switch it; proposals are stable on a repeated line."""

from studio.core.events import CaptionEvent
from studio.prompter.controller import PrompterController, PrompterOptions, ScrollMode
from studio.prompter.proposal import SegmentProposer
from studio.prompter.script import ScriptView
from studio.show import load_show

WELCOME = "Hi everyone, welcome to the Autumn Lip Launch!"


def _event(text: str, t: float) -> CaptionEvent:
    return CaptionEvent("final", t - 2.0, t, t, text, "en")


def _controller(example_show_path, **kw) -> PrompterController:
    return PrompterController(load_show(example_show_path), PrompterOptions(**kw))


def test_a_looping_welcome_reading_with_timed_fallback_never_changes_the_segment(example_show_path):
    # The rehearsal file: the welcome line every 20 s, talking (no recognized words) in between,
    # so the timed fallback scrolls through the script between repeats.
    c = _controller(example_show_path, countdown_s=0, voice_fallback_after_s=5.0)
    c.start(0.0)
    on_air, highlighted, proposals = set(), set(), set()
    for step in range(1, 1801):                 # 180 s in 100 ms ticks
        t = step / 10
        c.note_voice_activity(t)
        if step % 200 == 0:
            c.on_caption(_event(WELCOME, t), t)
        snap = c.tick(t)
        on_air.add(snap.segment)
        highlighted.add(snap.position.segment if snap.position else None)
        proposals.add(snap.proposal)
    assert on_air == {0} and c.segment == 0
    assert max(s for s in highlighted if s is not None) >= 1     # the fallback did scroll on
    assert proposals == {None}                                  # time passing proposes nothing


def test_voice_in_the_next_segment_proposes_it_and_the_host_accepts(example_show_path):
    c = _controller(example_show_path, countdown_s=0)
    c.start(0.0)
    c.on_caption(_event(WELCOME, 3.0), 3.0)
    c.on_caption(_event("This is Ruby a deep red with a soft matte finish", 40.0), 40.0)
    snap = c.tick(40.0)
    assert c.segment == 0 and snap.segment == 0                # the Welcome segment stays on air
    assert snap.position.segment == 1                         # the highlight shows where the voice is
    assert snap.proposal is not None and snap.proposal.segment == 1 and snap.proposal.title == "Ruby matte"
    token = snap.token
    assert snap.progress.offer is None                         # Ruby's offer has not started: not on air
    assert c.accept_proposal(41.0)
    snap = c.tick(41.0)
    assert c.segment == 1 and snap.proposal is None
    assert snap.token >= token                                 # the text stays where the host reads
    assert snap.progress.offer is not None and abs(snap.progress.offer.remaining_s - 600.0) < 1e-6
    assert not c.accept_proposal(42.0)                         # nothing left to accept


def test_a_repeated_welcome_line_does_not_drag_the_highlight_back(example_show_path):
    c = _controller(example_show_path, countdown_s=0)
    c.start(0.0)
    c.go_to_segment(2, 1.0)                                    # the host pressed Page Down twice
    c.on_caption(_event("Now something softer: Glow Gloss in Nude Rose.", 5.0), 5.0)
    assert c.tick(5.0).position.segment == 2
    for k in range(6):
        t = 10.0 + 10 * k
        c.on_caption(_event(WELCOME, t), t)
        snap = c.tick(t)
        assert (snap.segment, snap.position.segment, snap.proposal) == (2, 2, None)
    c.on_caption(_event("It gives a glassy shine without feeling sticky.", 80.0), 80.0)
    snap = c.tick(80.0)
    assert snap.position.segment == 2 and snap.position.line == 1   # the voice is followed again at once


def test_timed_scrolling_crosses_a_segment_without_switching_it(example_show_path):
    c = _controller(example_show_path, countdown_s=0, mode=ScrollMode.TIMED)
    c.start(0.0)
    c.set_timed_pace(4.0, 0.0)
    snap = c.tick(20.0)                                         # 80 words: past the Welcome segment
    assert snap.position.segment >= 1 and c.segment == 0 and snap.proposal is None
    # The host presses Page Down: the segment goes on air, the text stays where it scrolled to.
    c.go_to_segment(snap.position.segment, 20.0)
    assert c.segment == snap.position.segment and c.tick(20.0).token == snap.token


def _tokens(view: ScriptView, segment: int) -> list[int]:
    return list(view.segment_token_range(segment))


def test_proposals_are_stable_forward_only_and_dismissable(example_show_path):
    view = ScriptView(load_show(example_show_path))
    p = SegmentProposer(view)
    p.set_on_air(1)
    s1, s2, s3 = _tokens(view, 1), _tokens(view, 2), _tokens(view, 3)
    p.hear(s1[5], False)
    p.hear(s2[0], False)
    p.hear(s2[1], False)
    assert p.proposal is None                                   # two words: not yet
    p.hear(s2[2], False)
    assert p.proposal.segment == 2
    # Words back on air: withdrawn only after more words than it took to propose.
    for k in range(5):
        p.hear(s1[k], False)
    assert p.proposal.segment == 2
    p.hear(s1[5], False)
    assert p.proposal is None
    # An earlier segment's line (the welcome line again) proposes nothing.
    for token in _tokens(view, 0)[:8]:
        p.hear(token, False)
    assert p.proposal is None
    p.hear(s2[0], True)                                         # a leap is evidence enough
    assert p.proposal.segment == 2
    p.dismiss()
    for token in s2:
        p.hear(token, False)
    assert p.proposal is None                                   # dismissed: not proposed again
    for token in s3[:3]:
        p.hear(token, False)
    assert p.proposal.segment == 3                              # a later segment still is
    p.set_on_air(3)
    assert p.proposal is None


def test_a_line_read_back_and_forth_does_not_flip_the_proposal(example_show_path):
    view = ScriptView(load_show(example_show_path))
    p = SegmentProposer(view)
    p.set_on_air(1)
    s1, s2 = _tokens(view, 1), _tokens(view, 2)
    seen = []
    for _ in range(10):                  # the host wavers between the last line on air and the next one
        for token in s2[:3]:
            p.hear(token, False)
            seen.append(p.proposal)
        for token in s1[-4:]:
            p.hear(token, True)
            seen.append(p.proposal)
    changes = sum(1 for a, b in zip(seen, seen[1:]) if a != b)
    assert changes <= 1 and seen[-1] is not None and seen[-1].segment == 2
