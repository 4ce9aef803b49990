"""What each piece of the one-folder bundle costs on disk (docs/packaging.md, issue 13 item 6).

    .venv/bin/python benchmarks/bench_bundle.py dist/            # an existing build (dist/studio/)
    .venv/bin/python benchmarks/bench_bundle.py --build /tmp/b   # build.spec into /tmp/b first (minutes)
    .venv/bin/python benchmarks/bench_bundle.py dist/ --compare /tmp/old/dist   # before/after columns

Prints the size per component, largest first, then every single file over 5 MB, and what looks
like waste (test folders, .py next to the archive, unstripped ELF files). Sizes are bytes on
disk of regular files (symlinks are not counted twice); MB = 10^6 bytes.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIG_FILE_MB = 5.0

# (component, test on the path relative to _internal/, lower-case, with '/' separators). First match wins,
# so the narrow rules (OpenCV's Qt, PySide6's FFmpeg) come before their package's catch-all.
_QT5_NAMES = ("libqt5", "libxcb", "libxkbcommon", "libpcre2-16", "libfreetype", "libharfbuzz",
              "libgraphite2", "libpng16-")
_FFMPEG_NAMES = ("libav", "libsw", "libpostproc", "libx264", "libx265", "libvpx", "libaom", "libdav1d",
                 "libsvtav1", "libopus", "libmp3lame", "libvorbis", "libogg", "libtheora", "libspeex",
                 "libopencore", "libopenjp2", "libgnutls", "libnettle", "libhogweed", "libgmp", "libunistring",
                 "libtasn1", "libp11", "libidn", "libssl", "libcrypto", "libvpl", "libdrm", "libva", "libbz2",
                 "liblzma", "libsrt", "libzmq", "libsoxr", "libxml2", "libwebp", "libsharpyuv", "libavif")


def _rules() -> list[tuple[str, callable]]:
    def under(*prefixes):
        return lambda p: p.startswith(prefixes)

    def in_opencv_libs(names):   # opencv_python_headless.libs/, opencv_contrib_python.libs/...
        return lambda p: p.startswith("opencv_") and ".libs/" in p and p.split("/")[-1].startswith(names)

    return [
        ("test data (tests/ folders)", lambda p: "/tests/" in f"/{p}" or "/test/" in f"/{p}"),
        ("OpenCV: Qt 5 for highgui (libs)", in_opencv_libs(_QT5_NAMES)),
        ("OpenCV: Qt 5 plug-ins and fonts (cv2/qt)", under("cv2/qt/")),
        ("OpenCV: FFmpeg for videoio", in_opencv_libs(_FFMPEG_NAMES)),
        ("OpenCV: OpenBLAS", in_opencv_libs(("libopenblas", "libgfortran", "libquadmath"))),
        ("OpenCV: cv2 and other libs", under("cv2/", "opencv_")),
        ("PySide6: FFmpeg for Qt Multimedia", lambda p: p.startswith("pyside6/qt/lib/lib") and p.split("/")[-1]
            .startswith(("libav", "libsw", "libqt6ffmpegstub"))),
        ("PySide6: ICU", lambda p: p.startswith("pyside6/qt/lib/libicu")),
        ("PySide6: translations", under("pyside6/qt/translations/")),
        ("PySide6: plug-ins", under("pyside6/qt/plugins/")),
        ("PySide6: Qt 6 libraries", under("pyside6/qt/lib/")),
        ("PySide6: bindings and shiboken6", under("pyside6/", "shiboken6/")),
        ("CTranslate2", under("ctranslate2/", "ctranslate2.libs/")),
        ("ONNX Runtime", under("onnxruntime/", "onnxruntime.libs/")),
        ("MediaPipe", under("mediapipe/", "mediapipe.libs/")),
        ("PyAV: FFmpeg", under("av.libs/")),
        ("PyAV: bindings", under("av/")),
        ("SciPy", under("scipy/", "scipy.libs/")),
        ("NumPy", under("numpy/", "numpy.libs/")),
        ("matplotlib (mediapipe's vision package imports pyplot)",
         under("matplotlib/", "matplotlib.libs/", "pil/", "pillow.libs/", "kiwisolver", "contourpy",
               "fonttools/", "mpl_toolkits/")),
        ("studio assets", under("assets/")),
        ("Python runtime (libpython, lib-dynload, base_library.zip)",
         lambda p: p.startswith(("libpython", "python3", "lib-dynload/", "base_library.zip"))),
    ]


def _is_stripped(path: Path) -> bool | None:
    """False for an ELF file that still has a .symtab or .debug_* section, None when not ELF."""
    try:
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                return None
    except OSError:
        return None
    try:
        out = subprocess.run(["readelf", "-S", "-W", str(path)], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    return not any(name in out for name in (" .symtab ", " .debug_info "))


def measure(app: Path) -> dict:
    """{'components': {name: bytes}, 'files': [(path, bytes)], 'total': bytes, 'waste': {...}}."""
    internal = app / "_internal"
    rules = _rules()
    components: dict[str, int] = defaultdict(int)
    files: list[tuple[str, int]] = []
    total = 0
    py_sources = unstripped = 0
    unstripped_files: list[str] = []
    for path in sorted(app.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        size = path.stat().st_size
        total += size
        rel = path.relative_to(internal).as_posix() if internal in path.parents else path.name
        files.append((rel, size))
        key = rel.lower()
        if path.parent == app:
            name = "executables (each with its Python archive)"
        else:
            name = next((n for n, test in rules if test(key)), None)
            if name is None:
                top = rel.split("/")[0]
                name = f"other: {top}"
        components[name] += size
        if path.suffix == ".py":
            py_sources += size
        if size > 1_000_000 and _is_stripped(path) is False:
            unstripped += size
            unstripped_files.append(rel)
    return {"components": dict(components), "files": files, "total": total,
            "waste": {"py sources next to the archive": py_sources,
                      "unstripped ELF files over 1 MB (their whole size)": unstripped},
            "unstripped": unstripped_files}


def _fold_small(components: dict[str, int]) -> dict[str, int]:
    """'other: x' entries under 5 MB become one line, so the table stays readable."""
    folded: dict[str, int] = defaultdict(int)
    for name, size in components.items():
        if name.startswith("other: ") and size < BIG_FILE_MB * 1e6:
            folded["other (each under 5 MB)"] += size
        else:
            folded[name] += size
    return dict(folded)


def report(app: Path, before: Path | None = None) -> str:
    now = measure(app)
    old = measure(before) if before else None
    rows = _fold_small(now["components"])
    old_rows = _fold_small(old["components"]) if old else {}
    names = sorted(set(rows) | set(old_rows), key=lambda n: -max(rows.get(n, 0), old_rows.get(n, 0)))
    lines = [f"bundle: {app}"]
    if old:
        lines.append(f"{'component':<58} {'before MB':>10} {'after MB':>10}")
        for n in names:
            lines.append(f"{n:<58} {old_rows.get(n, 0) / 1e6:>10.1f} {rows.get(n, 0) / 1e6:>10.1f}")
        lines.append(f"{'total':<58} {old['total'] / 1e6:>10.1f} {now['total'] / 1e6:>10.1f}")
    else:
        lines.append(f"{'component':<58} {'MB':>8}")
        for n in names:
            lines.append(f"{n:<58} {rows[n] / 1e6:>8.1f}")
        lines.append(f"{'total':<58} {now['total'] / 1e6:>8.1f}")
    lines.append(f"\nfiles over {BIG_FILE_MB:.0f} MB:")
    for rel, size in sorted(now["files"], key=lambda f: -f[1]):
        if size < BIG_FILE_MB * 1e6:
            break
        lines.append(f"  {size / 1e6:7.1f} MB  {rel}")
    lines.append("\nwaste still in the bundle:")
    for name, size in now["waste"].items():
        lines.append(f"  {name}: {size / 1e6:.1f} MB")
    for rel in now["unstripped"][:15]:
        lines.append(f"    unstripped: {rel}")
    return "\n".join(lines)


def build(out: Path) -> Path:
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm",
                           "--distpath", str(out / "dist"), "--workpath", str(out / "build")],
                          cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"PyInstaller failed:\n{(proc.stdout + proc.stderr)[-4000:]}")
    print(f"built in {time.monotonic() - started:.0f} s")
    return out / "dist"


def _app_folder(dist: Path) -> Path:
    app = dist / "studio" if (dist / "studio").is_dir() else dist
    if not (app / "_internal").is_dir():
        raise SystemExit(f"{dist}: no one-folder bundle here (expected studio/_internal/)")
    return app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dist", nargs="?", help="a dist/ folder (or dist/studio/) from build.spec")
    parser.add_argument("--build", metavar="DIR", help="build build.spec into DIR first and measure that")
    parser.add_argument("--compare", metavar="DIST", help="an older dist/ folder: print before/after columns")
    args = parser.parse_args(argv)
    if args.build:
        dist = build(Path(args.build))
    elif args.dist:
        dist = Path(args.dist)
    else:
        parser.error("give a dist/ folder or --build DIR")
    print(report(_app_folder(dist), _app_folder(Path(args.compare)) if args.compare else None))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
