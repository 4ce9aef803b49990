from studio.core.events import CaptionEvent
from studio.prompter.controller import PrompterController, PrompterOptions, PrompterState, ScrollMode
from studio.show import load_show


def _event(text: str, t: float) -> CaptionEvent:
    return CaptionEvent("final", t, t, t, text, "en")


def _controller(example_show_path, **kw) -> PrompterController:
    return PrompterController(load_show(example_show_path), PrompterOptions(**kw))


def test_states_standby_countdown_prompting_and_pause(example_show_path):
    c = _controller(example_show_path, countdown_s=3.0)
    assert c.tick(0.0).state is PrompterState.STANDBY
    c.start(10.0)
    snap = c.tick(11.0)
    assert snap.state is PrompterState.COUNTDOWN and abs(snap.countdown_left_s - 2.0) < 1e-9
    assert c.tick(13.0).state is PrompterState.PROMPTING
    c.toggle_pause(20.0)
    assert c.tick(21.0).state is PrompterState.STANDBY
    c.edit()
    assert c.on_caption(_event("Hi everyone welcome", 22.0), 22.0) is None
    assert c.follower.position is None


def test_voice_follow_moves_the_highlight_and_the_timer_follows_the_segment_on_air(example_show_path):
    c = _controller(example_show_path, countdown_s=0)
    c.start(0.0)
    c.on_caption(_event("Hi everyone welcome to the autumn lip launch", 3.0), 3.0)
    c.on_caption(_event("This is Ruby a deep red with a soft matte finish", 40.0), 40.0)
    snap = c.tick(40.0)
    assert snap.position.segment == 1 and c.segment == 0 and snap.proposal.segment == 1
    c.accept_proposal(40.0)                  # the host puts Ruby on air
    snap = c.tick(50.0)
    progress = snap.progress
    assert progress.current.index == 1
    assert abs(progress.segments[0].elapsed_s - 40.0) < 1e-9
    assert abs(progress.current.remaining_s - (300.0 - 10.0)) < 1e-9
    # The Ruby segment's offer (10m) started when Ruby went on air.
    assert progress.offer is not None and abs(progress.offer.remaining_s - 590.0) < 1e-9
    assert abs(progress.remaining_planned_s - (290.0 + 240 + 240 + 180)) < 1e-9
    assert progress.segments[0].words_done == progress.segments[0].words_total


def test_falls_back_to_timed_when_nothing_is_recognized_then_voice_resumes(example_show_path):
    c = _controller(example_show_path, countdown_s=0, voice_fallback_after_s=5.0, default_words_per_s=2.0)
    c.start(0.0)
    c.on_caption(_event("Hi everyone welcome to the autumn lip launch", 2.0), 2.0)
    token = c.follower.token
    c.note_voice_activity(6.0)
    assert c.tick(6.0).active_mode is ScrollMode.VOICE      # 4 s without words: still voice
    c.note_voice_activity(7.5)
    snap = c.tick(7.5)
    assert snap.active_mode is ScrollMode.TIMED and snap.mode is ScrollMode.VOICE
    shown = snap.token                                        # the heard word and the lead before it
    assert shown >= token
    snap = c.tick(9.5)                                        # 2 s at 2 words/s, on from the highlight
    assert snap.token == shown + 4
    # The host is heard reading again: voice takes over where they are.
    c.on_caption(_event("and a special offer for everyone watching", 10.0), 10.0)
    snap = c.tick(10.5)
    assert snap.active_mode is ScrollMode.VOICE
    assert c.script.line_of_token(snap.token).text.startswith("Tonight we have")


def test_silence_does_not_trigger_timed_scrolling_when_the_level_is_known(example_show_path):
    c = _controller(example_show_path, countdown_s=0, voice_fallback_after_s=5.0)
    c.start(0.0)
    c.on_caption(_event("Hi everyone welcome", 1.0), 1.0)
    c.note_voice_activity(1.0)                 # then the host is silent (holding up the product)
    assert c.tick(30.0).active_mode is ScrollMode.VOICE


def test_hotkeys_and_manual_line_steps(example_show_path):
    c = _controller(example_show_path, countdown_s=0, mode=ScrollMode.MANUAL)
    c.start(0.0)
    c.next_segment(1.0)
    c.next_segment(2.0)
    assert c.tick(2.0).position.segment == 2
    c.previous_segment(3.0)
    assert c.tick(3.0).position.segment == 1
    c.step_lines(1, 4.0)
    snap = c.tick(4.0)
    assert c.script.line_of_token(snap.token).text.startswith("It glides")   # the cue is skipped
    assert c.on_caption(_event("these aviators have a light blue light filter", 5.0), 5.0) is None
    assert c.tick(60.0).position.segment == 1                                # manual: nothing moves


def test_timed_mode_uses_the_measured_pace(example_show_path):
    c = _controller(example_show_path, countdown_s=0)
    c.start(0.0)
    words = ("Hi everyone welcome to the autumn lip launch tonight we have four new products "
             "and a special offer for everyone watching").split()
    t = 0.0
    for i, word in enumerate(words):
        t = (i + 1) / 3.0
        c.on_caption(CaptionEvent("final", t, t, t, word, "en"), t)
    assert abs(c.words_per_s() - 3.0) < 0.35


def test_worker_thread_applies_captions_and_commands_and_reports_snapshots(example_show_path):
    import threading

    from studio.prompter.worker import PrompterCommand, PrompterWorker

    now = [0.0]
    snapshots = []
    segments = []
    got = threading.Event()

    def on_snapshot(snap):
        snapshots.append(snap)
        if snap.segment == 2 and snap.position is not None and snap.position.segment == 2:
            got.set()

    worker = PrompterWorker(load_show(example_show_path), lambda: now[0], on_snapshot,
                            PrompterOptions(countdown_s=0), on_segment=segments.append, tick_s=0.01)
    worker.start()
    try:
        worker.command(PrompterCommand.START)
        worker.submit_caption(_event("This is Ruby a deep red with a soft matte finish", 1.0))
        worker.command(PrompterCommand.NEXT_SEGMENT)     # Ruby on air, where the voice already is
        worker.command(PrompterCommand.NEXT_SEGMENT)     # then Nude gloss
        assert got.wait(5.0)
    finally:
        worker.stop()
    assert snapshots[-1].state is PrompterState.PROMPTING
    assert segments[-1] == 2                 # the host's Next in the prompter (not the voice): Nude gloss


def test_speed_control_sets_the_timed_pace(example_show_path):
    c = _controller(example_show_path, countdown_s=0, mode=ScrollMode.TIMED)
    c.start(0.0)
    c.set_timed_pace(4.0, 0.0)
    assert c.tick(2.0).token == 7            # 8 words in 2 s, from before the first word


def test_worker_follows_the_session_without_echoing_it_back(example_show_path):
    import threading

    from studio.prompter.worker import PrompterCommand, PrompterWorker

    reached = threading.Event()
    segments = []

    def on_snapshot(snap):
        if snap.position is not None and snap.position.segment == 3:
            reached.set()

    worker = PrompterWorker(load_show(example_show_path), lambda: 0.0, on_snapshot, PrompterOptions(countdown_s=0),
                            on_segment=segments.append, tick_s=0.01)
    worker.start()
    try:
        for index in (1, 2, 3):                  # the host pressed PageDown three times in the window
            worker.command(PrompterCommand.GO_TO_SEGMENT, index)
        assert reached.wait(5.0)
    finally:
        worker.stop()
    assert segments == []
