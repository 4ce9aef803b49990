"""Audio files (wav, mp3, m4a, or the audio track of a video) decoded with PyAV to 16 kHz mono float32."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import av
import numpy as np

from studio.capture.base import SourceError
from studio.core.messages import message
from studio.core.frames import AUDIO_SAMPLE_RATE_HZ

BLOCK_S = 0.1  # 100 ms blocks: fine enough for the level meter, cheap enough per block


class AudioBlock:
    __slots__ = ("samples", "media_time_s")

    def __init__(self, samples: np.ndarray, media_time_s: float | None) -> None:
        self.samples = samples
        self.media_time_s = media_time_s


def decode_audio(path: str | Path, block_s: float = BLOCK_S) -> Iterator[np.ndarray]:
    """Yield 16 kHz mono float32 blocks of block_s seconds (the last one may be shorter).

    Raises SourceError when the file cannot be opened or has no audio; a damaged
    packet in the middle is skipped, a truncated file just ends.
    """
    path = Path(path)
    if not path.is_file():
        raise SourceError(message("audio_file.missing", path=str(path)))
    try:
        container = av.open(str(path))
    except av.FFmpegError as exc:
        raise SourceError(message("audio_file.unreadable", name=path.name, error=str(exc))) from None
    try:
        if not container.streams.audio:
            raise SourceError(message("audio_file.no_track", name=path.name))
        stream = container.streams.audio[0]
        resampler = av.AudioResampler(format="flt", layout="mono", rate=AUDIO_SAMPLE_RATE_HZ)
        block_len = int(round(block_s * AUDIO_SAMPLE_RATE_HZ))
        pending = np.zeros(0, np.float32)
        for packet in container.demux(stream):
            try:
                frames = packet.decode()
            except av.FFmpegError:
                continue  # one damaged packet costs a few ms of audio, not the session
            for frame in frames:
                for out in resampler.resample(frame):
                    pending = np.concatenate([pending, out.to_ndarray().reshape(-1)])
                while len(pending) >= block_len:
                    yield pending[:block_len].copy()
                    pending = pending[block_len:]
        for out in resampler.resample(None):
            pending = np.concatenate([pending, out.to_ndarray().reshape(-1)])
        while len(pending):
            yield pending[:block_len].copy()
            pending = pending[block_len:]
    finally:
        container.close()


def load_audio(path: str | Path) -> np.ndarray:
    """A whole file as one 16 kHz mono float32 array."""
    blocks = list(decode_audio(path, block_s=10.0))
    return np.concatenate(blocks) if blocks else np.zeros(0, np.float32)


class AudioFileSource:
    """An audio file as a microphone stand-in. Called on the audio-capture thread only."""

    is_live = False

    def __init__(self, path: str | Path, loop: bool = False) -> None:
        self.path = Path(path)
        self.loop = loop
        self.name = self.path.name
        self._blocks: Iterator[np.ndarray] | None = None
        self._time_s = 0.0

    def open(self) -> None:
        self._blocks = decode_audio(self.path)
        # Decode the first block now so a bad file fails at open, with its message.
        try:
            self._first: np.ndarray | None = next(self._blocks)
        except StopIteration:
            raise SourceError(message("audio_file.no_samples", name=self.path.name)) from None

    def read(self) -> AudioBlock | None:
        if self._blocks is None:
            raise SourceError(message("source.not_open", name=self.name))
        if self._first is not None:
            samples, self._first = self._first, None
        else:
            samples = next(self._blocks, None)
            if samples is None:
                if not self.loop:
                    return None
                self._blocks = decode_audio(self.path)
                samples = next(self._blocks, None)
                if samples is None:
                    return None
        block = AudioBlock(samples, self._time_s)
        self._time_s += len(samples) / AUDIO_SAMPLE_RATE_HZ
        return block

    def close(self) -> None:
        self._blocks = None


class SilenceSource:
    """Digital silence, for a show with no microphone (a muted rehearsal)."""

    is_live = False
    name = "silence"

    def __init__(self, duration_s: float | None = None) -> None:
        self.duration_s = duration_s
        self._time_s = 0.0

    def open(self) -> None:
        self._time_s = 0.0

    def read(self) -> AudioBlock | None:
        if self.duration_s is not None and self._time_s >= self.duration_s:
            return None
        n = int(BLOCK_S * AUDIO_SAMPLE_RATE_HZ)
        block = AudioBlock(np.zeros(n, np.float32), self._time_s)
        self._time_s += BLOCK_S
        return block

    def close(self) -> None:
        pass
