import numpy as np
import pytest

from studio.capture.audio_file import AudioFileSource, load_audio
from studio.capture.base import SourceError
from studio.capture.test_pattern import TestPatternSource, decode_counter
from studio.capture.video_file import VideoFileSource, open_media_source
from tests.media import make_audio, write_pattern_video, write_wav


def test_video_file_frames_come_with_media_time(tmp_path):
    path = write_pattern_video(tmp_path / "in.mp4", seconds=1.0, fps=30)
    src = VideoFileSource(path)
    src.open()
    frames = []
    while (raw := src.read()) is not None:
        frames.append(raw)
    src.close()
    assert len(frames) == 30
    assert frames[10].media_time_s == pytest.approx(10 / 30, abs=1e-3)
    assert decode_counter(frames[17].image) == 17


def test_looping_file_keeps_time_increasing(tmp_path):
    path = write_pattern_video(tmp_path / "in.mp4", seconds=0.5, fps=30)
    src = VideoFileSource(path, loop=True)
    src.open()
    times = [src.read().media_time_s for _ in range(40)]
    assert all(b > a for a, b in zip(times, times[1:]))


def test_truncated_video_plays_what_is_there(tmp_path):
    path = write_pattern_video(tmp_path / "in.mp4", seconds=2.0, fps=30)
    data = path.read_bytes()
    # The plain (non-fragmented) mp4 keeps its index at the end: cut it and PyAV fails to open;
    # a recording from the studio is fragmented and survives (see test_recorder).
    truncated = tmp_path / "cut.mp4"
    truncated.write_bytes(data[: len(data) // 2])
    src = VideoFileSource(truncated)
    try:
        src.open()
    except SourceError as exc:
        assert "not a readable video" in str(exc)
        return
    n = 0
    while src.read() is not None:
        n += 1
    assert n < 60


def test_corrupt_and_missing_files_say_so(tmp_path):
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(b"this is not a video" * 100)
    with pytest.raises(SourceError, match="not a readable video"):
        VideoFileSource(junk).open()
    with pytest.raises(SourceError, match="not found"):
        VideoFileSource(tmp_path / "nope.mp4").open()
    with pytest.raises(SourceError, match="not a readable image"):
        open_media_source(tmp_path / "x.png").open()
    with pytest.raises(SourceError):
        AudioFileSource(junk).open()


def test_image_file_repeats_as_frames(tmp_path):
    import cv2

    cv2.imwrite(str(tmp_path / "p.png"), np.full((100, 80, 3), 77, np.uint8))
    src = open_media_source(tmp_path / "p.png")
    src.duration_s = 0.2
    src.open()
    frames = []
    while (raw := src.read()) is not None:
        frames.append(raw)
    assert len(frames) == 6 and frames[0].image.shape == (100, 80, 3)


@pytest.mark.parametrize("suffix, codec", [(".wav", None), (".mp3", "libmp3lame"), (".m4a", "aac")])
def test_audio_files_decode_to_16k_mono_float(tmp_path, suffix, codec):
    import subprocess

    wav = write_wav(tmp_path / "tone.wav", make_audio(1.0, 440.0) * 10, rate=16000)
    path = wav
    if codec:
        path = tmp_path / f"tone{suffix}"
        subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", str(wav), "-ar", "44100", "-ac", "2",
                        "-c:a", codec, str(path)], check=True)
    samples = load_audio(path)
    assert samples.dtype == np.float32
    assert len(samples) == pytest.approx(16000, abs=2000)  # encoders add priming samples
    spectrum = np.abs(np.fft.rfft(samples[2000:14000]))
    peak_hz = np.argmax(spectrum) * 16000 / 12000
    assert peak_hz == pytest.approx(440, abs=5)


def test_real_speech_decodes(shared_speech):
    samples = load_audio(shared_speech / "LJ001-0002.wav")
    assert 0.5 < len(samples) / 16000 < 30
    assert np.abs(samples).max() > 0.05


def test_audio_source_blocks_are_100ms_with_media_time(tmp_path):
    wav = write_wav(tmp_path / "t.wav", make_audio(0.55, 300.0))
    src = AudioFileSource(wav)
    src.open()
    blocks = []
    while (b := src.read()) is not None:
        blocks.append(b)
    assert [len(b.samples) for b in blocks[:5]] == [1600] * 5
    assert blocks[3].media_time_s == pytest.approx(0.3)


def test_pattern_counter_survives_the_frame():
    src = TestPatternSource(640, 360, 30)
    src.open()
    for i in range(70):
        raw = src.read()
    assert decode_counter(raw.image) == 69
