"""Voice follow in a live session (the window and `studio run --follow` build the same one): an
audio file paced like a microphone, the real caption engine with tiny.en, and the follower's early
signal decoded on the captions thread with the captions' model (studio.prompter.early_job)."""

from __future__ import annotations

import time

import pytest

from studio.captions.options import CaptionOptions
from studio.capture.sources import AudioSourceConfig
from studio.core.events import CaptionEvent
from studio.live.assembly import build_session
from studio.live.options import LiveOptions, PrompterMode, TryOnMode
from studio.live.session import SessionConfig, VideoSourceConfig
from studio.show import load_show

from tests.conftest import require_installed_model
from tests.prompter.synth_reading import line, synthesize, tools_missing


def _file_session(show, reading, captions: CaptionOptions, prompter: PrompterMode):
    """A live session fed by the reading's audio file at its own pace, as a microphone would be."""
    missing = tools_missing()
    if missing:
        pytest.fail(missing)
    require_installed_model("whisper-tiny.en")
    config = SessionConfig(video=VideoSourceConfig("pattern", width=160, height=90, fps=10,
                                                   duration_s=reading.duration_s + 10),
                           audio=AudioSourceConfig("file", path=str(reading.wav_path)))
    return build_session(LiveOptions(session=config, tryon=TryOnMode.OFF, price_card=False, disclosure=False,
                                     compliance=False, captions=captions, prompter=prompter), show)


@pytest.mark.slow   # a 17 s reading paced in real time, as a microphone delivers it
def test_a_file_driven_live_session_follows_the_reading_with_the_early_signal(example_show_path, tmp_path):
    show = load_show(example_show_path)
    read = [(0, 0), (0, 2), (1, 0), (1, 2), (1, 3), (2, 0)]        # skips "This live is sponsored..."
    reading = synthesize([line(show, s, i) for s, i in read], tmp_path)
    # No partials: before the first pause only the early signal can place the host.
    session = _file_session(show, reading, CaptionOptions(language="en", model="tiny.en", partial_interval_s=1e9),
                            PrompterMode.FOLLOW)
    assert session.prompter.early is not None
    first_final, first_heard = [], []
    session.events.subscribe(CaptionEvent, lambda e: e.kind == "final" and e.text and not first_final
                             and first_final.append(session.clock.now_s()))
    session.prompter.add_listener(lambda snap: snap.heard_token is not None and not first_heard
                                  and first_heard.append(session.clock.now_s()))
    session.start()
    try:
        time.sleep(reading.duration_s + 3.0)
    finally:
        session.stop()

    early = session.prompter.early.stats()
    assert early.decodes > 0 and early.windows > 0, early
    assert early.share <= 0.35 + 0.05, early            # within its budget of the captions thread (EarlyBudget)
    report = session.captions.report()
    assert report["finals"] >= 1 and report["shed_audio_s"] == 0.0, report   # captions not starved
    assert first_heard and first_final and first_heard[0] < first_final[0]  # the early signal got there first
    # The highlight reaches the lines read in reading order and ends on the last one.
    shown = [(m.segment, m.line) for m in session.prompter.moves]
    first_visits = [read.index(pos) for pos in dict.fromkeys(shown) if pos in read]
    assert first_visits == sorted(first_visits) and len(first_visits) >= 5 and shown[-1] == (2, 0), shown
    assert session.prompter.report()["early_signal"]["decodes"] == early.decodes


@pytest.mark.slow   # a 6 s reading paced in real time
def test_the_early_signal_waits_while_the_prompter_is_in_standby(example_show_path, tmp_path):
    """The window's prompter waits for the host's Start: no early decodes until then."""
    show = load_show(example_show_path)
    reading = synthesize([line(show, 0, 0), line(show, 0, 2)], tmp_path)
    session = _file_session(show, reading, CaptionOptions(language="en", model="tiny.en"), PrompterMode.STANDBY)
    session.start()
    try:
        time.sleep(reading.duration_s + 2.0)
    finally:
        session.stop()
    assert session.captions.report()["finals"] >= 1          # the captions heard the reading
    assert session.prompter.early.stats().decodes == 0
