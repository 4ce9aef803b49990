"""`studio run --rtmp`: a headless rehearsal streamed to a real RTMP server on loopback."""

import json
import subprocess
import sys
from pathlib import Path

from tests.media import write_pattern_video
from tests.outputs.program import analyse

ROOT = Path(__file__).resolve().parents[2]
KEY = "live_4242_cliSECRETkey"


def test_studio_run_streams_the_program_and_records_it(rtmp_server, tmp_path):
    video = write_pattern_video(tmp_path / "in.mp4", seconds=3.0, fps=30, size=(640, 360))
    report = tmp_path / "r.json"
    r = subprocess.run([sys.executable, "-m", "studio", "run", "--video", str(video), "--audio", str(video),
                        "--canvas", "16:9", "--canvas-px", "640", "--rtmp", f"{rtmp_server.url()}/{KEY}",
                        "--out", str(tmp_path / "out.mp4"), "--report", str(report)],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    rtmp_server.stop()
    assert r.returncode == 0, r.stderr
    data = json.loads(report.read_text())
    assert data["realtime"] is True                      # --rtmp paces the input like a camera
    assert any(name.startswith("rtmp") for name in data["features"]), (data["features"], data["problems"])
    [recording] = rtmp_server.recordings()
    got = analyse(recording)
    assert (got.width, got.height, got.video_codec, got.audio_codec) == (640, 360, "h264", "aac")
    assert len(got.video_times_s) >= 0.8 * 90
    assert recording.name.startswith(KEY)
    assert KEY not in r.stderr and KEY not in report.read_text()   # the key is never printed
