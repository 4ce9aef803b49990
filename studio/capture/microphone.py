"""The microphone through sounddevice (PortAudio). Kept small: everything behind it is file-tested."""

from __future__ import annotations

import logging
import queue

import numpy as np

from studio.capture.audio_file import BLOCK_S, AudioBlock
from studio.capture.base import SourceError
from studio.core.messages import message
from studio.core.frames import AUDIO_SAMPLE_RATE_HZ

log = logging.getLogger(__name__)


class MicrophoneSource:
    """Called on the audio-capture thread; PortAudio's callback runs on its own thread and
    only copies the block into a queue (no allocation-heavy work there)."""

    is_live = True
    reconnects = True

    def __init__(self, device: int | str | None = None, name: str | None = None) -> None:
        self.device = device
        self.label = name or (message("source.default_microphone") if device is None
                              else message("source.microphone_numbered", device=device))
        self.name = str(self.label)
        self._stream = None
        self._queue: queue.Queue[np.ndarray] = queue.Queue(maxsize=100)   # 10 s of 100 ms blocks
        self.dropped_blocks = 0   # oldest blocks thrown away because the reader fell behind
        self._device_rate_hz = AUDIO_SAMPLE_RATE_HZ
        self._resampler = None   # studio.capture.resample.MonoResampler, when the device rate differs

    def open(self) -> None:
        try:
            import sounddevice as sd
        except OSError as exc:  # PortAudio library missing
            raise SourceError(message("audio.unavailable", error=str(exc))) from None
        try:
            try:
                self._stream = self._start(sd, AUDIO_SAMPLE_RATE_HZ)
            except sd.PortAudioError:
                # Some drivers (WASAPI shared mode) only run at the device rate: resample ourselves.
                rate = int(sd.query_devices(self.device, "input")["default_samplerate"])
                self._stream = self._start(sd, rate)
        except (sd.PortAudioError, ValueError) as exc:
            raise SourceError(message("microphone.cannot_open", name=self.label, error=str(exc))) from None

    def _start(self, sd, rate_hz: int):
        self._device_rate_hz = rate_hz
        stream = sd.InputStream(device=self.device, channels=1, samplerate=rate_hz, dtype="float32",
                                blocksize=int(rate_hz * BLOCK_S), callback=self._callback)
        stream.start()
        return stream

    def _callback(self, indata, frames, time_info, status) -> None:
        block = indata[:, 0].copy()
        while True:
            try:
                self._queue.put_nowait(block)
                return
            except queue.Full:
                # The reader fell behind: live captions want what the host says now, so the
                # oldest block goes (the reader may take one meanwhile; then the put succeeds).
                try:
                    self._queue.get_nowait()
                    self.dropped_blocks += 1
                except queue.Empty:
                    pass

    def read(self) -> AudioBlock | None:
        try:
            samples = self._queue.get(timeout=2.0)
        except queue.Empty:
            raise SourceError(message("source.no_sound", name=self.label)) from None
        if self._device_rate_hz != AUDIO_SAMPLE_RATE_HZ:
            if self._resampler is None or self._resampler.rate_in_hz != self._device_rate_hz:
                from studio.capture.resample import MonoResampler

                self._resampler = MonoResampler(self._device_rate_hz, AUDIO_SAMPLE_RATE_HZ)
            samples = self._resampler.resample(samples)
        return AudioBlock(samples, None)

    def close(self) -> None:
        if self._stream is not None:
            try:
                self._stream.stop()
                self._stream.close()
            except Exception:  # the device may already be gone
                log.debug("closing %s", self.name, exc_info=True)
            self._stream = None
