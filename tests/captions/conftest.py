"""Speech for the caption tests: espeak-ng voices rendered into tmp dirs (real clips come from
../shared/data/speech through the `shared_speech` fixture of tests/conftest.py)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from .speech import SR


@pytest.fixture(scope="session")
def speak(tmp_path_factory):
    """speak(text, voice="en-us", speed_wpm=150) -> 16 kHz float32 speech made with espeak-ng."""
    if shutil.which("espeak-ng") is None:
        pytest.fail("espeak-ng is not installed: run scripts/setup.sh")
    from studio.capture.audio_file import load_audio

    folder = tmp_path_factory.mktemp("espeak")
    cache: dict = {}

    def make(text: str, voice: str = "en-us", speed_wpm: int = 150) -> np.ndarray:
        key = (text, voice, speed_wpm)
        if key not in cache:
            wav = folder / f"{len(cache)}.wav"
            subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed_wpm), "-w", str(wav), text],
                           check=True, capture_output=True)
            cache[key] = load_audio(wav)
        return cache[key]

    return make


@pytest.fixture(scope="session")
def wav_writer(tmp_path_factory):
    """write(audio, name) -> Path of a 16 kHz mono WAV (for the CLI and caption_file)."""
    import wave

    folder = tmp_path_factory.mktemp("wav")

    def write(audio: np.ndarray, name: str) -> Path:
        path = folder / name
        pcm = (np.clip(audio, -1, 1) * 32767).astype("<i2")
        with wave.open(str(path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(SR)
            w.writeframes(pcm.tobytes())
        return path

    return write
