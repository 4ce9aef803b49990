"""The early signal decodes only what the VAD takes for speech: noise or music as loud as a voice passes the
level gate, and Whisper's words for it (a window's guess is kept down to avg logprob -2.0) would hold off the
timed fallback (studio.prompter.early_signal: min_speech_share). Real tiny.en decodes, 0.1 s chunks."""

from __future__ import annotations

import numpy as np
import pytest

from studio.capture.audio_file import decode_audio
from studio.core.frames import level_dbfs
from studio.prompter.early_job import VOICE_ACTIVITY_DBFS
from studio.prompter.early_signal import EarlySignal, EarlySignalOptions

from tests.prompter.synth_reading import Step, synthesize, tools_missing
from tests.prompter.test_early_starvation import recognizer  # noqa: F401  (a fixture)

CHUNK = 1_600
LINE = "Tap the orange cart below to add the gloss to your basket before the offer ends tonight."


def _brown_noise(seed: int, seconds: float = 8.0) -> np.ndarray:
    """Brown noise at speaking level (leaky integrated white noise), a fixed draw."""
    white = np.random.default_rng(seed).standard_normal(int(seconds * 16_000))
    brown = np.empty_like(white)
    acc = 0.0
    for i, w in enumerate(white):
        acc = 0.995 * acc + w
        brown[i] = acc
    return (0.3 * brown / np.abs(brown).max()).astype(np.float32)


def _follow(signal: EarlySignal, audio: np.ndarray) -> tuple[list, bool]:
    """Feed the audio like a microphone, decoding whenever a window is due: (windows, level gate heard it)."""
    windows, heard = [], False
    for k in range(0, len(audio) - CHUNK + 1, CHUNK):
        block = audio[k:k + CHUNK]
        end_s = (k + CHUNK) / 16_000
        voiced = level_dbfs(block) > VOICE_ACTIVITY_DBFS
        heard |= voiced
        signal.feed(block, end_s, voiced)
        if signal.due(end_s):
            window = signal.decode(end_s)
            if window is not None:
                windows.append(window)
    return windows, heard


@pytest.mark.parametrize("seed", [2, 7, 10])   # draws tiny.en wrote words for without the VAD ("I'm going to go to the end of")
def test_loud_noise_is_never_decoded_into_words(recognizer, seed):  # noqa: F811
    signal = EarlySignal("tiny.en", "en", recognizer=recognizer)
    windows, heard = _follow(signal, _brown_noise(seed))
    assert heard                                   # as loud as a voice: the level gate lets it through
    assert windows == [] and signal.decodes == 0 and signal.nonspeech > 0


def test_speech_is_still_decoded_from_its_first_words(recognizer, tmp_path):  # noqa: F811
    missing = tools_missing()
    if missing:
        pytest.fail(missing)
    reading = synthesize([Step("line", LINE, (0, 0))], tmp_path)
    speech = np.concatenate(list(decode_audio(reading.wav_path, block_s=1.0)))
    # paced on the audio alone (a window every every_s): what the windows hear does not depend on the machine's load
    signal = EarlySignal("tiny.en", "en", EarlySignalOptions(max_share=float("inf")), recognizer=recognizer)
    windows, _heard = _follow(signal, speech)
    words = " ".join(w.text for w in windows).lower()
    assert "orange" in words and "below" in words
    # the first window comes within about a second and a half of the first word
    assert windows[0].end_s <= reading.heard[0].start_s + 1.6
