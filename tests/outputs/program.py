"""A generated program for the output tests: dark frames with white flashes and a tone
burst at the same instants, fed in real time on a session-style clock, plus the
detectors that find flashes and bursts again in what a server received."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from studio.core.frames import AUDIO_SAMPLE_RATE_HZ, AudioChunk, VideoFrame

FLASH_FRAMES = 2
BURST_S = 0.06


@dataclass
class Program:
    width: int = 320
    height: int = 240
    fps: int = 15
    flashes_s: tuple[float, ...] = (1.0, 2.0, 3.0)
    audio_block_s: float = 0.02

    def frame(self, index: int, start_ns: int) -> VideoFrame:
        ts = start_ns + index * 1_000_000_000 // self.fps
        t = index / self.fps
        flash = any(0 <= t - f < FLASH_FRAMES / self.fps - 1e-6 for f in self.flashes_s)
        image = np.full((self.height, self.width, 3), 235 if flash else 20, np.uint8)
        image[:, : self.width * (index % self.fps) // self.fps, 1] = 60   # motion for the encoder
        return VideoFrame(image, ts, index, ts)

    def audio(self, block: int, start_ns: int) -> AudioChunk:
        n = int(AUDIO_SAMPLE_RATE_HZ * self.audio_block_s)
        t = (block * n + np.arange(n)) / AUDIO_SAMPLE_RATE_HZ
        on = np.zeros(n, bool)
        for f in self.flashes_s:
            on |= (t >= f) & (t < f + BURST_S)
        samples = (0.5 * np.sin(2 * np.pi * 1000 * t) * on).astype(np.float32)
        return AudioChunk(samples, start_ns + int(block * n * 1e9 / AUDIO_SAMPLE_RATE_HZ))


def feed(outputs, program: Program, duration_s: float, start_ns: int, offset_s: float = 0.0,
         audio: bool = True) -> float:
    """Feed `duration_s` of the program from `offset_s` in real time; returns the slowest write in s."""
    clock0 = time.monotonic()
    frame_i = round(offset_s * program.fps)
    block_i = round(offset_s / program.audio_block_s)
    end_s = offset_s + duration_s
    slowest_s = 0.0
    while True:
        next_video_s = frame_i / program.fps
        next_audio_s = (block_i + 1) * program.audio_block_s   # a block leaves once it is full
        due_s = min(next_video_s, next_audio_s if audio else 1e9)
        if due_s >= end_s:
            return slowest_s
        delay = clock0 + (due_s - offset_s) - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        began = time.monotonic()
        if due_s == next_video_s:
            frame = program.frame(frame_i, start_ns)
            for out in outputs:
                out.write_video(frame)
            frame_i += 1
        else:
            chunk = program.audio(block_i, start_ns)
            for out in outputs:
                out.write_audio(chunk)
            block_i += 1
        slowest_s = max(slowest_s, time.monotonic() - began)


@dataclass
class Received:
    width: int
    height: int
    video_codec: str
    audio_codec: str | None
    sample_rate_hz: int
    video_times_s: list[float]
    flash_times_s: list[float]
    burst_times_s: list[float]
    audio_duration_s: float


def analyse(path: Path) -> Received:
    """Decode a received FLV and find the flashes (bright frames) and tone bursts (loud onsets)."""
    with av.open(str(path)) as container:
        vstream = container.streams.video[0]
        astreams = container.streams.audio
        times, flashes, bright_before = [], [], False
        for frame in container.decode(vstream):
            t = float(frame.time)
            times.append(t)
            bright = frame.to_ndarray(format="gray").mean() > 128
            if bright and not bright_before:
                flashes.append(t)
            bright_before = bright
        width, height, vcodec = vstream.codec_context.width, vstream.codec_context.height, vstream.codec_context.name
    bursts, audio_s, rate, acodec = [], 0.0, 0, None
    if astreams:
        with av.open(str(path)) as container:
            astream = container.streams.audio[0]
            acodec, rate = astream.codec_context.name, astream.codec_context.sample_rate
            pieces, start = [], None
            for frame in container.decode(astream):
                if start is None:
                    start = float(frame.time)
                pieces.append(frame.to_ndarray()[0])
            samples = np.concatenate(pieces) if pieces else np.zeros(0)
            audio_s = len(samples) / rate
            window = rate // 200                   # 5 ms
            usable = len(samples) // window * window
            level = np.abs(samples[:usable]).reshape(-1, window).max(axis=1)
            loud_before = False
            for i, value in enumerate(level):
                loud = value > 0.1
                if loud and not loud_before:
                    onset = i * window + int(np.argmax(np.abs(samples[i * window:(i + 1) * window]) > 0.1))
                    bursts.append((start or 0.0) + onset / rate)
                loud_before = loud
    return Received(width, height, vcodec, acodec, rate, times, flashes, bursts, audio_s)
