"""The source kinds capture offers and the factories that open them from a config record.

Capture owns its kinds: the session (studio.live) only holds the configs and asks for a source.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class VideoSourceConfig:
    """kind: "camera" | "file" (video or image) | "pattern"."""

    kind: str = "pattern"
    camera_index: int = 0
    camera_name: str | None = None
    path: str | None = None
    width: int = 1280
    height: int = 720
    fps: float = 30.0
    loop: bool = False
    duration_s: float | None = None   # pattern/image length; None = until stopped


@dataclass(frozen=True)
class AudioSourceConfig:
    """kind: "microphone" | "file" | "silence"."""

    kind: str = "silence"
    device: int | str | None = None
    path: str | None = None
    loop: bool = False



def make_video_source(cfg: VideoSourceConfig):
    from studio.capture.test_pattern import TestPatternSource

    if cfg.kind == "camera":
        from studio.capture.camera import CameraSource

        return CameraSource(cfg.camera_index, cfg.width, cfg.height, cfg.fps, cfg.camera_name)
    if cfg.kind == "file":
        from studio.capture.video_file import ImageSource, open_media_source

        source = open_media_source(cfg.path, loop=cfg.loop)
        if isinstance(source, ImageSource):
            source.fps, source.duration_s = cfg.fps, cfg.duration_s
        return source
    if cfg.kind == "pattern":
        return TestPatternSource(cfg.width, cfg.height, cfg.fps, cfg.duration_s)
    raise ValueError(f"unknown video source kind '{cfg.kind}'")


def make_audio_source(cfg: AudioSourceConfig):
    from studio.capture.audio_file import AudioFileSource, SilenceSource

    if cfg.kind == "microphone":
        from studio.capture.microphone import MicrophoneSource

        return MicrophoneSource(cfg.device)
    if cfg.kind == "file":
        return AudioFileSource(cfg.path, loop=cfg.loop)
    if cfg.kind == "silence":
        return SilenceSource()
    raise ValueError(f"unknown audio source kind '{cfg.kind}'")
