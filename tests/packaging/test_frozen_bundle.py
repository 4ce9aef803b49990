"""Builds the Linux one-folder bundle with PyInstaller (build.spec) into a temporary folder and runs
the frozen app: `studio --version`, `studio doctor --for rehearsal --deep`, the window for a few
seconds (offscreen, `studio-gui --smoke-test-s`), and a headless `studio run` from a generated
video and tone to an MP4 that is decoded back (packaging/smoke_test.py).

The build takes a minute or two on 2 cores; it is the only way to catch a hidden import or a
library left behind before a host's installer does.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("PyInstaller", reason="PyInstaller is not installed: pip install -r requirements.lock")

ROOT = Path(__file__).resolve().parent.parent.parent
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]


def _load_smoke_module():
    spec = importlib.util.spec_from_file_location("studio_smoke_test", ROOT / "packaging" / "smoke_test.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """dist/ folder of a fresh build; the build's time and the bundle's size go to stdout."""
    work = tmp_path_factory.mktemp("pyinstaller")
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm",
                           "--distpath", str(work / "dist"), "--workpath", str(work / "build")],
                          cwd=ROOT, capture_output=True, text=True, timeout=1100)
    build_s = time.monotonic() - started
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"PyInstaller failed after {build_s:.0f} s:\n{log[-4000:]}"
    app = work / "dist" / "studio"
    size_mb = sum(f.stat().st_size for f in app.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6
    print(f"\nbundle: built in {build_s:.0f} s, {size_mb:.0f} MB at {app}")
    return work / "dist"


def test_bundle_holds_what_frozen_apps_usually_lose(bundle):
    internal = bundle / "studio" / "_internal"
    ext = ".so"
    expected = [
        "assets/models/manifest.json",
        "assets/shows/autumn-lip-launch.show.md",
        f"mediapipe/tasks/c/libmediapipe{ext}",                 # loaded with ctypes via importlib.resources
        "faster_whisper/assets/silero_vad_v6.onnx",             # the VAD model faster-whisper opens by path
        "certifi/cacert.pem",                                   # HTTPS for model downloads
        f"PySide6/Qt/plugins/platforms/libqoffscreen{ext}",     # headless text rendering
        f"PySide6/Qt/plugins/platforms/libqxcb{ext}",           # the window on X11
    ]
    missing = [p for p in expected if not (internal / p).exists()]
    assert not missing, f"missing from the bundle: {missing}"
    assert any(internal.glob("ctranslate2/_ext*")), "ctranslate2's extension is missing"
    assert any(internal.rglob("libctranslate2*")), "ctranslate2's shared library is missing"
    assert any(internal.glob("onnxruntime/capi/onnxruntime_pybind11_state*")), "onnxruntime is missing"
    assert not list(internal.rglob("*.task")), "model files belong in the models folder, not the bundle"
    unwanted = [p.name for p in internal.rglob("*") if any(
        name in p.name for name in ("QtWebEngine", "Qt6WebEngine", "Qt63D", "Qt6Quick", "Qt6Pdf"))]
    assert not unwanted, f"unused Qt modules were bundled: {unwanted[:10]}"
    # What bundle_trim and the excludes leave out (docs/packaging.md, "Size and time").
    assert not (internal / "matplotlib").exists() and not (internal / "PIL").exists(), "matplotlib/Pillow bundled"
    assert not [p.name for p in internal.rglob("libQt5*")], "a second Qt (OpenCV's Qt 5) was bundled"
    wordfreq_mb = sum(p.stat().st_size for p in (internal / "wordfreq" / "data").iterdir()) / 1e6
    assert wordfreq_mb < 15, f"wordfreq's lists were not cut: {wordfreq_mb:.0f} MB"


def test_frozen_app_runs_version_doctor_and_a_headless_job(bundle, tmp_path):
    smoke = _load_smoke_module()
    models = os.environ.get("STUDIO_MODELS_DIR")
    result = smoke.run_smoke(bundle, tmp_path, Path(models) if models else None)
    print("\n" + result.summary())
    assert [s.name for s in result.steps][1:] == [
        "studio --version", "studio doctor --for rehearsal --deep", "window opens and paints",
        "studio run (headless, file in, MP4 out)", "studio run --video pattern (recording)",
        "studio check --text --market US"]
    assert result.ok, result.summary()
