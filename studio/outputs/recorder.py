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
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

import av

from studio.core.events import EventBus, RecorderStateChanged, Severity, StatusMessage
from studio.core.frames import AudioChunk, VideoFrame
from studio.core.metrics import StageMeter
from studio.outputs.base import OutputHealth
from studio.outputs.encoding import (AacOptions, AudioTimeline, H264Options, add_aac_stream, add_h264_stream,
                                     to_av_video_frame, video_pts)

log = logging.getLogger(__name__)

VIDEO_TIME_BASE = Fraction(1, 90_000)
FRAGMENTED_MP4 = {"movflags": "frag_keyframe+empty_moov+default_base_moof"}


@dataclass(frozen=True)
class RecorderOptions:
    # A recording is kept and re-edited: a higher bitrate than a live stream.
    video: H264Options = field(default_factory=lambda: H264Options(bitrate_kbps=6000))
    audio: AacOptions = field(default_factory=AacOptions)
    queue_frames: int = 90            # 3 s at 30 fps before frames are dropped
    # ...and never more than this much picture waiting: a 1080x1920 frame is 6 MB, so 90 of them
    # held 560 MB, and the old item-count bound (audio included) let a slow encoder hold 1.7 GB.
    queue_mb: int = 192
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
        # Audio blocks are small and never dropped here; picture is bounded by _room_for().
        self._queue: queue.Queue = queue.Queue()
        self._room = threading.Condition()
        self._queued_video = 0            # frames and bytes of picture waiting in the queue
        self._queued_video_bytes = 0
        self.frames_written = 0
        self.frames_dropped = 0
        self.encode_meter = StageMeter()
        self.error: str | None = None
        self._origin_ns: int | None = None
        self._last_video_pts = -1
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
        nbytes = frame.image.nbytes
        with self._room:
            while not self._room_for(nbytes):
                if not self.options.lossless_queue:
                    self.frames_dropped += 1
                    return
                self._room.wait(timeout=0.5)   # offline: wait for the encoder instead of dropping
                if self.error or self._closed:
                    return
            self._queued_video += 1
            self._queued_video_bytes += nbytes
        self._queue.put(("v", frame))

    def write_audio(self, chunk: AudioChunk) -> None:
        if self.error or self._closed:
            return
        self._queue.put(("a", chunk))

    def _room_for(self, nbytes: int) -> bool:
        if self._queued_video == 0:
            return True   # one frame always fits, however large the canvas
        return (self._queued_video < self.options.queue_frames
                and self._queued_video_bytes + nbytes <= self.options.queue_mb * 1024 * 1024)

    def _taken(self, frame: VideoFrame) -> None:
        with self._room:
            self._queued_video -= 1
            self._queued_video_bytes -= frame.image.nbytes
            self._room.notify_all()

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
        video = audio = timeline = None
        while (item := self._queue.get()) is not None:
            kind, payload = item
            if kind == "a":
                if timeline is None:
                    if len(self._early_audio) < 100:  # 10 s at most, before any picture arrived
                        self._early_audio.append(payload)
                    continue
                self._mux(container, audio, timeline.push(payload))
                continue
            frame: VideoFrame = payload
            self._taken(frame)
            if video is None:
                video = add_h264_stream(container, frame.width, frame.height, self.options.video,
                                        VIDEO_TIME_BASE)
                audio = add_aac_stream(container, self.options.audio)
                self._origin_ns = frame.timestamp_ns
                timeline = AudioTimeline(frame.timestamp_ns, self.options.audio)
                for early in self._early_audio:
                    self._mux(container, audio, timeline.push(early))
                self._early_audio.clear()
            pts = video_pts(frame, self._origin_ns, VIDEO_TIME_BASE)
            if pts <= self._last_video_pts or frame.image.shape[:2] != (video.height, video.width):
                continue  # timestamps only increase; a canvas change mid-recording is not recorded
            self._last_video_pts = pts
            t0 = time.perf_counter()
            self._mux(container, video, [to_av_video_frame(frame, pts, VIDEO_TIME_BASE)])
            self.encode_meter.add((time.perf_counter() - t0) * 1e3)
            self.frames_written += 1
        if video is not None:  # flush the encoders
            self._mux(container, audio, timeline.flush())
            self._mux(container, audio, [None])
            self._mux(container, video, [None])

    @staticmethod
    def _mux(container, stream, frames) -> None:
        for frame in frames:
            for packet in stream.encode(frame):
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
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if item is not None and item[0] == "v":
                self._taken(item[1])
