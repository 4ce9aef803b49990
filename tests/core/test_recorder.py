"""The MP4 recorder through the real pipeline: sync, full disk, and a killed process."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import av
import numpy as np
import pytest

from studio.core.compositor import CanvasConfig
from studio.core.events import StatusMessage
from studio.live.session import AudioSourceConfig, Session, SessionConfig, VideoSourceConfig
from tests.media import decode_audio_track, decode_video, write_pattern_video

ROOT = Path(__file__).resolve().parents[2]


def _flash_times(path):
    images, times = decode_video(path)
    bright = [t for img, t in zip(images, times) if img.mean() > 230]
    # first frame of each flash (flashes are one frame long, but keep it robust)
    return [t for i, t in enumerate(bright) if i == 0 or t - bright[i - 1] > 0.2]


def _beep_times(path):
    samples = decode_audio_track(path)
    env = np.abs(samples) > 0.5
    onsets = np.nonzero(env[1:] & ~env[:-1])[0] / 16000
    return [t for i, t in enumerate(onsets) if i == 0 or t - onsets[i - 1] > 0.2]


@pytest.mark.parametrize("realtime", [False, True])
def test_recording_keeps_audio_and_video_in_sync(tmp_path, realtime):
    source = write_pattern_video(tmp_path / "in.mp4", seconds=3.0, fps=30, flash_at_s=(1.0, 2.0))
    out = tmp_path / "out.mp4"
    cfg = SessionConfig(video=VideoSourceConfig("file", path=str(source)),
                        audio=AudioSourceConfig("file", path=str(source)),
                        canvas=CanvasConfig("16:9", 640), realtime=realtime)
    session = Session(cfg)
    session.start_recording(out)
    session.start()
    assert session.wait_until_done(30)
    time.sleep(0.3)
    session.stop()
    flashes, beeps = _flash_times(out), _beep_times(out)
    assert len(flashes) == 2 and len(beeps) == 2, (flashes, beeps)
    for f, b in zip(flashes, beeps):
        # within about one frame (33 ms) plus AAC's framing
        assert abs(f - b) < 0.05, (flashes, beeps)
    with av.open(str(out)) as c:
        assert c.streams.video[0].codec_context.name == "h264"
        assert c.streams.audio[0].codec_context.name == "aac"


def test_full_disk_stops_recording_with_a_message_and_the_session_goes_on(tmp_path):
    if not os.path.exists("/dev/full"):
        pytest.skip("/dev/full is Linux-only")
    cfg = SessionConfig(video=VideoSourceConfig("pattern", width=640, height=360, fps=30),
                        canvas=CanvasConfig("16:9", 640))
    session = Session(cfg)
    messages = []
    session.events.subscribe(StatusMessage, messages.append)
    session.start()
    recorder = session.start_recording("/dev/full")
    try:
        deadline = time.monotonic() + 10
        while recorder.error is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert recorder.error and "disk is full" in recorder.error
        before = session.pipeline.frames_out
        time.sleep(0.5)
        assert session.pipeline.frames_out > before            # the preview keeps going
        assert not session.recording
    finally:
        session.stop()
    assert any("disk is full" in m.text for m in messages)


def test_killed_process_leaves_a_playable_recording(tmp_path):
    out = tmp_path / "killed.mp4"
    env = dict(os.environ, STUDIO_DATA_DIR=str(tmp_path / "data"))
    proc = subprocess.Popen([sys.executable, "-m", "studio", "run", "--video", "pattern", "--duration", "60",
                             "--size", "640x360", "--canvas", "16:9", "--canvas-px", "640", "--realtime",
                             "--out", str(out)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        # wait for a few seconds of fragments on disk
        while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 200_000):
            time.sleep(0.2)
        time.sleep(1.0)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert out.exists(), proc.stderr.read().decode()
    images, times = decode_video(out)
    assert len(images) >= 60          # at least two seconds survived
    assert times[-1] >= 2.0


@pytest.mark.parametrize("lossless", [False, True])
def test_a_slow_encoder_never_holds_more_picture_than_the_budget(tmp_path, monkeypatch, lossless):
    """A 1080x1920 frame is 6 MB: the soak's window grew by 1.7 GB while the encoder lagged behind,
    because only the number of queued items was bounded. Picture waiting is now bounded in bytes:
    live runs drop the frames that do not fit, offline runs wait for the encoder."""
    import threading

    from studio.core.frames import VideoFrame
    from studio.outputs.recorder import Mp4Recorder, RecorderOptions

    gate = threading.Event()
    real_mux = Mp4Recorder._mux

    def slow_mux(container, stream, frames):
        gate.wait(10)
        real_mux(container, stream, frames)

    monkeypatch.setattr(Mp4Recorder, "_mux", staticmethod(slow_mux))
    recorder = Mp4Recorder(tmp_path / "out.mp4", RecorderOptions(queue_mb=12, lossless_queue=lossless))
    image = np.zeros((1280, 720, 3), np.uint8)          # 2.6 MB: four fit in 12 MB
    most_bytes = 0

    def feed():
        nonlocal most_bytes
        for i in range(40):
            recorder.write_video(VideoFrame(image.copy(), i * 33_333_333, i, 0))
            most_bytes = max(most_bytes, recorder._queued_video_bytes)

    writer = threading.Thread(target=feed)
    writer.start()
    writer.join(2.0)
    if lossless:
        assert writer.is_alive(), "offline runs wait for the encoder instead of dropping"
    else:
        assert not writer.is_alive() and recorder.frames_dropped >= 30
    assert most_bytes <= 12 * 1024 * 1024
    gate.set()
    writer.join(30)
    recorder.close()
    assert recorder.error is None
    assert recorder.frames_written == (40 if lossless else 40 - recorder.frames_dropped)
