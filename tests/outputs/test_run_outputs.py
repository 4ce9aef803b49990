"""`studio run` has the window's outputs: the virtual camera and the caption feed, from the same
options record (studio.live.options)."""

from __future__ import annotations

import json
import sys

import pytest

from studio.cli.main import main as studio_main


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the missing-driver sentence is Linux's")
def test_a_virtual_camera_without_its_driver_is_a_problem_that_says_what_to_install(tmp_path):
    report_path = tmp_path / "report.json"
    code = studio_main(["run", "--video", "pattern", "--size", "160x90", "--canvas-px", "320", "--duration", "1",
                        "--virtual-camera", "--markets", "DE", "--report", str(report_path)])
    report = json.loads(report_path.read_text("utf-8"))
    assert report["realtime"]                                   # a camera takes frames at their pace
    assert {"virtual camera", "disclosure_ticker"} <= set(report["features"])   # --markets brings the ticker
    camera = next(o for o in report["outputs"] if o["name"] == "virtual camera")
    if camera["ok"]:
        assert code == 0                                        # a machine with the driver
    else:
        assert code == 1 and any("v4l2loopback" in p for p in report["problems"])


def test_caption_feed_flag_serves_and_reports(tmp_path, capsys):
    report_path = tmp_path / "report.json"
    assert studio_main(["run", "--video", "pattern", "--size", "160x90", "--canvas-px", "320", "--duration", "1",
                        "--caption-feed", "0", "--report", str(report_path)]) == 0
    report = json.loads(report_path.read_text("utf-8"))
    assert "caption_feed" in report["features"]
    assert any(o["name"] == "caption feed" and o["ok"] for o in report["outputs"])
    assert "caption feed for OBS at http://127.0.0.1:" in capsys.readouterr().err


def test_unknown_markets_are_a_usage_error(capsys):
    assert studio_main(["run", "--video", "pattern", "--duration", "1", "--markets", "atlantis"]) == 2
    assert "atlantis" in capsys.readouterr().err.lower()
