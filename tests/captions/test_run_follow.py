"""`studio run --follow`: the window's teleprompter follow from the CLI, on real speech and the real
Whisper model, with the prompter's state in the report and the caption feed served. It runs in
real time (as a live does), so the reading is short."""

from __future__ import annotations

import json

import numpy as np

from studio.cli.main import main as studio_main

from .speech import SR

READING = ("Hi everyone, welcome to the Autumn Lip Launch! "
           "This is Ruby, a deep red with a soft matte finish.")


def test_run_follows_the_voice_proposes_and_never_switches(tmp_path, speak, wav_writer, example_show_path):
    from studio.models.registry import installed_path

    assert installed_path("whisper-tiny.en") is not None, "whisper-tiny.en is not installed: run scripts/setup.sh"
    speech = speak(READING)
    wav = wav_writer(np.concatenate([speech, np.zeros(2 * SR, np.float32)]), "reading.wav")
    report_path = tmp_path / "report.json"
    code = studio_main(["run", "--show", str(example_show_path), "--video", "pattern", "--size", "160x90",
                        "--canvas-px", "320", "--fps", "10", "--duration", f"{len(speech) / SR + 2:.1f}",
                        "--audio", str(wav), "--captions", "en", "--model", "tiny.en", "--follow",
                        "--no-tryon", "--caption-feed", "0", "--report", str(report_path)])
    report = json.loads(report_path.read_text("utf-8"))
    assert code == 0, report["problems"]
    assert report["realtime"] and {"captions", "prompter", "caption_feed"} <= set(report["features"])
    assert any(o["name"] == "caption feed" for o in report["outputs"])
    prompter = report["prompter"]
    heard = [m for m in prompter["moves"] if m["heard"]]
    assert heard and heard[0]["segment"] == 0, prompter            # the welcome is heard first...
    assert any(m["segment"] == 1 for m in heard)                     # ...then Ruby
    # The reading reaches Ruby: voice follow proposes segment 1; nothing is switched.
    assert 1 in prompter["proposals"] and prompter["on_air"] == 0
    assert all(m["on_air"] == 0 for m in prompter["moves"]) and report["segments"] == []
    assert prompter["position"]["segment"] == 1
    # The follower heard its early signal too, decoded on the captions thread with their model.
    assert prompter["early_signal"]["decodes"] > 0 and prompter["early_signal"]["windows"] > 0, prompter


def test_follow_needs_a_show_and_captions(capsys):
    assert studio_main(["run", "--video", "pattern", "--duration", "1", "--follow"]) == 2
    assert "--show" in capsys.readouterr().err
