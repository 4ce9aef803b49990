"""A feature asked for on the command line that cannot run is a problem: said in one sentence,
listed under `problems`, absent from the running features, exit status 1; what can run goes on
(the recording is still written)."""

from __future__ import annotations

import json
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest

from studio.captions.options import CaptionOptions
from studio.models.readiness import check_captions
from tests.captions.tiny_mt import opus_mt_folder

ROOT = Path(__file__).resolve().parent.parent
SHOW = ROOT / "assets" / "shows" / "autumn-lip-launch.show.md"


@pytest.fixture
def only_whisper_base(tmp_path, setup_models_dir, monkeypatch) -> Path:
    """A models folder holding only the real whisper-base (linked, not copied)."""
    models = tmp_path / "models"
    models.mkdir()
    (models / "whisper-base").symlink_to(setup_models_dir / "whisper-base", target_is_directory=True)
    monkeypatch.setenv("STUDIO_MODELS_DIR", str(models))
    return models


def studio_run(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess, dict]:
    report = tmp_path / "report.json"
    proc = subprocess.run([sys.executable, "-m", "studio", "run", "--show", str(SHOW), "--video", "pattern",
                           "--duration", "1", "--size", "320x180", "--no-tryon", "--out", str(tmp_path / "out.mp4"),
                           "--report", str(report), *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    return proc, json.loads(report.read_text("utf-8"))


def test_readiness_follows_the_ways_captions_can_translate(only_whisper_base, tmp_path):
    ready = check_captions(CaptionOptions(language="es", model="base", translate_to=["en", "es"]))
    assert ready.can_caption and ready.translations == ["en", "es"] and not ready.problems   # Whisper → English
    english_only = check_captions(CaptionOptions(language="es", model="tiny.en"))
    assert not english_only.can_caption and "English only" in english_only.problems[0]
    pair = opus_mt_folder(tmp_path / "opus-en-es", "en", "es")
    ready = check_captions(CaptionOptions(language="en", model="base", translate_to=["es", "de"],
                                          translation_models={"en-es": pair}))
    assert ready.translations == ["es"]
    [problem] = ready.problems
    assert problem.startswith("No translation model for en→de is installed, so 'de' captions are off")


def test_run_with_a_translation_that_has_no_model_says_so_and_exits_1(only_whisper_base, tmp_path):
    proc, report = studio_run(tmp_path, "--captions", "en", "--translate", "es")
    assert proc.returncode == 1, proc.stderr
    [problem] = report["problems"]
    assert "No translation model for en→es" in problem
    assert "only the 5 line(s) the show has an approved translation for" in problem
    assert f"studio models import argos-en-es {only_whisper_base / 'argos-en-es'}" in problem
    assert "captions" in report["features"] and "translation:es" not in report["features"]
    assert problem in proc.stderr and "1 problem(s)" in proc.stderr
    assert report["recording"]["frames_written"] == 30          # the rehearsal itself went on


def test_run_with_captions_and_no_whisper_model_lists_the_problem(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDIO_MODELS_DIR", str(tmp_path / "no-models"))
    proc, report = studio_run(tmp_path, "--captions", "en")
    assert proc.returncode == 1, proc.stderr
    [problem] = report["problems"]
    assert problem.startswith("Captions are off: The model 'whisper-base'")
    folder = tmp_path / "no-models" / "whisper-base"
    assert f"into {folder} and run `studio models import whisper-base {folder}`" in problem
    assert not {"captions", "caption_bar", "compliance"} & set(report["features"])
    assert "price_card" in report["features"] and report["recording"]["frames_written"] == 30
    assert report["subtitles"] == []


def test_run_without_feature_options_has_no_problems_and_exits_0(tmp_path):
    proc, report = studio_run(tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert report["problems"] == [] and report["warnings"] == []


def test_captions_command_with_a_translation_that_has_no_model_exits_1(only_whisper_base, tmp_path, capsys):
    from studio.cli.main import main

    audio = tmp_path / "quiet.wav"
    with wave.open(str(audio), "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(16000)
        w.writeframes((np.zeros(16000)).astype(np.int16).tobytes())
    assert main(["captions", str(audio), "--lang", "en", "--translate", "fr", "--jsonl", str(tmp_path / "c.jsonl")]) == 1
    err = capsys.readouterr().err
    assert "studio captions: No translation model for en→fr is installed, so 'fr' captions are off" in err
    assert "studio models download argos-en-fr" in err
    assert (tmp_path / "c.jsonl").is_file()                      # the captions themselves still ran


def test_tryon_on_a_picture_without_a_face_says_so_and_exits_1(tmp_path, capsys):
    import cv2

    from studio.cli.main import main

    wall = tmp_path / "wall.png"
    cv2.imwrite(str(wall), np.full((360, 480, 3), 180, np.uint8))
    assert main(["tryon", str(wall), "--look", "lipstick:ruby-matte", "--out", str(tmp_path / "out.png")]) == 1
    assert "no face was found in 'wall.png', so the look was not drawn" in capsys.readouterr().err
    assert (tmp_path / "out.png").is_file()
