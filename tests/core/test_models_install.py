"""Model download (progress, checksum, atomic) and offline import, against a local HTTP server."""

import hashlib
import http.server
import threading

import pytest

from studio.models import ModelMissingError, installed_path, require_model
from studio.models import install, registry


@pytest.fixture
def isolated_models(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDIO_MODELS_DIR", str(tmp_path / "models"))
    return tmp_path / "models"


@pytest.fixture
def served_file(tmp_path):
    payload = bytes(range(256)) * 8192  # 2 MB
    (tmp_path / "www").mkdir()
    (tmp_path / "www" / "face_landmarker.task").write_bytes(payload)

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **kw):
            super().__init__(*a, directory=str(tmp_path / "www"), **kw)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/face_landmarker.task", payload
    server.shutdown()


_REAL_SPEC = registry.spec


def _with_url(url, sha):
    spec = _REAL_SPEC("face_landmarker")
    return registry.ModelSpec(spec.name, spec.description, spec.kind,
                              (registry.ModelFile("face_landmarker.task", url, sha),))


def test_download_reports_progress_and_installs(isolated_models, served_file, monkeypatch):
    url, payload = served_file
    monkeypatch.setattr(install, "spec", lambda name: _with_url(url, hashlib.sha256(payload).hexdigest()))
    monkeypatch.setattr(registry, "spec", lambda name: _with_url(url, hashlib.sha256(payload).hexdigest()))
    progress = []
    install.download("face_landmarker", progress=lambda *a: progress.append(a))
    assert progress[-1][2] == len(payload) == progress[-1][3]
    assert installed_path("face_landmarker").read_bytes() == payload


def test_download_with_wrong_checksum_installs_nothing(isolated_models, served_file, monkeypatch):
    url, _ = served_file
    monkeypatch.setattr(install, "spec", lambda name: _with_url(url, "0" * 64))
    monkeypatch.setattr(registry, "spec", lambda name: _with_url(url, "0" * 64))
    with pytest.raises(install.ChecksumError):
        install.download("face_landmarker")
    assert installed_path("face_landmarker") is None
    assert not any(p.name.startswith(".face") for p in isolated_models.iterdir())  # no leftovers


def test_import_checks_the_real_checksum(isolated_models, tmp_path):
    fake = tmp_path / "face_landmarker.task"
    fake.write_bytes(b"not the model")
    with pytest.raises(install.ChecksumError, match="not the expected"):
        install.import_model("face_landmarker", fake)
    with pytest.raises(ModelMissingError, match="studio models import face_landmarker"):
        require_model("face_landmarker")


def test_the_real_model_from_setup_imports(isolated_models, setup_models_dir):
    real = setup_models_dir / "face_landmarker" / "face_landmarker.task"
    if not real.exists():
        pytest.fail("run scripts/setup.sh first")
    install.import_model("face_landmarker", real)
    assert require_model("face_landmarker").stat().st_size == real.stat().st_size
