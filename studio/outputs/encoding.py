"""H.264 + AAC encoder set-up and the session-clock → PTS mapping, shared by outputs.

Video frames and audio chunks carry `timestamp_ns` on the one session clock; an
encoded stream starts at an `origin_ns` (its first video frame) and every PTS is
counted from there, so picture and sound stay in sync however the two threads
deliver them. Audio arrives as 16 kHz mono float32 and leaves as 48 kHz stereo
AAC frames of 1024 samples (AAC-LC's frame size).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import av
import numpy as np

from studio.core.frames import AUDIO_SAMPLE_RATE_HZ, AudioChunk, VideoFrame

AAC_FRAME_SAMPLES = 1024
# Gaps or overlaps in the audio timeline smaller than this are jitter, not lost
# audio: keep the samples continuous (one 20 ms mic block at 16 kHz is 320 samples).
AUDIO_JITTER_TOLERANCE_NS = 40_000_000


@dataclass
class H264Options:
    bitrate_kbps: int = 4500              # TikTok LIVE asks 2.5–6 Mb/s for 1080p
    fps: float = 30.0
    keyframe_interval_s: float = 2.0      # what TikTok, YouTube and Twitch ingest expect
    preset: str = "veryfast"              # x264 speed/quality trade-off; 2-core laptops need veryfast or faster
    zero_latency: bool = True             # no B-frames, no look-ahead: frames leave as soon as encoded


@dataclass
class AacOptions:
    sample_rate_hz: int = 48_000
    bitrate_kbps: int = 128
    channels: int = 2


def add_h264_stream(container: av.container.OutputContainer, width: int, height: int,
                    options: H264Options, time_base: Fraction) -> av.VideoStream:
    """A constant-bitrate-ish libx264 stream in yuv420p (what every ingest server accepts)."""
    gop_frames = max(1, round(options.fps * options.keyframe_interval_s))
    codec_options = {
        "preset": options.preset,
        # Fixed keyframe spacing and an HRD-conformant rate so ingest servers see
        # a steady bitrate (https://trac.ffmpeg.org/wiki/EncodingForStreamingSites).
        "x264-params": f"keyint={gop_frames}:min-keyint={gop_frames}:scenecut=0",
        "maxrate": f"{options.bitrate_kbps}k",
        "bufsize": f"{options.bitrate_kbps * 2}k",
    }
    if options.zero_latency:
        codec_options["tune"] = "zerolatency"
    stream = container.add_stream("libx264", rate=Fraction(options.fps).limit_denominator(1001),
                                  options=codec_options)
    stream.width = _even(width)
    stream.height = _even(height)
    stream.pix_fmt = "yuv420p"
    stream.bit_rate = options.bitrate_kbps * 1000
    stream.codec_context.time_base = time_base
    stream.codec_context.gop_size = gop_frames
    return stream


def add_aac_stream(container: av.container.OutputContainer, options: AacOptions) -> av.AudioStream:
    stream = container.add_stream("aac", rate=options.sample_rate_hz)
    stream.layout = "stereo" if options.channels == 2 else "mono"
    stream.bit_rate = options.bitrate_kbps * 1000
    return stream


def _even(pixels: int) -> int:
    """yuv420p needs even sizes: drop one pixel rather than refuse an odd canvas."""
    return max(2, pixels - pixels % 2)


def video_pts(frame: VideoFrame, origin_ns: int, time_base: Fraction) -> int:
    """The frame's presentation time in time_base units, counted from origin_ns."""
    return int((frame.timestamp_ns - origin_ns) * time_base.denominator
               // (time_base.numerator * 1_000_000_000))


def to_av_video_frame(frame: VideoFrame, pts: int, time_base: Fraction) -> av.VideoFrame:
    av_frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(frame.image), format="bgr24")
    av_frame.pts = pts
    av_frame.time_base = time_base
    return av_frame


class AudioTimeline:
    """Turns session-clock AudioChunks into AAC-ready frames whose PTS match the video's.

    Called on the output's encoding thread only. PTS are in samples of the output
    rate, counted from `origin_ns`. Lost audio (a gap wider than the jitter
    tolerance) becomes silence and late duplicates are trimmed, so the sound never
    drifts from the picture; `pad_until_ns` writes silence when no audio comes at all
    (no microphone), so the muxer never waits for a stream that is not there.
    """

    def __init__(self, origin_ns: int, options: AacOptions) -> None:
        self.origin_ns = origin_ns
        self.rate_hz = options.sample_rate_hz
        self._layout = "stereo" if options.channels == 2 else "mono"
        self._resampler = av.AudioResampler(format="fltp", layout=self._layout, rate=self.rate_hz,
                                            frame_size=AAC_FRAME_SAMPLES)
        self._next_in_ns = origin_ns        # session time of the next 16 kHz sample fed in
        self._in_samples = 0
        self._out_samples = 0
        self.silence_ns = 0                 # padding written for lost or absent audio

    @property
    def end_ns(self) -> int:
        """Session time up to which audio has been fed."""
        return self._next_in_ns

    def push(self, chunk: AudioChunk) -> list[av.AudioFrame]:
        samples = np.asarray(chunk.samples, dtype=np.float32)
        if chunk.sample_rate_hz != AUDIO_SAMPLE_RATE_HZ:
            raise ValueError(f"audio must be {AUDIO_SAMPLE_RATE_HZ} Hz, got {chunk.sample_rate_hz}")
        offset_ns = chunk.timestamp_ns - self._next_in_ns
        frames: list[av.AudioFrame] = []
        if offset_ns > AUDIO_JITTER_TOLERANCE_NS:
            frames += self._feed_silence(offset_ns)
        elif offset_ns < -AUDIO_JITTER_TOLERANCE_NS:
            skip = int(-offset_ns * AUDIO_SAMPLE_RATE_HZ // 1_000_000_000)
            samples = samples[skip:]
        if len(samples):
            frames += self._feed(samples)
        return frames

    def pad_until_ns(self, until_ns: int) -> list[av.AudioFrame]:
        if until_ns - self._next_in_ns <= 0:
            return []
        return self._feed_silence(until_ns - self._next_in_ns)

    def flush(self) -> list[av.AudioFrame]:
        return self._stamp(self._resampler.resample(None))

    def _feed_silence(self, duration_ns: int) -> list[av.AudioFrame]:
        self.silence_ns += duration_ns
        count = int(duration_ns * AUDIO_SAMPLE_RATE_HZ // 1_000_000_000)
        return self._feed(np.zeros(count, dtype=np.float32)) if count else []

    def _feed(self, samples: np.ndarray) -> list[av.AudioFrame]:
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = AUDIO_SAMPLE_RATE_HZ
        frame.pts = self._in_samples
        frame.time_base = Fraction(1, AUDIO_SAMPLE_RATE_HZ)
        self._in_samples += len(samples)
        self._next_in_ns = self.origin_ns + self._in_samples * 1_000_000_000 // AUDIO_SAMPLE_RATE_HZ
        return self._stamp(self._resampler.resample(frame))

    def _stamp(self, frames: list[av.AudioFrame]) -> list[av.AudioFrame]:
        for frame in frames:
            frame.pts = self._out_samples
            frame.time_base = Fraction(1, self.rate_hz)
            self._out_samples += frame.samples
        return frames
