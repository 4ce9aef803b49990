"""Small media made by the tests themselves (nothing downloaded, nothing copied from ../shared)."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from studio.capture.test_pattern import TestPatternSource


def write_pattern_video(path: Path, seconds: float = 2.0, fps: int = 30, size=(640, 360),
                        tone_hz: float | None = 440.0, flash_at_s: tuple[float, ...] = ()) -> Path:
    """An H.264/AAC mp4 of the test pattern. At each flash time the frame is white and a
    50 ms full-scale beep starts in the audio (for A/V sync checks); otherwise the audio is a
    quiet tone (or silence when tone_hz is None)."""
    w, h = size
    pattern = TestPatternSource(w, h, fps)
    pattern.open()
    container = av.open(str(path), "w")
    video = container.add_stream("libx264", rate=fps)
    video.width, video.height, video.pix_fmt = w, h, "yuv420p"
    video.options = {"preset": "ultrafast"}
    audio = container.add_stream("aac", rate=16000)
    audio.layout = "mono"
    n_frames = int(seconds * fps)
    flash_frames = {int(round(t * fps)) for t in flash_at_s}
    for i in range(n_frames):
        image = pattern.read().image
        if i in flash_frames:
            image[:] = 255
        frame = av.VideoFrame.from_ndarray(image, format="bgr24")
        frame.pts, frame.time_base = i, Fraction(1, fps)
        for p in video.encode(frame):
            container.mux(p)
    samples = make_audio(seconds, tone_hz, flash_at_s)
    block = 1024
    for start in range(0, len(samples), block):
        chunk = samples[start: start + block]
        af = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="flt", layout="mono")
        af.sample_rate, af.pts = 16000, start
        for p in audio.encode(af):
            container.mux(p)
    for stream in (video, audio):
        for p in stream.encode(None):
            container.mux(p)
    container.close()
    return path


def make_audio(seconds: float, tone_hz: float | None, beeps_at_s: tuple[float, ...] = (),
               rate: int = 16000) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    samples = (0.05 * np.sin(2 * np.pi * tone_hz * t) if tone_hz else np.zeros_like(t)).astype(np.float32)
    for b in beeps_at_s:
        i0 = int(b * rate)
        i1 = min(len(t), i0 + int(0.05 * rate))
        samples[i0:i1] = 0.9 * np.sign(np.sin(2 * np.pi * 1000 * t[i0:i1]))
    return samples


def write_wav(path: Path, samples: np.ndarray, rate: int = 16000) -> Path:
    container = av.open(str(path), "w")
    stream = container.add_stream("pcm_s16le", rate=rate)
    stream.layout = "mono"
    af = av.AudioFrame.from_ndarray((samples.clip(-1, 1) * 32767).astype(np.int16).reshape(1, -1),
                                    format="s16", layout="mono")
    af.sample_rate = rate
    for p in stream.encode(af):
        container.mux(p)
    for p in stream.encode(None):
        container.mux(p)
    container.close()
    return path


def decode_video(path: Path) -> tuple[list[np.ndarray], list[float]]:
    images, times = [], []
    with av.open(str(path)) as c:
        for f in c.decode(video=0):
            images.append(f.to_ndarray(format="bgr24"))
            times.append(float(f.time))
    return images, times


def decode_audio_track(path: Path, rate: int = 16000) -> np.ndarray:
    from studio.capture.audio_file import load_audio

    return load_audio(path)
