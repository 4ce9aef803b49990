"""RTMP(S) push of the composited program (H.264 + AAC in FLV) to a live platform.

One RtmpOutput per destination. The pipeline and audio threads hand it frames
and chunks through bounded queues and never wait; the output's own thread
connects, encodes and sends, and when the link drops or the server refuses it
reconnects with exponential back-off while the preview and recording go on.
The stream key is read from the OS keychain (studio.outputs.stream_keys) and
never appears in logs, events or health: only the redacted URL does.
"""

from __future__ import annotations

import collections
import logging
import threading
import time
from dataclasses import dataclass, field
from fractions import Fraction
from urllib.parse import urlsplit

import av
import av.error

from studio.core.events import EventBus, Severity, StatusMessage
from studio.core.frames import AudioChunk, VideoFrame
from studio.outputs.base import OutputHealth
from studio.outputs.encoding import (AacOptions, AudioTimeline, H264Options, add_aac_stream,
                                     add_h264_stream, to_av_video_frame, video_pts)
from studio.outputs.events import LinkState, OutputStateChanged
from studio.outputs.rtmp_client import RtmpPublisher, RtmpRefused, RtmpTarget
from studio.outputs.rtmp_messages import DestinationError, describe_network_error
from studio.outputs.stream_keys import join_key, load_stream_key, redact_url

log = logging.getLogger(__name__)

FLV_TIME_BASE = Fraction(1, 1000)   # FLV timestamps are whole milliseconds
# With no audio at all for this long (no microphone), silence is sent so the
# muxer's interleaving never holds video back waiting for sound.
AUDIO_ABSENT_S = 0.5
BITRATE_WINDOW_S = 3.0
# A link counts as live once the server has accepted the publish and taken this
# long of media without hanging up; a drop before that backs off like a refusal.
PROVEN_AFTER_S = 1.5

@dataclass
class RtmpOptions:
    url: str                                  # rtmp(s)://host[:port]/app, or the full URL with the key
    key_name: str | None = None               # stream key saved in the OS keychain under this name
    stream_key: str | None = field(default=None, repr=False)  # a key held in memory only, never saved
    video: H264Options = field(default_factory=H264Options)
    audio: AacOptions = field(default_factory=AacOptions)
    connect_timeout_s: float = 5.0
    io_timeout_s: float = 5.0                 # a send blocked this long counts as a dropped link
    backoff_initial_s: float = 1.0
    backoff_max_s: float = 30.0
    video_queue_frames: int = 4               # ~130 ms at 30 fps: a deeper queue only adds latency when the encoder falls behind
    audio_queue_chunks: int = 200


class FlvTagSink:
    """A write-only file for PyAV's FLV muxer that cuts the byte stream into tags.

    Output thread only. FLV layout: a 9-byte header and a 4-byte size, then tags of
    an 11-byte header (type, size, timestamp), the data and a 4-byte trailer.
    """

    FILE_HEADER_BYTES = 13
    TAG_HEADER_BYTES = 11

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._header_seen = False
        self.tags: list[tuple[int, int, bytes]] = []    # (type, timestamp ms, data)

    def write(self, data: bytes) -> int:
        self._buffer += data
        if not self._header_seen and len(self._buffer) >= self.FILE_HEADER_BYTES:
            del self._buffer[:self.FILE_HEADER_BYTES]
            self._header_seen = True
        while self._header_seen and len(self._buffer) >= self.TAG_HEADER_BYTES:
            size = int.from_bytes(self._buffer[1:4], "big")
            total = self.TAG_HEADER_BYTES + size + 4
            if len(self._buffer) < total:
                break
            timestamp_ms = int.from_bytes(self._buffer[4:7], "big") | self._buffer[7] << 24
            self.tags.append((self._buffer[0], timestamp_ms,
                              bytes(self._buffer[self.TAG_HEADER_BYTES:self.TAG_HEADER_BYTES + size])))
            del self._buffer[:total]
        return len(data)

    def take(self) -> list[tuple[int, int, bytes]]:
        tags, self.tags = self.tags, []
        return tags


class _Connection:
    """One publishing session: RTMP link, FLV muxer, encoders, audio timeline. Output thread only."""

    def __init__(self, url: str, first: VideoFrame, options: RtmpOptions) -> None:
        self.link = RtmpPublisher(RtmpTarget.parse(url), options.connect_timeout_s, options.io_timeout_s)
        self.link.connect()
        self.sink = FlvTagSink()
        # flush_packets: every packet reaches the sink (and the wire) as soon as it is muxed.
        self.container = av.open(self.sink, mode="w", format="flv", buffer_size=65536,
                                 container_options={"flvflags": "no_duration_filesize",
                                                    "flush_packets": "1"})
        self.video = add_h264_stream(self.container, first.width, first.height, options.video,
                                     FLV_TIME_BASE)
        self.audio = add_aac_stream(self.container, options.audio)
        self.origin_ns = first.timestamp_ns
        self.timeline = AudioTimeline(self.origin_ns, options.audio)
        self.last_video_pts = -1
        self.opened_s = time.monotonic()
        self.proven = False     # the server has taken media for PROVEN_AFTER_S without hanging up

    def age_s(self) -> float:
        return time.monotonic() - self.opened_s

    def send_video(self, frame: VideoFrame) -> int:
        """Encode and send one frame; returns bytes sent (0 when the frame was out of order)."""
        pts = video_pts(frame, self.origin_ns, FLV_TIME_BASE)
        if pts <= self.last_video_pts:   # FLV needs strictly increasing whole milliseconds
            return 0
        self.last_video_pts = pts
        return self._mux(self.video.encode(to_av_video_frame(frame, pts, FLV_TIME_BASE)))

    def send_audio_frames(self, frames: list[av.AudioFrame]) -> int:
        sent = 0
        for frame in frames:
            sent += self._mux(self.audio.encode(frame))
        return sent

    def _mux(self, packets: list[av.Packet]) -> int:
        for packet in packets:
            self.container.mux(packet)
        return self._send_tags()

    def _send_tags(self) -> int:
        before = self.link.bytes_sent
        for tag_type, timestamp_ms, data in self.sink.take():
            self.link.send_tag(tag_type, timestamp_ms, data)
        return self.link.bytes_sent - before

    def finish(self) -> None:
        """Flush the encoders and end the stream cleanly (the platform ends the LIVE)."""
        self.send_audio_frames(self.timeline.flush())
        self._mux(self.audio.encode(None))
        self._mux(self.video.encode(None))
        self.container.close()
        self._send_tags()
        self.link.close()

    def abandon(self) -> None:
        """Release after a failure; the link is already gone, so errors are expected."""
        self.link.abort()
        try:
            self.container.close()
        except (av.error.FFmpegError, OSError, ValueError):
            pass


class RtmpOutput:
    """Pushes the program to one RTMP(S) destination.

    `write_video` is called on the video-pipeline thread and `write_audio` on the
    audio thread; both return at once. Connecting, encoding and sending run on the
    thread "rtmp-push" this object starts. `health()` and `close()` may be called
    from any thread (close once).
    """

    def __init__(self, options: RtmpOptions, events: EventBus | None = None) -> None:
        self.options = options
        self.events = events
        key = options.stream_key
        if key is None and options.key_name:
            key = load_stream_key(options.key_name)   # raises StreamKeyError with what to do
        self._url = join_key(options.url, key)
        try:
            RtmpTarget.parse(self._url)
        except ValueError as exc:
            raise DestinationError(f"{redact_url(self._url)}: {exc}.") from None
        self.where = redact_url(self._url)
        self.name = f"rtmp {self.where}"
        parts = urlsplit(self._url)
        self._server = f"{parts.hostname}:{parts.port or (443 if parts.scheme == 'rtmps' else 1935)}"

        self._cond = threading.Condition()
        self._video: collections.deque[VideoFrame] = collections.deque()
        self._audio: collections.deque[AudioChunk] = collections.deque()
        self._stopping = False
        self._last_audio_s = 0.0
        self._state = LinkState.IDLE
        self._detail = "Waiting for the first frame."
        self._frames_written = 0
        self._frames_dropped = 0          # queue overflow: the encoder or link fell behind
        self._frames_offline = 0          # arrived while the link was down
        self._audio_dropped = 0
        self._reconnects = 0
        self._connect_failures = 0
        self._went_live = False           # a link has proved itself at least once
        self._sent_log: collections.deque[tuple[float, int]] = collections.deque()
        self._thread = threading.Thread(target=self._run, name="rtmp-push", daemon=True)
        self._thread.start()

    # ---- called by the pipeline and audio threads -------------------------------------

    def write_video(self, frame: VideoFrame) -> None:
        with self._cond:
            if self._stopping:
                return
            if len(self._video) >= self.options.video_queue_frames:
                self._video.popleft()
                self._frames_dropped += 1
            self._video.append(frame)
            self._cond.notify()

    def write_audio(self, chunk: AudioChunk) -> None:
        with self._cond:
            if self._stopping:
                return
            if len(self._audio) >= self.options.audio_queue_chunks:
                self._audio.popleft()
                self._audio_dropped += 1
            self._audio.append(chunk)
            self._last_audio_s = time.monotonic()
            self._cond.notify()

    # ---- any thread ---------------------------------------------------------------------

    @property
    def state(self) -> LinkState:
        return self._state

    def health(self) -> OutputHealth:
        with self._cond:
            now = time.monotonic()
            while self._sent_log and self._sent_log[0][0] < now - BITRATE_WINDOW_S:
                self._sent_log.popleft()
            bitrate_kbps = sum(n for _, n in self._sent_log) * 8 / 1000 / BITRATE_WINDOW_S
            return OutputHealth(
                name=self.name, ok=self._state in (LinkState.LIVE, LinkState.IDLE),
                detail=self._detail, frames_written=self._frames_written,
                frames_dropped=self._frames_dropped + self._frames_offline,
                extra={"bitrate_kbps": round(bitrate_kbps, 1), "reconnects": self._reconnects,
                       "connect_failures": self._connect_failures,
                       "offline_frames": self._frames_offline, "audio_dropped": self._audio_dropped})

    def health_line(self) -> str:
        """e.g. 'LIVE 4480 kb/s · dropped 3 · reconnects 1' for the panel and the CLI."""
        h = self.health()
        return (f"{self._state.value.upper()} {h.extra['bitrate_kbps']:.0f} kb/s · dropped "
                f"{h.frames_dropped} · reconnects {h.extra['reconnects']:.0f}"
                + ("" if h.ok else f" · {h.detail}"))

    def close(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        self._thread.join(timeout=self.options.io_timeout_s * 2 + 2)
        if self._thread.is_alive():
            log.warning("%s: the push thread did not stop in time", self.where)

    # ---- the push thread ----------------------------------------------------------------

    def _set_state(self, state: LinkState, detail: str, severity: Severity | None = None) -> None:
        with self._cond:
            changed = state != self._state or detail != self._detail
            self._state, self._detail = state, detail
        if not changed:
            return
        log.info("%s: %s — %s", self.where, state.value, detail)
        if self.events is not None:
            self.events.publish(OutputStateChanged(self.name, state, detail))
            if severity is not None:
                self.events.publish(StatusMessage(severity, f"Stream {self.where}: {detail}", "rtmp"))

    def _run(self) -> None:
        backoff_s = self.options.backoff_initial_s
        while True:
            first = self._wait_first_video()
            if first is None:
                break
            self._set_state(LinkState.RECONNECTING if self._went_live else LinkState.CONNECTING,
                            f"Connecting to {self.where}…")
            connection: _Connection | None = None
            try:
                connection = _Connection(self._url, first, self.options)
                self._pump(connection, first)
                connection.finish()
                break
            except (av.error.FFmpegError, OSError, RtmpRefused) as exc:
                if connection is not None:
                    connection.abandon()
                # A link that dropped soon after it opened is retried after a back-off, so a
                # server that takes the key and then hangs up is not hammered.
                proven = connection is not None and connection.proven
                error = describe_network_error(exc, self._server)
                if proven:
                    backoff_s = self.options.backoff_initial_s
                    self._set_state(LinkState.RECONNECTING, f"{error} Reconnecting…", Severity.WARNING)
                    continue
                with self._cond:
                    self._connect_failures += 1
                self._set_state(LinkState.RECONNECTING, f"{error} Retrying in {backoff_s:.0f} s.",
                                Severity.WARNING)
                self._wait_discarding(backoff_s)
                backoff_s = min(backoff_s * 2, self.options.backoff_max_s)
        self._set_state(LinkState.STOPPED, "Stream ended.")

    def _mark_live(self) -> None:
        with self._cond:
            if self._went_live:
                self._reconnects += 1
            self._went_live = True
        self._set_state(LinkState.LIVE, f"Live to {self.where}.", Severity.INFO)

    def _wait_first_video(self) -> VideoFrame | None:
        """The frame a new connection starts from (newest wins); None when stopping."""
        with self._cond:
            while not self._video and not self._stopping:
                self._cond.wait()
            if self._stopping:
                return None
            self._frames_offline += len(self._video) - 1
            frame = self._video[-1]
            self._video.clear()
            self._audio.clear()
            return frame

    def _wait_discarding(self, seconds: float) -> None:
        """Back off; what arrives meanwhile cannot be sent and is counted, not kept."""
        deadline = time.monotonic() + seconds
        with self._cond:
            while not self._stopping and time.monotonic() < deadline:
                self._cond.wait(deadline - time.monotonic())
            self._frames_offline += len(self._video)
            self._video.clear()
            self._audio.clear()

    def _pump(self, connection: _Connection, first: VideoFrame) -> None:
        self._account(connection.send_video(first))
        while True:
            with self._cond:
                if not self._video and not self._audio and not self._stopping:
                    self._cond.wait(0.2)
                if self._stopping and not self._video and not self._audio:
                    return
                idle = not self._video and not self._audio
                chunks = list(self._audio)
                self._audio.clear()
                frames = list(self._video)
                self._video.clear()
                audio_absent = time.monotonic() - self._last_audio_s > AUDIO_ABSENT_S
            if idle:
                connection.link.poll()   # a paused source: still answer the server's pings
                continue
            sent = 0
            for chunk in chunks:
                sent += connection.send_audio_frames(connection.timeline.push(chunk))
            for frame in frames:
                if audio_absent:
                    sent += connection.send_audio_frames(
                        connection.timeline.pad_until_ns(frame.timestamp_ns))
                sent += connection.send_video(frame)
            self._account(sent, len(frames))
            if not connection.proven and connection.age_s() >= PROVEN_AFTER_S:
                connection.proven = True
                self._mark_live()

    def _account(self, sent_bytes: int, frames: int = 1) -> None:
        with self._cond:
            self._frames_written += frames
            self._sent_log.append((time.monotonic(), sent_bytes))
