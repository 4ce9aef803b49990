"""Estimated one-folder bundle size on Windows and macOS, from the real wheels (issue 13 item 6).

    .venv/bin/python benchmarks/bench_bundle_wheels.py --linux-bundle /tmp/b/dist --wheels /tmp/bw/wheels
    .venv/bin/python benchmarks/bench_bundle_wheels.py ... --platforms win_amd64 macos_arm64 --no-download

Installers for Windows and macOS cannot be built here, and their native libraries differ from the Linux
ones. This script downloads the wheel of every package with native code that the bundle carries, at the
version pinned in requirements.lock (`pip download --no-deps --only-binary=:all: --platform ...`), and
sums what build.spec would collect from it:

- extension modules: the ones the Linux bundle has (the same imports), plus the platform's own
  (PySide6.QtMultimedia on Windows/macOS, pyvirtualcam's native back-end);
- shared libraries: those PyInstaller's dependency analysis would reach, followed through the import
  tables of the files themselves (ELF DT_NEEDED, PE imports, Mach-O load commands) from those modules,
  from what hooks collect by pattern (collect_dynamic_libs: mediapipe, ctranslate2, onnxruntime, cv2 on
  Windows; PyAV's av.libs on Windows; sounddevice's PortAudio) and from the Qt plug-ins the collected
  Qt modules bring (PyInstaller's own Qt module table);
- data files: the wheel paths the Linux bundle holds (mediapipe's schemas, lxml's schematron files),
  all of opencc's (its hook is collect_data_files), Qt translations of the collected modules;
- then build.spec's cuts, with packaging/pyinstaller/bundle_trim.py's own functions on the wheel paths.
  On macOS every Mach-O file counts as its slice for the target arch (PyInstaller thins fat binaries to
  the build machine's arch). On Linux, ELF files count without symbol tables and debug sections (the
  spec strips them), which the Linux column checks against the measured bundle.

Pure-Python parts, data, metadata and the Python runtime are taken from the Linux bundle's measured
figures (the runtime is an approximation for Windows/macOS: python311.dll / the framework's libpython,
DLLs/lib-dynload and OpenSSL/SQLite are of the same order but not measured here). Windows and macOS
have two executables (console + windowed), each with its own copy of the Python archive. MB = 10^6 bytes.
"""

from __future__ import annotations

import argparse
import fnmatch
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging" / "pyinstaller"))
sys.path.insert(0, str(ROOT))

# build.spec's name filter on binaries (UNUSED_QT_BINARIES there; the spec cannot be imported).
UNUSED_QT_BINARIES = ("virtualkeyboard", "qpdf", "qt6pdf", "qtpdf", "qt6quick", "qtquick", "qt6qml", "qtqml")
# Qt modules the studio imports (studio/ui); build.spec excludes QtMultimedia on Linux only.
EXTRA_BINDINGS = {"linux": set(), "win": {"PySide6.QtMultimedia"}, "mac": {"PySide6.QtMultimedia"}}
# Hooks that collect shared libraries by file pattern (PyInstaller's collect_dynamic_libs patterns).
DYLIB_PATTERNS = ("*.dll", "*.dylib", "lib*.so")
PATTERN_COLLECTED = {"all": ("mediapipe/", "ctranslate2/", "onnxruntime/"), "win": ("cv2/",)}
SKIP_SUFFIXES = (".py", ".pyc", ".pyi", ".pxd", ".pyx", ".h", ".hpp", ".c", ".cpp", ".cc")
_FFMPEG = ("avcodec", "avformat", "avutil", "avfilter", "avdevice", "swscale", "swresample", "postproc",
           "x264", "x265", "svtav1", "aom", "dav1d", "vpx", "opus", "mp3lame", "vorbis", "ogg", "theora",
           "speex", "opencore", "openjp2", "gnutls", "nettle", "hogweed", "gmp", "unistring", "tasn1", "idn",
           "vpl", "drm", "va", "srt", "zmq", "soxr", "webp", "sharpyuv", "avif", "bluray", "openh264")
# Libraries of the Python runtime itself (_ssl, _hashlib, _sqlite3, _lzma, _bz2, zlib, pyexpat, _ctypes, _uuid):
# Python for Windows and macOS ships its own, so they count with the runtime, not with Linux's system libraries.
PYTHON_LIBS = ("libcrypto.so", "libssl.so", "libsqlite3.so", "liblzma.so", "libbz2.so", "libz.so", "libexpat.so",
               "libffi.so", "libuuid.so")

from benchmarks.bundle_wheels import (  # noqa: E402
    NATIVE_PACKAGES, PLATFORMS, WheelFile, _find_wheel, download, is_extension, module_name, read_wheels,
)


# ---------------------------------------------------------------- what build.spec would collect

def _qt_table() -> tuple[dict[str, object], dict[str, object]]:
    """PyInstaller's own Qt module table for PySide6: {binding module: entry}, {Qt6 library: entry}."""
    from PyInstaller.utils.hooks.qt import _modules_info as info

    by_module, by_lib = {}, {}
    for entry in info.QT_MODULES_INFO:
        if entry.bindings and "PySide6" not in info.process_namespace_strings(entry.bindings):
            continue
        if entry.module:
            by_module[entry.module] = entry
        if entry.shared_lib:
            by_lib[f"Qt6{entry.shared_lib}"] = entry
    return by_module, by_lib


def _qt_lib_name(path: str) -> str | None:
    """'Qt6Network' for libQt6Network.so.6, Qt6Network.dll and QtNetwork.framework/Versions/A/QtNetwork."""
    name = PurePosixPath(path).name
    match = re.match(r"^(?:lib)?Qt6([A-Za-z0-9]+)(?:\.dll|\.so.*)$", name)
    if match:
        return f"Qt6{match.group(1)}"
    match = re.search(r"Qt([A-Za-z0-9]+)\.framework/Versions/[^/]+/Qt\1$", path)
    return f"Qt6{match.group(1)}" if match else None


def _key(name: str, os_name: str) -> str:
    name = PurePosixPath(name.replace("\\", "/")).name
    return name.lower() if os_name == "win" else name


def _closure(roots: list[WheelFile], index: dict[str, WheelFile], os_name: str) -> dict[str, WheelFile]:
    chosen = {f.path: f for f in roots}
    todo = list(roots)
    while todo:
        for name in todo.pop().needed:
            dep = index.get(_key(name, os_name))
            if dep is not None and dep.path not in chosen:
                chosen[dep.path] = dep
                todo.append(dep)
    return chosen


def _unused_qt(path: str) -> bool:
    return any(part in PurePosixPath(path).name.lower() for part in UNUSED_QT_BINARIES)


def select(files: list[WheelFile], os_name: str, linux_paths: set[str], linux_modules: set[str]) -> list[WheelFile]:
    """The wheel files build.spec would put in the bundle on this OS (see the module docstring)."""
    import bundle_trim

    # bundle_trim decides its OS-specific cuts from sys.platform at import: make it see the target OS.
    bundle_trim.IS_WINDOWS, bundle_trim.IS_LINUX, bundle_trim.IS_MAC = os_name == "win", os_name == "linux", \
        os_name == "mac"
    by_module, by_lib = _qt_table()
    index: dict[str, WheelFile] = {}
    for f in files:
        if f.native and not is_extension(f.path):
            index.setdefault(_key(f.path, os_name), f)
    wanted = linux_modules | EXTRA_BINDINGS[os_name]
    roots = [f for f in files if f.native and is_extension(f.path) and (
        module_name(f.path) in wanted or (f.project == "pyvirtualcam" and "_native_" in f.path))]
    pattern_dirs = PATTERN_COLLECTED["all"] + PATTERN_COLLECTED.get(os_name, ())
    for f in files:
        name = PurePosixPath(f.path).name
        if f.native and f.path.startswith(pattern_dirs) and any(fnmatch.fnmatch(name, p) for p in DYLIB_PATTERNS):
            roots.append(f)
        elif os_name == "win" and f.path.startswith("av.libs/"):
            roots.append(f)                               # hook-av: av.libs as data files
        elif os_name == "win" and f.project.startswith("PySide6") and re.fullmatch(
                r"PySide6/(opengl32sw|libEGL|libGLESv2|d3dcompiler_\d\d|icu(dt|in|uc)\d\d)\.dll", f.path):
            roots.append(f)                               # PyInstaller's Qt hook: extra Windows binaries
    # Qt modules: the bindings collected and the Qt libraries they link (plug-ins are not scanned).
    bindings = _closure([f for f in roots if f.path.startswith("PySide6/")], index, os_name)
    qt_modules = [by_module[module_name(p).split(".")[-1]] for p in bindings if is_extension(p)
                  and module_name(p).split(".")[-1] in by_module]
    qt_modules += [by_lib[n] for n in map(_qt_lib_name, bindings) if n in by_lib]
    plugin_types = {t for m in qt_modules for t in m.plugins}
    translations = {t for m in qt_modules for t in m.translations}
    plugins_dir = "PySide6/plugins/" if os_name == "win" else "PySide6/Qt/plugins/"
    translations_dir = "PySide6/translations/" if os_name == "win" else "PySide6/Qt/translations/"
    for f in files:
        if f.native and f.path.startswith(plugins_dir) and str(PurePosixPath(f.path).parent)[len(plugins_dir):] \
                in plugin_types:
            roots.append(f)
    chosen = _closure(roots, index, os_name)
    if os_name == "linux":   # build.spec's Linux-only steps: PyAV's FFmpeg for OpenCV's, then orphans
        chosen = _linux_cuts(chosen, roots, index, bundle_trim)
    binaries = [(p, p, "BINARY") for p in chosen if not _unused_qt(p)]
    binaries = bundle_trim.drop_opencv_ffmpeg_plugin(bundle_trim.drop_opencv_highgui_plugins(
        bundle_trim.drop_unused_qt_plugins(binaries)))
    # Data files: Qt translations of the collected modules, opencc's hook, and what the Linux bundle holds.
    datas = []
    for f in files:
        if (f.native and "libportaudio" not in f.path) or f.path.endswith(SKIP_SUFFIXES) or "/__pycache__/" in f.path:
            continue
        name = PurePosixPath(f.path).name
        if f.path.startswith(translations_dir):
            if any(name.startswith(f"{base}_") for base in translations) and not name.startswith("qt_help"):
                datas.append(f)
        elif f.path.startswith("opencc/") or f.path in linux_paths or (   # hook-sounddevice: libportaudio*.*
                f.path.startswith("_sounddevice_data/portaudio-binaries/") and name.startswith(("README.md",
                                                                                              "libportaudio"))):
            datas.append(f)
    data_toc = bundle_trim.drop_qt_translations([(f.path, f.path, "DATA") for f in datas])
    binaries, data_toc = bundle_trim.drop_proven_unused(binaries, data_toc)
    kept = [chosen[p] for p, _, _ in binaries]
    data_kept = {p for p, _, _ in data_toc}
    return kept + [f for f in datas if f.path in data_kept]


def _linux_cuts(chosen: dict, roots: list, index: dict, bundle_trim) -> dict:
    pyav = {bundle_trim._ffmpeg_key(PurePosixPath(p).name) for p in chosen if p.startswith("av.libs/")} - {None}
    shared = {p for p in chosen if bundle_trim._is_opencv_libs(p.split("/")[0])
              and bundle_trim._ffmpeg_key(PurePosixPath(p).name) in pyav}
    trimmed_index = {k: f for k, f in index.items() if f.path not in shared}
    return _closure([f for f in roots if f.path not in shared], trimmed_index, "linux")


# ---------------------------------------------------------------- components

def component(f: WheelFile) -> str:
    name = PurePosixPath(f.path).name.lower()
    base = re.sub(r"^lib", "", name)
    ext = is_extension(f.path)
    if f.project in ("PySide6_Essentials", "PySide6_Addons", "shiboken6"):
        if "/translations/" in f.path:
            return "PySide6: translations"
        if "/plugins/" in f.path:
            return "PySide6: plug-ins"
        if name == "opengl32sw.dll":
            return "PySide6: software OpenGL (opengl32sw.dll)"
        if base.startswith("icu"):
            return "PySide6: ICU"
        if base.startswith(("avcodec", "avformat", "avutil", "swscale", "swresample")):
            return "PySide6: FFmpeg for Qt Multimedia"
        if name.startswith(("msvcp140", "vcruntime140", "concrt140")):
            return "PySide6: MSVC runtime DLLs"
        if ext or "shiboken" in name or "pyside6" in name:
            return "PySide6: bindings and shiboken6"
        return "PySide6: Qt 6 libraries"
    if f.project == "opencv-python-headless":
        if base.startswith(("openblas", "gfortran", "quadmath")):
            return "OpenCV: OpenBLAS"
        if base.startswith(_FFMPEG) or name.startswith("opencv_videoio_ffmpeg"):
            return "OpenCV: FFmpeg for videoio"
        return "OpenCV: cv2 and other libs"
    if f.project == "av":
        return "PyAV: bindings" if ext else "PyAV: FFmpeg"
    labels = {"mediapipe": "MediaPipe", "ctranslate2": "CTranslate2", "onnxruntime": "ONNX Runtime",
              "numpy": "NumPy", "sounddevice": "other: sounddevice (PortAudio)"}
    return labels.get(f.project, f"other: {f.project.lower()}")


# ---------------------------------------------------------------- the Linux bundle (measured)

def linux_bundle(app: Path, top_names: set[str]) -> dict:
    """Measured Linux bundle: {'files': {rel: bytes}, 'executable', 'runtime', 'system', 'shared', 'total'}."""
    internal = app / "_internal"
    files, parts = {}, defaultdict(int)
    for path in sorted(app.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        size = path.stat().st_size
        if path.parent == app:
            parts["executable"] += size
            continue
        rel = path.relative_to(internal).as_posix()
        top = rel.split("/")[0]
        if rel.startswith(("libpython", "python3", "base_library.zip")) or rel.startswith(PYTHON_LIBS):
            parts["runtime"] += size
        elif top in top_names or top.endswith(".libs") or ("/" not in rel and is_extension(rel)):
            files[rel] = size
        elif "/" not in rel:
            parts["system"] += size
        else:
            parts["shared"] += size
    parts["native"] = sum(files.values())
    parts["total"] = sum(parts.values())
    return {"files": files, **parts}


# ---------------------------------------------------------------- report

def _cut_facts(platform: str, kept: list[WheelFile]) -> list[str]:
    os_name = PLATFORMS[platform][0]
    lines = []
    for f in kept:
        fatbin = f.sections.get(".nv_fatbin", 0) or f.sections.get(".nv_fatb", 0)   # PE names: 8 chars
        if fatbin:
            lines.append(f"  CUDA kernels (.nv_fatbin section) in {f.path}: {fatbin / 1e6:.1f} MB "
                         f"of {f.size / 1e6:.1f}")
    needed = {_key(n, os_name) for f in kept for n in f.needed}
    for f in kept:
        if f.native and not is_extension(f.path) and f.path.startswith(("onnxruntime/", "ctranslate2/", "cv2/")) \
                and _key(f.path, os_name) not in needed:
            lines.append(f"  collected by pattern, linked by no collected file: {f.path} {f.size / 1e6:.1f} MB")
    portaudio = [f for f in kept if "/libportaudio" in f.path]
    if portaudio:
        size_mb = sum(f.size for f in portaudio) / 1e6
        lines.append(f"  sounddevice: {len(portaudio)} PortAudio builds collected ({size_mb:.1f} MB); one is loaded")
    av = sorted((f for f in kept if component(f) == "PyAV: FFmpeg"), key=lambda f: -f.size)
    lines.append("  PyAV FFmpeg files (MB): " + ", ".join(
        f"{PurePosixPath(f.path).name} {f.size / 1e6:.1f}" for f in av[:8]))
    for f in av:
        if PurePosixPath(f.path).name.lower().removeprefix("lib").startswith("avcodec"):
            local = {_key(p.path, os_name) for p in kept}
            lines.append(f"  {PurePosixPath(f.path).name} links: " + ", ".join(
                n for n in f.needed if _key(n, os_name) in local))
    opencc = [f for f in kept if f.path.startswith("opencc/clib/") and re.search(
        r"/(bin|include|lib|lib64)/|\.(a|lib)$", f.path)]
    lines.append(f"  opencc (hook: collect_data_files): static libraries, headers and command-line tools: "
                 f"{sum(f.size for f in opencc) / 1e6:.1f} MB")
    if os_name == "mac":
        thin, fat = sum(f.size for f in kept if f.native), sum(f.raw_size for f in kept if f.native)
        lines.append(f"  Mach-O files: {thin / 1e6:.1f} MB as the arch slice PyInstaller keeps (target_arch), "
                     f"{fat / 1e6:.1f} MB as in the wheels (universal2 PySide6/lxml/protobuf...)")
    if os_name != "linux":
        import bundle_trim
        plugins = [f for f in kept if "/plugins/" in f.path]
        would = [f for f in plugins if any(f"/{p.split('/')[0]}/" in f.path and PurePosixPath(f.path).name
                 .lower().removeprefix("lib").startswith(p.split("/")[-1].removeprefix("lib")) for p in
                 bundle_trim.UNUSED_QT_PLUGINS)]
        trans = [f for f in kept if "/translations/" in f.path and "_zh_CN" not in f.path]
        lines.append(f"  Qt plug-ins bundle_trim names for Linux, kept here: {sum(f.size for f in would) / 1e6:.1f} MB "
                     f"({len(would)} files); translations other than zh_CN: {sum(f.size for f in trans) / 1e6:.1f} MB")
    return lines


def run(platforms: list[str], wheels: Path, app: Path, fetch: bool) -> str:
    wanted = set(platforms) | {"linux_x86_64"}
    found, missing = {}, {}
    for platform in sorted(wanted, key=list(PLATFORMS).index):
        missing[platform] = download(platform, wheels) if fetch else {}
        files, absent = read_wheels(platform, wheels)
        missing[platform].update({k: v for k, v in absent.items() if k not in missing[platform]})
        found[platform] = files
    top_names = {f.path.split("/")[0] for files in found.values() for f in files}
    linux = linux_bundle(app, top_names)
    lin_modules = {module_name(p) for p in linux["files"] if is_extension(p)}
    lin_paths = set(linux["files"])
    rows, kept_by = defaultdict(dict), {}
    for platform in platforms:
        os_name = PLATFORMS[platform][0]
        kept = select(found[platform], os_name, lin_paths, lin_modules)
        kept_by[platform] = kept
        for f in kept:
            rows[component(f)][platform] = rows[component(f)].get(platform, 0) + f.size
        executables = 1 if os_name == "linux" else 2
        rows["executables (each with its Python archive; Linux measured x count)"][platform] = \
            linux["executable"] * executables
        rows["Python runtime + its OpenSSL, SQLite... (Linux measured)"][platform] = linux["runtime"]
        rows["pure-Python parts, data, metadata (Linux measured)"][platform] = linux["shared"]
        if os_name == "linux":
            rows["Linux system libraries (X11, GLib, Kerberos, libstdc++...)"][platform] = linux["system"]
    measured = defaultdict(int)
    by_path = {f.path: f for f in found["linux_x86_64"]}
    for rel, size in linux["files"].items():
        measured[component(by_path[rel]) if rel in by_path else "other: (not from a wheel)"] += size
    measured["executables (each with its Python archive; Linux measured x count)"] = linux["executable"]
    measured["Python runtime + its OpenSSL, SQLite... (Linux measured)"] = linux["runtime"]
    measured["pure-Python parts, data, metadata (Linux measured)"] = linux["shared"]
    measured["Linux system libraries (X11, GLib, Kerberos, libstdc++...)"] = linux["system"]
    for name, size in measured.items():
        rows[name]["Linux bundle"] = size
    columns = [*platforms, "Linux bundle"]
    out = [f"Linux bundle measured: {app}", f"wheels: {wheels}", "",
           f"{'component (MB)':<62}" + "".join(f"{c:>14}" for c in columns)]
    for name in sorted(rows, key=lambda n: -max(rows[n].values())):
        out.append(f"{name:<62}" + "".join(f"{rows[name].get(c, 0) / 1e6:>14.1f}" for c in columns))
    out.append(f"{'total':<62}" + "".join(f"{sum(r.get(c, 0) for r in rows.values()) / 1e6:>14.1f}" for c in columns))
    for platform in platforms:
        out.append(f"\n{platform}: wheels used")
        wheel_names = sorted({_find_wheel(wheels / platform, p).name for p in NATIVE_PACKAGES
                              if _find_wheel(wheels / platform, p)})
        out.append("  " + "\n  ".join(wheel_names))
        for package, why in missing[platform].items():
            out.append(f"  MISSING: {package}: {why} (not in the total)")
        out.append(f"{platform}: native files over 5 MB")
        for f in sorted(kept_by[platform], key=lambda f: -f.size):
            if f.size < 5e6:
                break
            out.append(f"  {f.size / 1e6:7.1f} MB  {f.path}")
        out.append(f"{platform}: facts for cuts (measured on the wheel files)")
        out += _cut_facts(platform, kept_by[platform])
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--linux-bundle", required=True, help="dist/ (or dist/studio/) of a Linux build.spec build")
    parser.add_argument("--wheels", required=True, help="download folder: one sub-folder per platform")
    parser.add_argument("--platforms", nargs="+", default=["linux_x86_64", "win_amd64", "macos_arm64", "macos_x86_64"],
                        choices=list(PLATFORMS))
    parser.add_argument("--no-download", action="store_true", help="use only the wheels already in --wheels")
    args = parser.parse_args(argv)
    print("uptime:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    app = Path(args.linux_bundle)
    app = app / "studio" if (app / "studio" / "_internal").is_dir() else app
    print(run(args.platforms, Path(args.wheels), app, not args.no_download))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
