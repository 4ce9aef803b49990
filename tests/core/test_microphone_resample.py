"""A microphone that only runs at its own rate (48 kHz WASAPI shared mode) is resampled to 16 kHz
block by block with FFmpeg's resampler: the pitch stays, the length is a third, block edges are
continuous (the filter keeps its state)."""

from __future__ import annotations

import numpy as np

from studio.capture.microphone import MicrophoneSource
from studio.capture.resample import MonoResampler
from studio.core.frames import AUDIO_SAMPLE_RATE_HZ

DEVICE_RATE_HZ = 48_000
TONE_HZ = 440.0


def _tone(rate_hz: int, seconds: float) -> np.ndarray:
    t = np.arange(int(rate_hz * seconds)) / rate_hz
    return (0.5 * np.sin(2 * np.pi * TONE_HZ * t)).astype(np.float32)


def _peak_hz(samples: np.ndarray, rate_hz: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.argmax(spectrum) * rate_hz / len(samples))


def test_a_48_khz_microphone_reaches_the_studio_at_16_khz_with_its_pitch():
    mic = MicrophoneSource()
    mic._device_rate_hz = DEVICE_RATE_HZ
    tone = _tone(DEVICE_RATE_HZ, 2.0)
    block = int(DEVICE_RATE_HZ * 0.1)
    for start in range(0, len(tone), block):
        mic._callback(tone[start:start + block, None], block, None, None)
    out = np.concatenate([mic.read().samples for _ in range(len(tone) // block)])
    assert out.dtype == np.float32
    expected = len(tone) * AUDIO_SAMPLE_RATE_HZ // DEVICE_RATE_HZ
    assert expected - 100 <= len(out) <= expected, "a third of the samples, less the filter's short delay"
    assert abs(_peak_hz(out[1600:], AUDIO_SAMPLE_RATE_HZ) - TONE_HZ) < 5.0
    assert 0.45 < np.abs(out[1600:]).max() < 0.55, "the level is kept"


def test_block_edges_are_continuous():
    resampler = MonoResampler(DEVICE_RATE_HZ, AUDIO_SAMPLE_RATE_HZ)
    tone = _tone(DEVICE_RATE_HZ, 1.0)
    pieces = [resampler.resample(tone[i:i + 4800]) for i in range(0, len(tone), 4800)]
    joined = np.concatenate(pieces)[800:]
    # A 440 Hz sine at 16 kHz moves at most 2*pi*440/16000*0.5 ~ 0.087 between samples; a restart
    # of the filter at a block edge would jump far more.
    assert np.abs(np.diff(joined)).max() < 0.1
