"""requirements.lock pins every dependency pyproject.toml declares, at a version that satisfies it,
so `pip install -r requirements.lock` (setup.sh, the release workflow) builds what pyproject says."""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent.parent


def _pins() -> dict[str, Version]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, sep, version = line.partition("==")
        assert sep, f"requirements.lock: '{line}' is not pinned with =="
        pins[canonicalize_name(name)] = Version(version.split(";")[0].strip())
    return pins


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    lines = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        lines += extra
    return [Requirement(line) for line in lines]


def test_every_declared_dependency_is_pinned_at_a_version_that_satisfies_it():
    pins = _pins()
    unpinned = [str(r) for r in _declared() if canonicalize_name(r.name) not in pins]
    assert not unpinned, f"add a pinned line to requirements.lock for: {unpinned}"
    outside = [f"{r} (locked {pins[canonicalize_name(r.name)]})" for r in _declared()
               if not r.specifier.contains(pins[canonicalize_name(r.name)], prereleases=True)]
    assert not outside, f"requirements.lock pins versions pyproject.toml does not allow: {outside}"


def test_one_opencv_is_left_installed():
    # Every OpenCV distribution writes the same cv2/: the lock pins the headless build the studio
    # uses and the contrib build mediapipe declares, which scripts/one_opencv.py (setup.sh) removes.
    opencv = sorted(name for name in _pins() if name.startswith("opencv"))
    assert opencv == ["opencv-contrib-python", "opencv-python-headless"], opencv
    installed = sorted(canonicalize_name(d.metadata["Name"]) for d in importlib.metadata.distributions()
                       if canonicalize_name(d.metadata["Name"]).startswith("opencv"))
    assert installed == ["opencv-python-headless"], f"run scripts/one_opencv.py: {installed}"
