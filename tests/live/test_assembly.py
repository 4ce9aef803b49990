"""One session assembled once from one options record (studio.live), and its parts talking on the
bus: a final caption reaches the prompter's follower straight from the bus (no GUI thread), voice
follow only proposes, the host's accept goes to the session, and the session owns the segment."""

from __future__ import annotations

import time

from studio.core.events import CaptionEvent
from studio.live.assembly import build_session
from studio.live.options import LiveOptions, OutputOptions, PrompterMode, TryOnMode
from studio.live.session import SessionConfig, VideoSourceConfig
from studio.prompter.worker import PrompterCommand
from studio.show import load_show

PATTERN = SessionConfig(video=VideoSourceConfig("pattern", width=160, height=90, fps=10, duration_s=30))


def _wait(predicate, timeout_s: float = 8.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.01)


def _final(session, text: str) -> CaptionEvent:
    now = session.clock.now_s()
    return CaptionEvent("final", now - 2.0, now, now, text, "en")


def test_the_options_record_puts_every_part_on_typed_attributes(example_show_path):
    show = load_show(example_show_path)
    session = build_session(LiveOptions(session=PATTERN, tryon=TryOnMode.OFF, prompter=PrompterMode.STANDBY,
                                        outputs=OutputOptions(caption_feed_port=0)), show)
    assert not hasattr(session, "features")
    assert session.price_card is not None and session.ticker is not None       # the show has markets
    assert session.tryon is None and session.captions is None
    assert session.prompter is not None and session.outputs.caption_feed is not None
    assert {"price_card", "disclosure_ticker", "prompter", "caption_feed"} <= set(session.assembly.names)
    assert session.assembly.problems == []
    feed = session.outputs.caption_feed
    session.start()
    session.stop()
    assert feed.port is None and session.outputs.caption_feed is None    # the session closed its outputs


def test_no_show_no_prompter_and_a_pinned_look_brings_tryon():
    session = build_session(LiveOptions(session=PATTERN, tryon_look="glasses:aviator",
                                        prompter=PrompterMode.STANDBY))
    assert session.prompter is None and session.ticker is None
    assert session.tryon is not None and session.tryon.controls.manual_look_id == "glasses:aviator"
    session.tryon.close()


def test_a_final_caption_reaches_the_follower_on_the_bus_and_only_the_host_switches(example_show_path):
    show = load_show(example_show_path)
    session = build_session(LiveOptions(session=PATTERN, tryon=TryOnMode.OFF, price_card=False,
                                        disclosure=False, prompter=PrompterMode.FOLLOW), show)
    session.start()
    try:
        prompter = session.prompter
        _wait(lambda: prompter.snapshot is not None and prompter.snapshot.state.value == "prompting")
        # What the captions thread does: publish on the bus. Nothing here runs a Qt event loop.
        session.events.publish(_final(session, "This is Ruby, a deep red with a soft matte finish."))
        _wait(lambda: prompter.snapshot.position is not None and prompter.snapshot.position.segment == 1)
        _wait(lambda: prompter.snapshot.proposal is not None)
        assert prompter.snapshot.proposal.segment == 1
        assert session.segment_index == 0                       # proposed, never switched
        prompter.command(PrompterCommand.ACCEPT_PROPOSAL)       # the host's one click
        _wait(lambda: session.segment_index == 1)
        session.go_to_segment(3)                                # the producer moves elsewhere
        _wait(lambda: prompter.snapshot.segment == 3)
        assert session.segment_index == 3
    finally:
        session.stop()
    report = session.prompter.report()
    assert report["on_air"] == 3 and 1 in report["proposals"]
    assert any(move["heard"] and move["on_air"] == 0 for move in report["moves"])


def test_a_rebuilt_session_keeps_the_prompters_place(example_show_path):
    """The window rebuilds the session when the host switches sources: the prompter goes on."""
    show = load_show(example_show_path)
    options = LiveOptions(session=PATTERN, tryon=TryOnMode.OFF, price_card=False, disclosure=False,
                          prompter=PrompterMode.FOLLOW)
    first = build_session(options, show)
    first.start()
    try:
        _wait(lambda: first.prompter.snapshot is not None and first.prompter.snapshot.state.value == "prompting")
        first.events.publish(_final(first, "Now something softer: Glow Gloss in Nude Rose."))
        _wait(lambda: first.prompter.snapshot.position is not None and first.prompter.snapshot.position.segment == 2)
    finally:
        first.stop()
    second = build_session(options, show, carry_from=first)
    second.start()
    try:
        _wait(lambda: second.prompter.snapshot is not None)
        assert second.prompter.snapshot.position.segment == 2
    finally:
        second.stop()


def test_outputs_switched_on_and_off_mid_session():
    port = 0   # any free port: the machine is shared
    session = build_session(LiveOptions(session=PATTERN, tryon=TryOnMode.OFF))
    session.start()
    try:
        url = session.outputs.start_caption_feed(port)
        assert url.startswith("http://127.0.0.1:") and session.outputs.start_caption_feed(port) == url
        assert any(h["name"] == "caption feed" for h in session.outputs.health())
        session.outputs.stop_caption_feed()
        assert session.outputs.caption_feed is None
    finally:
        session.stop()


def test_captions_that_cannot_run_are_a_problem_and_can_be_started_later(tmp_path, monkeypatch):
    """The captions are there to command (the window's dock), but never look as if they ran."""
    import os

    from studio.captions.options import CaptionOptions

    models_dir = os.environ.get("STUDIO_MODELS_DIR")
    monkeypatch.setenv("STUDIO_MODELS_DIR", str(tmp_path / "no-models"))
    session = build_session(LiveOptions(session=PATTERN, tryon=TryOnMode.OFF,
                                        captions=CaptionOptions(language="en", model="tiny.en")))
    captions = session.captions
    assert not captions.running and captions.thread is None and "captions" not in session.assembly.names
    assert any("whisper-tiny.en" in p for p in session.assembly.problems)
    assert captions.snapshot().problems and captions.finals == []
    if models_dir is None:                              # the host imported the model
        monkeypatch.delenv("STUDIO_MODELS_DIR")
    else:
        monkeypatch.setenv("STUDIO_MODELS_DIR", models_dir)
    assert captions.start() == [] and captions.running and captions.thread is not None
    assert captions.snapshot().state == "idle"          # the model loads on the captions thread
    captions.stop()
    assert not captions.running and captions.bar.enabled is False
