"""`studio run` over files, as a producer (or CI) calls it."""

import json
import subprocess
import sys
from pathlib import Path

from studio.capture.test_pattern import decode_counter
from tests.media import decode_video, write_pattern_video

ROOT = Path(__file__).resolve().parents[2]


def studio(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "studio", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_run_over_files_writes_recording_and_report(tmp_path, example_show_path):
    video = write_pattern_video(tmp_path / "in.mp4", seconds=2.0, fps=30)
    out, report = tmp_path / "out.mp4", tmp_path / "report.json"
    r = studio("run", "--show", example_show_path, "--video", video, "--audio", video, "--out", out,
               "--report", report, "--canvas", "16:9", "--segment-every", "1")
    assert r.returncode == 0, r.stderr
    data = json.loads(report.read_text())
    assert data["frames_in"] == data["frames_out"] == 60 and data["dropped_frames"] == 0
    assert data["latency_ms"]["p95"] >= data["latency_ms"]["p50"] > 0
    assert {"compose", "filter:price_card", "latency"} <= set(data["stages"])
    assert data["recording"]["frames_written"] == 60
    assert [s["segment"] for s in data["segments"]] == [1]
    assert 0.95 <= data["segments"][0]["at_s"] <= 1.2      # media time, not wall time
    images, _ = decode_video(out)
    assert len(images) == 60
    assert images[0].shape == (720, 1280, 3)
    # every frame made it, in order (the pattern's counter strip survives H.264 twice)
    assert [decode_counter(img) for img in images[::10]] == list(range(0, 60, 10))


def test_realtime_run_paces_the_input(tmp_path):
    report = tmp_path / "r.json"
    r = studio("run", "--video", "pattern", "--duration", "2", "--size", "640x360", "--realtime",
               "--report", report)
    assert r.returncode == 0, r.stderr
    data = json.loads(report.read_text())
    assert 1.8 < data["wall_s"] < 4.0
    assert data["frames_in"] >= 55


def test_bad_input_gets_a_clear_sentence(tmp_path):
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(b"\x00junk" * 500)
    r = studio("run", "--video", junk, "--report", tmp_path / "r.json")
    assert r.returncode == 1
    assert "not a readable video" in r.stderr
    r = studio("run", "--video", tmp_path / "missing.mp4")
    assert r.returncode == 2 and "video file not found" in r.stderr
    bad_show = tmp_path / "bad.show.md"
    bad_show.write_text("# T\n## Segment: A (soon)\n")
    r = studio("run", "--show", bad_show, "--video", "pattern", "--duration", "1")
    assert r.returncode == 2 and "bad.show.md:2:" in r.stderr
    r = studio("run", "--video", "pattern")
    assert r.returncode == 2 and "--duration" in r.stderr


def test_version():
    r = studio("--version")
    assert r.returncode == 0 and r.stdout.startswith("Live Host Studio ")


def test_run_applies_the_segment_look_to_a_real_face(tmp_path):
    """The whole assembly: a face photo as the camera, the look pinned, the recording changed
    at the lips and nowhere far from them."""
    import cv2
    import numpy as np
    from skimage import data

    face = tmp_path / "astronaut.png"
    cv2.imwrite(str(face), cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR))
    plain, tried = tmp_path / "plain.mp4", tmp_path / "tried.mp4"
    base = ["run", "--video", face, "--duration", "0.5", "--canvas", "16:9", "--canvas-px", "512",
            "--no-price-card", "--report", tmp_path / "r.json"]
    assert studio(*base, "--no-tryon", "--out", plain).returncode == 0
    r = studio(*base, "--look", "lipstick:ruby-matte", "--out", tried)
    assert r.returncode == 0, r.stderr
    report = json.loads((tmp_path / "r.json").read_text())
    assert "tryon" in report["features"] and report["stages"]["filter:tryon"]["count"] == 15
    # a file run tracks every frame in line, and the report says what the try-on did with each
    assert report["tryon"] == {"frames": {"drawn": 15}, "tracking": "in line"}
    a, b = decode_video(plain)[0][-1].astype(int), decode_video(tried)[0][-1].astype(int)
    changed = np.abs(a - b).sum(axis=2) > 40
    ys, xs = np.nonzero(changed)
    assert changed.sum() > 200                              # lipstick was drawn
    # astronaut's mouth is around (x≈0.5, y≈0.45) of the picture's 16:9 crop: the change stays there
    assert np.ptp(ys) < a.shape[0] * 0.25 and np.ptp(xs) < a.shape[1] * 0.25


def test_output_survives_a_legacy_code_page(tmp_path):
    import os

    env = dict(os.environ, PYTHONIOENCODING="cp1252")
    r = subprocess.run([sys.executable, "-m", "studio", "check", "--text", "全网第一的口红", "--market", "CN"],
                       cwd=ROOT, capture_output=True, timeout=120, env=env)
    assert r.returncode == 1                     # a blocking finding, not a UnicodeEncodeError crash
    assert "第一".encode() in r.stdout
