"""The MP4 recorder: H.264 + AAC with PyAV, on its own thread, crash-tolerant.

Fragmented MP4 (a fragment per keyframe, one keyframe every 2 s) means a killed
process leaves a file that plays up to its last couple of seconds. Audio and
video presentation times both come from the session clock, so they stay in sync.
A full disk stops the recording with a clear message; the session goes on.
"""

from __future__ import annotations

import errno
import logging
import queue
import threading
import time
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from studio.core.events import EventBus, RecorderStateChanged, Severity, StatusMessage
from studio.core.frames import AUDIO_SAMPLE_RATE_HZ, AudioChunk, VideoFrame
from studio.core.metrics import StageMeter
from studio.outputs.base import OutputHealth

log = logging.getLogger(__name__)

VIDEO_TIME_BASE = Fraction(1, 90_000)
AUDIO_RATE_HZ = 48_000
FRAGMENTED_MP4 = {"movflags": "frag_keyframe+empty_moov+default_base_moof"}


@dataclass(frozen=True)
class RecorderOptions:
    fps: float = 30.0                 # nominal; real timing comes from frame timestamps
    video_bitrate_kbps: int = 6000
    preset: str = "veryfast"          # x264 speed/quality trade-off for a 2-core laptop
    keyframe_interval_s: float = 2.0  # also the most a killed process can lose
    audio_bitrate_kbps: int = 128
    queue_frames: int = 90            # 3 s at 30 fps before frames are dropped
    lossless_queue: bool = False      # offline runs: wait instead of dropping


class Mp4Recorder:
    """An Output. write_video/write_audio are called from the pipeline and audio threads and
    return at once; the "recorder" thread encodes and writes."""

    def __init__(self, path: str | Path, options: RecorderOptions | None = None,
                 events: EventBus | None = None) -> None:
        self.path = Path(path)
        self.options = options or RecorderOptions()
        self.events = events or EventBus()
        self.name = "recorder"
        self._queue: queue.Queue = queue.Queue(maxsize=self.options.queue_frames * 4)
        self._video_pending = 0
        self.frames_written = 0
        self.frames_dropped = 0
        self.encode_meter = StageMeter()
        self.error: str | None = None
        self._origin_ns: int | None = None
        self._last_video_pts = -1
        self._audio_next_pts: int | None = None   # in 16 kHz samples
        self._audio_out_pts: int | None = None    # in 48 kHz samples (the resampler forgets pts)
        self._early_audio: list[AudioChunk] = []  # audio that came before the first video frame
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="recorder", daemon=True)
        self._thread.start()

    # --- called from other threads -------------------------------------------------
    def write_video(self, frame: VideoFrame) -> None:
        if self.error or self._closed:
            return
        if frame.index < 0:
            return  # status cards are for the preview, not the recording
        self._put(("v", frame))

    def write_audio(self, chunk: AudioChunk) -> None:
        if self.error or self._closed:
            return
        self._put(("a", chunk))

    def _put(self, item) -> None:
        if self.options.lossless_queue:
            while not self.error:
                try:
                    self._queue.put(item, timeout=0.5)
                    return
                except queue.Full:
                    continue
            return
        try:
            self._queue.put_nowait(item)
        except queue.Full:
            if item[0] == "v":
                self.frames_dropped += 1

    @property
    def origin_ns(self) -> int | None:
        """Session time of the recording's first frame (its time zero), once known."""
        return self._origin_ns

    def health(self) -> OutputHealth:
        stats = self.encode_meter.stats(recent=True)
        return OutputHealth(self.name, self.error is None, self.error or "", self.frames_written,
                            self.frames_dropped, {"encode_p50_ms": stats.p50_ms, "encode_p95_ms": stats.p95_ms})

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._queue.put(None)
        self._thread.join()

    # --- the recorder thread ---------------------------------------------------------
    def _run(self) -> None:
        container = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            container = av.open(str(self.path), "w", format="mp4", options=dict(FRAGMENTED_MP4))
            self.events.publish(RecorderStateChanged(True, str(self.path)))
            self._encode_loop(container)
            self._flush(container)
        except (OSError, av.FFmpegError) as exc:
            self._fail(exc)
        finally:
            if container is not None:
                try:
                    container.close()
                except (OSError, av.FFmpegError) as exc:
                    self._fail(exc)
            self._drain_after_error()
            self.events.publish(RecorderStateChanged(False, str(self.path), self.error or ""))

    def _encode_loop(self, container) -> None:
        video_stream = audio_stream = None
        resampler = None
        while True:
            item = self._queue.get()
            if item is None:
                break
            kind, payload = item
            if kind == "v":
                frame: VideoFrame = payload
                if video_stream is None:
                    video_stream = self._add_video_stream(container, frame.width, frame.height)
                    audio_stream = self._add_audio_stream(container)
                    resampler = av.AudioResampler(format="fltp", layout="mono", rate=AUDIO_RATE_HZ)
                    self._origin_ns = frame.timestamp_ns
                    for early in self._early_audio:
                        self._encode_audio(container, audio_stream, resampler, early)
                    self._early_audio.clear()
                pts = self._video_pts(frame.timestamp_ns)
                if pts is None or frame.image.shape[:2] != (video_stream.height, video_stream.width):
                    continue
                t0 = time.perf_counter()
                vf = av.VideoFrame.from_ndarray(frame.image, format="bgr24")
                vf.pts, vf.time_base = pts, VIDEO_TIME_BASE
                for packet in video_stream.encode(vf):
                    container.mux(packet)
                self.encode_meter.add((time.perf_counter() - t0) * 1e3)
                self.frames_written += 1
            elif audio_stream is not None:
                self._encode_audio(container, audio_stream, resampler, payload)
            elif len(self._early_audio) < 100:  # 10 s at most, before any picture arrived
                self._early_audio.append(payload)
        self._streams = (video_stream, audio_stream, resampler)

    def _add_video_stream(self, container, width: int, height: int):
        o = self.options
        stream = container.add_stream("libx264", rate=Fraction(o.fps).limit_denominator(1001))
        stream.width, stream.height = width, height
        stream.pix_fmt = "yuv420p"
        stream.time_base = VIDEO_TIME_BASE
        stream.bit_rate = o.video_bitrate_kbps * 1000
        stream.options = {"preset": o.preset, "g": str(int(o.fps * o.keyframe_interval_s)),
                          "keyint_min": str(int(o.fps * o.keyframe_interval_s)), "bf": "0"}
        return stream

    def _add_audio_stream(self, container):
        stream = container.add_stream("aac", rate=AUDIO_RATE_HZ)
        stream.layout = "mono"
        stream.bit_rate = self.options.audio_bitrate_kbps * 1000
        return stream

    def _video_pts(self, timestamp_ns: int) -> int | None:
        pts = int((timestamp_ns - self._origin_ns) * 90_000 // 1_000_000_000)
        if pts <= self._last_video_pts:  # timestamps must only increase
            return None
        self._last_video_pts = pts
        return pts

    def _encode_audio(self, container, stream, resampler, chunk: AudioChunk) -> None:
        if self._origin_ns is None or chunk.end_ns <= self._origin_ns:
            return  # audio from before the first recorded frame
        samples = chunk.samples
        start_ns = chunk.timestamp_ns
        if start_ns < self._origin_ns:  # trim the part before the first frame
            skip = int((self._origin_ns - start_ns) * AUDIO_SAMPLE_RATE_HZ // 1_000_000_000)
            samples, start_ns = samples[skip:], self._origin_ns
        pts = (start_ns - self._origin_ns) * AUDIO_SAMPLE_RATE_HZ // 1_000_000_000
        if self._audio_next_pts is not None:
            gap = pts - self._audio_next_pts
            if gap > 0:  # a hole in capture: fill with silence so later audio stays in place
                samples = np.concatenate([np.zeros(gap, np.float32), samples])
            elif gap < 0:  # overlap (clock jitter): drop the repeated part
                samples = samples[-gap:]
            pts = self._audio_next_pts
        if len(samples) == 0:
            return
        self._audio_next_pts = pts + len(samples)
        if self._audio_out_pts is None:
            self._audio_out_pts = pts * AUDIO_RATE_HZ // AUDIO_SAMPLE_RATE_HZ
        af = av.AudioFrame.from_ndarray(samples.reshape(1, -1).astype(np.float32), format="flt", layout="mono")
        af.sample_rate = AUDIO_SAMPLE_RATE_HZ
        af.pts, af.time_base = pts, Fraction(1, AUDIO_SAMPLE_RATE_HZ)
        self._mux_audio(container, stream, resampler.resample(af))

    def _mux_audio(self, container, stream, frames) -> None:
        for resampled in frames:
            resampled.pts, resampled.time_base = self._audio_out_pts, Fraction(1, AUDIO_RATE_HZ)
            self._audio_out_pts += resampled.samples
            for packet in stream.encode(resampled):
                container.mux(packet)

    def _flush(self, container) -> None:
        video_stream, audio_stream, resampler = getattr(self, "_streams", (None, None, None))
        if audio_stream is not None:
            if self._audio_out_pts is not None:
                self._mux_audio(container, audio_stream, resampler.resample(None))
            for packet in audio_stream.encode(None):
                container.mux(packet)
        if video_stream is not None:
            for packet in video_stream.encode(None):
                container.mux(packet)

    def _fail(self, exc: Exception) -> None:
        if self.error:
            return
        if getattr(exc, "errno", None) == errno.ENOSPC or "No space left" in str(exc):
            self.error = (f"The disk is full: recording stopped. {self.path.name} is kept up to this "
                          f"point; free some space and press Record again.")
        else:
            self.error = f"Recording stopped: {exc}. {self.path.name} is kept up to this point."
        log.error("recorder: %s", self.error)
        self.events.publish(StatusMessage(Severity.ERROR, self.error, "recorder"))

    def _drain_after_error(self) -> None:
        """After a failure, keep taking items so writers never block on a full queue."""
        while True:
            try:
                self._queue.get_nowait()
            except queue.Empty:
                return
