"""`studio doctor`: real checks on this machine; only the device lists and disk size are
replaced where a test needs a machine that has (or lacks) them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections import namedtuple
from pathlib import Path

import pytest

from studio import doctor
from studio.capture import devices
from studio.cli.main import main
from studio.doctor import Purpose, Status

ROOT = Path(__file__).resolve().parent.parent


def _by_name(report) -> dict:
    return {c.name: c for c in report.checks}


@pytest.fixture
def with_devices(monkeypatch):
    """A machine with one camera and one microphone (this one has neither)."""
    monkeypatch.setattr(devices, "list_cameras", lambda: [devices.CameraInfo(0, "FaceTime HD Camera")])
    monkeypatch.setattr(devices, "list_microphones",
                        lambda: [devices.MicrophoneInfo(1, "USB Mic", True, 1, 48000.0)])


@pytest.fixture
def without_devices(monkeypatch):
    monkeypatch.setattr(devices, "list_cameras", lambda: [])
    monkeypatch.setattr(devices, "list_microphones", lambda: [])


def test_rehearsal_is_ready_on_a_machine_without_devices(without_devices):
    report = doctor.run_checks(Purpose.REHEARSAL)
    assert report.ready, report.verdict()
    checks = _by_name(report)
    assert checks["camera"].status is Status.INFO and not checks["camera"].required
    # The install is complete here: every component imports.
    assert all(c.status is Status.OK for c in report.checks if c.section == "install")
    assert report.verdict().startswith("Ready for a rehearsal")


def test_live_without_camera_and_microphone_is_blocked_with_a_clear_sentence(without_devices):
    report = doctor.run_checks(Purpose.LIVE)
    assert not report.ready
    assert {c.name for c in report.blockers} == {"camera", "microphone"}
    verdict = report.verdict()
    assert verdict.startswith("Not ready for a live: camera: connect a camera")
    assert "microphone: connect a microphone" in verdict


def test_live_with_devices_is_ready_and_names_them(with_devices):
    report = doctor.run_checks(Purpose.LIVE)
    assert report.ready, report.verdict()
    checks = _by_name(report)
    assert checks["camera"].detail == "FaceTime HD Camera"
    assert checks["microphone"].detail == "USB Mic"


def test_a_broken_device_backend_is_reported_not_raised(monkeypatch, with_devices):
    def broken():
        raise OSError("PortAudio library not found")

    monkeypatch.setattr(devices, "list_microphones", broken)
    report = doctor.run_checks(Purpose.LIVE)
    mic = _by_name(report)["microphone"]
    assert mic.blocks and "PortAudio library not found" in mic.detail
    assert _by_name(report)["camera"].status is Status.OK


def test_fonts_cover_every_script_with_a_real_font():
    checks = _by_name(doctor.run_checks(Purpose.REHEARSAL))
    for script in doctor.SCRIPT_SAMPLES:
        check = checks[f"{script} text"]
        assert check.status is Status.OK, check.detail
    # The font is one that really has the glyphs, not a Latin family answering through fallback.
    assert "CJK" in checks["Chinese text"].detail
    assert "Arabic" in checks["Arabic text"].detail or "Naskh" in checks["Arabic text"].detail


def test_font_coverage_is_per_font_file():
    from studio.overlays.qt_paint import ensure_gui_application

    ensure_gui_application()
    assert doctor._font_covering("直播", "SimplifiedChinese") is not None
    # A private-use character no installed font has.
    assert doctor._font_covering("直\U000F0001", "SimplifiedChinese") is None


def test_a_missing_chinese_font_blocks_a_live_and_other_scripts_only_warn(monkeypatch, with_devices):
    monkeypatch.setattr(doctor, "_font_covering", lambda sample, ws: None)
    report = doctor.run_checks(Purpose.LIVE)
    checks = _by_name(report)
    assert checks["Chinese text"].blocks
    assert checks["Thai text"].status is Status.WARN and not checks["Thai text"].blocks
    assert "empty boxes" in checks["Thai text"].detail


def test_installed_models_are_listed_and_missing_ones_only_warn(tmp_path, monkeypatch, without_devices):
    report = doctor.run_checks(Purpose.REHEARSAL)
    checks = _by_name(report)
    assert checks["whisper-base"].status is Status.OK      # installed by scripts/setup.sh
    assert "captions model" not in checks

    monkeypatch.setenv("STUDIO_MODELS_DIR", str(tmp_path / "empty-models"))
    report = doctor.run_checks(Purpose.REHEARSAL)
    checks = _by_name(report)
    assert checks["captions model"].status is Status.WARN
    advice = checks["captions model"].advice
    assert "studio models download whisper-base" in advice
    # offline: the exact folder to copy the files into and the exact import command
    folder = tmp_path / "empty-models" / "whisper-base"
    assert f"copy its files (config.json, model.bin, tokenizer.json, vocabulary.txt) into {folder}" in advice
    assert f"`studio models import whisper-base {folder}`" in advice
    assert f"studio models import face_landmarker {folder.parent / 'face_landmarker'}" in checks["try-on model"].advice
    assert report.ready


def test_a_nearly_full_disk_blocks_and_a_low_one_warns(monkeypatch, with_devices):
    Usage = namedtuple("Usage", "total used free")
    real = shutil.disk_usage

    def fake(free):
        return lambda path: Usage(real(path).total, 0, free)

    monkeypatch.setattr(doctor.shutil, "disk_usage", fake(300_000_000))
    report = doctor.run_checks(Purpose.LIVE)
    rec = _by_name(report)["recordings folder"]
    assert rec.blocks and "0.3 GB free" in rec.detail
    assert "free at least 1 GB" in report.verdict()

    monkeypatch.setattr(doctor.shutil, "disk_usage", fake(2_000_000_000))
    report = doctor.run_checks(Purpose.LIVE)
    assert _by_name(report)["recordings folder"].status is Status.WARN
    assert report.ready


def test_a_crashing_check_does_not_hide_the_others(monkeypatch, without_devices):
    def crash():
        raise RuntimeError("manifest unreadable")

    monkeypatch.setattr(doctor, "CHECKS", tuple(crash if c is doctor.check_models else c
                                                for c in doctor.CHECKS))
    report = doctor.run_checks(Purpose.REHEARSAL)
    crashed = [c for c in report.checks if c.section == "doctor"]
    assert len(crashed) == 1 and "manifest unreadable" in crashed[0].detail
    assert not report.ready
    assert any(c.section == "fonts" for c in report.checks)


def test_cli_json_and_exit_status(capsys, with_devices):
    assert main(["doctor", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ready"] is True and data["purpose"] == "live"
    assert {c["section"] for c in data["checks"]} >= {"devices", "install", "fonts", "gpu", "models",
                                                      "disk", "versions", "files"}
    versions = {c["name"]: c["detail"] for c in data["checks"] if c["section"] == "versions"}
    assert versions["ctranslate2"][0].isdigit()


def test_cli_text_blocked_live_exits_1(capsys, without_devices):
    assert main(["doctor"]) == 1
    out = capsys.readouterr().out
    assert "[FAIL] camera: no camera found (required)" in out
    assert out.rstrip().splitlines()[-1].startswith("Not ready for a live:")


def test_support_bundle_holds_the_logs_and_the_report(tmp_path, capsys, without_devices):
    log_file = doctor.log_file()
    log_file.write_text("12:00:01 ERROR recorder: disk full\n", encoding="utf-8")
    (log_file.parent / "studio.log.1").write_text("older\n", encoding="utf-8")
    assert main(["doctor", "--for", "rehearsal", "--support-bundle", str(tmp_path)]) == 0
    bundles = list(tmp_path.glob("LiveHostStudio-support-*.zip"))
    assert len(bundles) == 1
    with zipfile.ZipFile(bundles[0]) as zf:
        assert sorted(zf.namelist()) == ["doctor.json", "logs/studio.log", "logs/studio.log.1"]
        assert "disk full" in zf.read("logs/studio.log").decode()
        assert json.loads(zf.read("doctor.json"))["purpose"] == "rehearsal"
    assert str(bundles[0]) in capsys.readouterr().err


def test_doctor_runs_as_a_command_in_a_fresh_process(tmp_path):
    env = dict(os.environ, STUDIO_DATA_DIR=str(tmp_path))
    proc = subprocess.run([sys.executable, "-m", "studio", "doctor", "--for", "rehearsal", "--format", "json"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    data = json.loads(proc.stdout)
    assert data["verdict"].startswith("Ready for a rehearsal")
    files = {c["name"]: c["detail"] for c in data["checks"] if c["section"] == "files"}
    assert files["log file"] == str(tmp_path / "logs" / "studio.log")


def test_deep_runs_each_installed_model_once_and_times_it(without_devices):
    report = doctor.run_checks(Purpose.REHEARSAL, deep=True)
    perf = {c.name: c for c in report.checks if c.section == "performance"}
    assert set(perf) == {"face tracking", "captions", "sentence encoder"}
    assert all(c.status is Status.OK for c in perf.values()), [c.detail for c in perf.values()]
    assert "ms per 720p frame" in perf["face tracking"].detail
    assert perf["captions"].detail.startswith("whisper-")


def test_deep_reports_a_damaged_model_and_goes_on(tmp_path, monkeypatch, without_devices, setup_models_dir):
    models = tmp_path / "models"
    shutil.copytree(setup_models_dir / "whisper-tiny.en", models / "whisper-tiny.en")
    (models / "whisper-tiny.en" / "model.bin").write_bytes(b"not a model")
    monkeypatch.setenv("STUDIO_MODELS_DIR", str(models))
    report = doctor.run_checks(Purpose.REHEARSAL, deep=True)
    captions = _by_name(report)["captions"]
    assert captions.status is Status.WARN and "did not run" in captions.detail
    assert "studio models download whisper-tiny.en" in captions.advice
    assert report.ready


def test_the_recordings_folder_chosen_in_the_window_is_the_one_checked(tmp_path, without_devices):
    from studio.ui.settings import StudioSettings

    chosen = tmp_path / "External Drive" / "录像"
    settings = StudioSettings()
    settings.recordings_dir = str(chosen)
    settings.qsettings.sync()
    rec = _by_name(doctor.run_checks(Purpose.REHEARSAL))["recordings folder"]
    assert rec.status is Status.OK and str(chosen) in rec.detail
    assert chosen.is_dir()


def test_a_non_utf8_output_stream_does_not_crash_the_report(tmp_path):
    # What a pipe gets on Windows (cp1252): the script samples cannot be encoded there.
    env = dict(os.environ, STUDIO_DATA_DIR=str(tmp_path), PYTHONIOENCODING="latin-1")
    proc = subprocess.run([sys.executable, "-m", "studio", "doctor", "--for", "rehearsal"], cwd=ROOT, env=env,
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode("latin-1")
    # The CLI switches such a stream to UTF-8, so the samples arrive intact instead of as '???'.
    assert "Chinese text: '直播间".encode() in proc.stdout
