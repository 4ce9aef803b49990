"""The early signal hears the first words of a line soon after the host starts it, whatever the
phase of its decodes: a jump shows in those words (studio.prompter.early_signal: onset_heard_s).
Real tiny.en decodes of espeak-ng speech, on a clock the test advances like a microphone."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from studio.captions.shedding import ShedLevel
from studio.capture.audio_file import decode_audio
from studio.prompter.early_job import EarlyBudget
from studio.prompter.early_signal import EarlySignalOptions

from tests.prompter.synth_reading import Step, synthesize, tools_missing
from tests.prompter.test_early_starvation import _run, recognizer  # noqa: F401  (a fixture)

CHUNK_S = 0.1
LINES = ("Today we open the new spring collection with three jackets and a linen shirt.",
         "The sandals everyone asked about last week are back in four colours.",
         "Stay with me until the end of the show for the last offer.")


class _BusyEngine:
    """The caption engine's side of the job's contract, under load: audio waits for the captions
    (their regular decodes are shed), so the early decode runs only when forced."""

    def __init__(self, recognizer) -> None:
        self.recognizer = recognizer
        self.shed_level = ShedLevel.SHORT_WINDOW
        self.rtf = 0.6
        self.decode_language = "en"
        self.options = SimpleNamespace(model="tiny.en")

    def stats(self):
        return SimpleNamespace(partials=0)

    def backlog_s(self) -> float:
        return 0.6

    def set_latency_guard(self, guard) -> None:
        pass


@pytest.fixture(scope="module")
def reading(tmp_path_factory):
    missing = tools_missing()
    if missing:
        pytest.fail(missing)
    reading = synthesize([Step("line", text, (0, i)) for i, text in enumerate(LINES)],
                         tmp_path_factory.mktemp("onset"))
    return reading, np.concatenate(list(decode_audio(reading.wav_path, block_s=1.0)))


def _windows(speech, engine, options: EarlySignalOptions):
    windows: list = []
    _arrivals, stats = _run(speech, engine, EarlyBudget(), options, windows)
    return windows, stats


def _first_after(windows, start_s: float, heard_s: float) -> float:
    return min(w.end_s for w in windows if w.end_s >= start_s + heard_s)


def test_each_new_line_gets_a_window_once_its_first_second_is_heard(reading, recognizer):
    truth, speech = reading
    options = EarlySignalOptions()
    windows, stats = _windows(speech, _BusyEngine(recognizer), options)
    assert stats.onset >= len(LINES) - 1, stats
    for line in truth.heard[1:]:
        # the window's audio ends at most a chunk after the first onset_heard_s of the line (the
        # voice gate's pause ends a little before the espeak clip's first sample)
        assert _first_after(windows, line.start_s - 0.3, options.onset_heard_s) \
            <= line.start_s + options.onset_heard_s + 2 * CHUNK_S, (line, [w.end_s for w in windows])


def test_without_it_the_forced_decodes_keep_their_own_phase(reading, recognizer):
    truth, speech = reading
    windows, stats = _windows(speech, _BusyEngine(recognizer), EarlySignalOptions(onset_heard_s=float("inf")))
    assert stats.onset == 0
    late = [line for line in truth.heard[1:]
            if _first_after(windows, line.start_s - 0.3, 1.0) > line.start_s + 1.0 + 2 * CHUNK_S]
    assert late, [w.end_s for w in windows]



def test_a_second_window_follows_once_two_more_words_are_heard(reading, recognizer):
    # The first window's cut-off last word is often dropped: one or two words of the new line, short of a leap.
    truth, speech = reading
    options = EarlySignalOptions()
    windows, stats = _windows(speech, _BusyEngine(recognizer), options)
    for line in truth.heard[1:]:
        first = _first_after(windows, line.start_s - 0.3, options.onset_heard_s)
        second = min(w.end_s for w in windows if w.end_s > first)
        assert second <= first + options.onset_again_s + 2 * CHUNK_S, (line, [w.end_s for w in windows])
    once, _stats = _windows(speech, _BusyEngine(recognizer), EarlySignalOptions(onset_windows=1))
    assert len(once) < len(windows)
