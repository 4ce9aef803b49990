"""The early signal never leaves the follower without words for long while the host speaks
(studio.prompter.early_job: EarlyBudget.max_gap_s), even when the caption engine's load leaves it
no share; and its stats say why windows went missing. Real tiny.en decodes of espeak-ng speech,
on a clock the test advances like a microphone (0.1 s chunks)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from studio.captions.asr import WhisperRecognizer
from studio.captions.guards import SegmentScore, clean_segments, compression_ratio
from studio.captions.shedding import ShedLevel
from studio.capture.audio_file import decode_audio
from studio.core.frames import AudioChunk
from studio.prompter.early_job import EarlyBudget, EarlyJob
from studio.prompter.early_signal import EarlySignalOptions, window_text

from tests.conftest import require_installed_model
from tests.prompter.synth_reading import Step, synthesize, tools_missing

CHUNK_S = 0.1
TEXT = ("Today we open the new spring collection with three jackets, a linen shirt and the sandals "
        "everyone asked about last week, so stay with me until the end of the show.")


class _LoadedEngine:
    """The caption engine's side of the job's contract (studio.captions.engine.CaptionEngine),
    shedding hard: a real-time factor that leaves the early decode no share."""

    def __init__(self, recognizer, backlog_s: float) -> None:
        self.recognizer = recognizer
        self.shed_level = ShedLevel.SHORT_WINDOW
        self.rtf = 0.8
        self.decode_language = "en"
        self.options = SimpleNamespace(model="tiny.en")
        self._backlog_s = backlog_s
        self.guard = None

    def stats(self):
        return SimpleNamespace(partials=0)

    def backlog_s(self) -> float:
        return self._backlog_s

    def set_latency_guard(self, guard) -> None:
        self.guard = guard


@pytest.fixture(scope="module")
def speech(tmp_path_factory):
    missing = tools_missing()
    if missing:
        pytest.fail(missing)
    reading = synthesize([Step("line", TEXT, (0, 0))], tmp_path_factory.mktemp("starve"))
    return np.concatenate(list(decode_audio(reading.wav_path, block_s=1.0)))


@pytest.fixture(scope="module")
def recognizer():
    require_installed_model("whisper-tiny.en")
    return WhisperRecognizer("tiny.en", "cpu", 1)


def _run(speech, engine, budget: EarlyBudget, options: EarlySignalOptions | None = None, windows: list | None = None):
    """Feed the speech chunk by chunk, the job running after each; windows' arrival times (and the
    windows themselves in `windows`)."""
    clock = {"now": 0.0}
    arrivals: list[float] = []
    windows = [] if windows is None else windows

    def sink(event) -> None:
        arrivals.append(event.emitted_s)
        windows.append(event)

    job = EarlyJob(sink, lambda: clock["now"], options=options, budget=budget)
    step = int(CHUNK_S * 16_000)
    for k in range(0, len(speech) - step, step):
        clock["now"] = (k + step) / 16_000
        job.feed(AudioChunk(speech[k:k + step], int(k / 16_000 * 1e9)))
        job(engine)
    return arrivals, job.stats()


def test_a_window_comes_every_max_gap_while_the_host_speaks_even_with_no_share_left(speech, recognizer):
    arrivals, stats = _run(speech, _LoadedEngine(recognizer, backlog_s=0.6), EarlyBudget())
    assert stats.starved > 0 and len(arrivals) >= 4, stats
    gaps = np.diff(arrivals)
    assert gaps.max() <= EarlyBudget().max_gap_s + CHUNK_S + 0.5, gaps   # a decode's cost of slack
    assert stats.longest_gap_s <= EarlyBudget().max_gap_s + 1.0, stats


def test_without_the_floor_the_stats_show_the_gap_and_why(speech, recognizer):
    arrivals, stats = _run(speech, _LoadedEngine(recognizer, backlog_s=0.6),
                           EarlyBudget(max_gap_s=float("inf")))
    assert arrivals == [] and stats.decodes == 0
    assert stats.shed_budget > 0 and stats.longest_gap_s > 5.0, stats


def test_captions_about_to_drop_audio_still_go_first(speech, recognizer):
    arrivals, stats = _run(speech, _LoadedEngine(recognizer, backlog_s=3.0), EarlyBudget())
    assert arrivals == [] and stats.starved == 0, stats


def test_a_window_the_voice_gate_heard_is_not_taken_for_silence():
    # Over decode_quick's short padded encoder window Whisper often rates real speech as likely
    # silence (no_speech 0.6-0.97 on a third of the Spanish reading's windows, logprob -1.0 to -1.4).
    unsure = SegmentScore(" y en tu brazo aplica muy bien", -1.3, 0.97, 0.8)
    assert clean_segments([unsure], voiced_s=2.5) == ""
    assert clean_segments([unsure], voiced_s=2.5, heard_voice=True) == "y en tu brazo aplica muy bien"
    # loops and guesses are still dropped
    loop = " de la jefe" * 6
    assert clean_segments([SegmentScore(loop, -0.7, 0.8, compression_ratio(loop))], 2.5, heard_voice=True) == ""
    assert clean_segments([SegmentScore(" el", -6.3, 0.7, 0.3)], 2.5, heard_voice=True) == ""


def test_a_window_keeps_an_unsure_decode_that_a_caption_drops():
    # Base on a Portuguese reading: 3 in 10 windows decode at -1.5 to -2.0, often with script words
    # ("... apertam por igual"); a caption drops them as guesses, the follower can still align them.
    unsure = [SegmentScore(" com 2 urbansis, entre a pedaça por igual", -1.51, 0.4, 1.1)]
    assert clean_segments(unsure, 2.5, heard_voice=True) == ""
    assert window_text(unsure, 2.5, EarlySignalOptions()) == "com 2 urbansis, entre a pedaça por igual"
    # a decode far below is still no window, nor a loop
    assert window_text([SegmentScore(" e de cada.", -2.13, 0.4, 0.9)], 2.5, EarlySignalOptions()) == ""
    loop = " de la jefe" * 6
    assert window_text([SegmentScore(loop, -0.7, 0.8, compression_ratio(loop))], 2.5, EarlySignalOptions()) == ""


def _run_with_long_finals(speech, engine, expected_s: float, every_s: float = 2.0):
    """As _run, but every `every_s` the engine holds the thread for 2.5 s (a long final), saying
    beforehand it expects expected_s; the job is its latency guard. (arrivals, block starts, job)."""
    clock = {"now": 0.0}
    arrivals: list[float] = []
    job = EarlyJob(lambda event: arrivals.append(event.emitted_s), lambda: clock["now"], budget=EarlyBudget())
    step = int(CHUNK_S * 16_000)
    blocks, busy_until, next_block = [], 0.0, every_s
    for k in range(0, len(speech) - step, step):
        clock["now"] = (k + step) / 16_000
        job.feed(AudioChunk(speech[k:k + step], int(k / 16_000 * 1e9)))
        if clock["now"] < busy_until:
            continue                                  # the thread is decoding the final
        if clock["now"] >= next_block and engine.guard is not None:
            blocks.append(clock["now"])
            engine.guard.before_block(expected_s)
            busy_until, next_block = clock["now"] + 2.5, clock["now"] + 2.5 + every_s
            continue
        job(engine)
    return arrivals, blocks, job


def test_before_a_long_final_the_follower_hears_the_newest_words_first(speech, recognizer):
    engine = _LoadedEngine(recognizer, backlog_s=0.0)
    arrivals, blocks, job = _run_with_long_finals(speech, engine, expected_s=2.5)
    assert engine.guard is job and len(blocks) >= 2
    assert job.stats().before_final >= 1
    # each of those finals took the thread with fresh words just heard: a window of its own (stamped
    # after its decode's cost) or one under every_s old (another would hear the same words)
    fresh = [any(b - EarlySignalOptions().every_s - CHUNK_S <= a < b + 0.5 for a in arrivals) for b in blocks]
    assert all(fresh[:-1]), (arrivals, blocks)     # the last may come as the speech ends
    # and the engine is told how long one decode may hold the thread while the follower listens
    budget = job.block_budget_s()
    assert EarlyBudget().min_block_s <= budget <= EarlyBudget().max_gap_s


def test_a_short_engine_decode_is_not_preceded_by_one_of_ours(speech, recognizer):
    engine = _LoadedEngine(recognizer, backlog_s=0.0)
    _arrivals, blocks, job = _run_with_long_finals(speech, engine, expected_s=0.1)
    assert blocks and job.stats().before_final == 0


def test_no_budget_when_the_follower_is_not_listening(speech, recognizer):
    engine = _LoadedEngine(recognizer, backlog_s=0.0)
    job = EarlyJob(lambda event: None, lambda: 1.0, wanted=lambda: False)
    job.feed(AudioChunk(speech[:1600], 0))
    job(engine)
    assert job.block_budget_s() is None
