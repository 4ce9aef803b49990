"""What build.spec leaves out of the one-folder bundle, and why (docs/packaging.md, "Size").

Each cut was checked against what the app really loads (readelf on the libraries, the frozen
smoke test); `benchmarks/bench_bundle.py` prints what every piece costs. TOC entries are
PyInstaller's (dest_name, src_name, typecode) tuples; dest names use '/' on every OS here.
"""

from __future__ import annotations

import re
import subprocess
import sys
from functools import lru_cache
from pathlib import PurePosixPath

IS_LINUX = sys.platform.startswith("linux")
IS_WINDOWS = sys.platform == "win32"
IS_MAC = sys.platform == "darwin"

# Window languages besides English (studio.ui.i18n): Qt's own dialog strings for them stay.
QT_TRANSLATION_LANGUAGES = ("zh_CN",)

# Qt plug-ins the studio never loads. Kept: platforms xcb/wayland/offscreen/minimal (and windows,
# cocoa), the xdg-desktop-portal theme, input contexts (ibus: Chinese input), SVG/JPEG/GIF/ICO images.
UNUSED_QT_PLUGINS = (
    "platformthemes/libqgtk3",        # the GTK 3 theme: brings GTK, GDK, cairo, pango, atk (~20 MB)
    "egldeviceintegrations/",         # kiosk (EGLFS) back-ends
    "platforms/libqeglfs", "platforms/libqlinuxfb", "platforms/libqvnc", "platforms/libqvkkhrdisplay",
    "platforms/libqminimalegl", "platforms/libqdirect2d",
    "generic/",                       # evdev/TUIO input for embedded boards
    "networkinformation/", "tls/",    # no Qt networking: downloads use urllib, streams PyAV
    "imageformats/libqtiff", "imageformats/libqwebp", "imageformats/libqicns", "imageformats/libqtga",
    "imageformats/libqwbmp",          # the app reads pictures with OpenCV; Qt draws SVG and PNG
)

# OpenCV's own FFmpeg on Linux (libavcodec-<hash>.so...) is the same FFmpeg release as PyAV's (same
# major versions, PyAV's a newer micro): cv2 links it for VideoCapture of files, which the studio
# never uses (files are decoded with PyAV, cameras open through V4L2). The bundle points OpenCV's
# names at PyAV's copies instead of shipping a second FFmpeg.
_FFMPEG_LIB = re.compile(r"^(libavcodec|libavformat|libavutil|libswscale|libswresample|libavdevice|libavfilter)"
                         r"-[0-9a-f]{8}\.so\.(\d+)\.")


def _is_opencv_libs(folder: str) -> bool:
    """The libraries folder of whichever OpenCV wheel is installed (opencv_python_headless.libs...)."""
    return folder.startswith("opencv_") and folder.endswith(".libs")


def _dest(entry) -> str:
    return entry[0].replace("\\", "/")


# PySide6's Qt folder: PySide6/Qt/plugins/... in the Linux and macOS wheels, PySide6/plugins/...
# in the Windows wheel (whose plug-ins are also named without the "lib" prefix: qtiff.dll).
_QT_ROOTS = ("PySide6/Qt/", "PySide6/")


def _qt_relative(dest: str, folder: str) -> str | None:
    """The part of a Qt plug-in/translation path under `folder` ("plugins", "translations"), any layout."""
    for root in _QT_ROOTS:
        marker = f"{root}{folder}/"
        at = dest.find(marker)
        if at >= 0:
            return dest[at + len(marker):]
    return None


def _unused_plugin(dest: str) -> bool:
    rel = _qt_relative(dest, "plugins")
    if rel is None:
        return False
    folder, _, name = rel.rpartition("/")
    unprefixed = f"{folder}/{name[3:] if name.startswith('lib') else name}"
    for pattern in UNUSED_QT_PLUGINS:
        if pattern.endswith("/"):
            hit = rel.startswith(pattern)
        else:
            pattern_folder, _, pattern_name = pattern.rpartition("/")
            bare = pattern_name[3:] if pattern_name.startswith("lib") else pattern_name
            hit = unprefixed.startswith(f"{pattern_folder}/{bare}")
        if hit:
            return True
    return False


def drop_unused_qt_plugins(toc: list) -> list:
    return [e for e in toc if not _unused_plugin(_dest(e))]


def drop_qt_translations(toc: list) -> list:
    """Qt's translations for the window's languages only (each language is ~2 MB of .qm files)."""
    def keep(entry) -> bool:
        if _qt_relative(_dest(entry), "translations") is None:
            return True
        name = PurePosixPath(_dest(entry)).name
        return name.startswith(("qtbase_", "qt_")) and name.endswith(
            tuple(f"_{lang}.qm" for lang in QT_TRANSLATION_LANGUAGES)) and not name.startswith("qt_help_")
    return [e for e in toc if keep(e)]


def _ffmpeg_key(name: str) -> tuple[str, str] | None:
    match = _FFMPEG_LIB.match(name)
    return (match.group(1), match.group(2)) if match else None


def share_ffmpeg_with_pyav(binaries: list, datas: list) -> tuple[list, list]:
    """Linux: OpenCV's FFmpeg libraries become symlinks to PyAV's (same library and major version)."""
    if not IS_LINUX:
        return binaries, datas
    pyav = {}
    for entry in binaries:
        path = PurePosixPath(_dest(entry))
        key = _ffmpeg_key(path.name)
        if key and str(path.parent) == "av.libs":
            pyav[key] = path.name
    kept, links = [], []
    for entry in binaries:
        path = PurePosixPath(_dest(entry))
        if _is_opencv_libs(str(path.parent)):
            key = _ffmpeg_key(path.name)
            if key in pyav:   # what only these needed (libvpx, OpenSSL 1.1) goes in drop_orphans
                links.append((str(path), f"../av.libs/{pyav[key]}", "SYMLINK"))
                continue
        kept.append(entry)
    if not links:
        return binaries, datas
    dropped = {PurePosixPath(_dest(e)).name for e in binaries} - {PurePosixPath(_dest(e)).name for e in kept}
    # Top-level SYMLINK entries that pointed at a dropped library: the same names, now to PyAV's copy.
    linked = {PurePosixPath(dest).name: target for dest, target, _ in links}
    new_datas = []
    for entry in datas:
        name = PurePosixPath(_dest(entry)).name
        if entry[2] == "SYMLINK" and name in dropped:
            if name in linked and "/" not in _dest(entry):
                new_datas.append((entry[0], f"av.libs/{PurePosixPath(linked[name]).name}", "SYMLINK"))
            continue
        new_datas.append(entry)
    return kept, new_datas + links


def drop_opencv_highgui_plugins(toc: list) -> list:
    """cv2/qt/: the Qt 5 platform plug-in (and fonts) for cv2.imshow windows; the studio opens none.
    (cv2 itself links Qt 5 Core/Gui/Widgets, which therefore stay.)"""
    return [e for e in toc if not _dest(e).startswith("cv2/qt/")]


# Qt Multimedia's FFmpeg back-end (Windows, macOS) and the FFmpeg build only it links (avcodec-61.dll...,
# libavcodec.61.dylib under PySide6/; ~19 MB Windows, ~17 MB macOS). The studio asks Qt Multimedia one
# thing: the cameras' names (QMediaDevices.videoInputs, studio/ui/sources_dock.py). Qt picks the FFmpeg
# back-end only when its plug-in is there, else the native one (windowsmediaplugin, darwinmediaplugin:
# QPlatformMediaIntegration's defaultBackend), and both list cameras with the same code
# (QWindowsVideoDevices on Media Foundation, QAVFVideoDevices on AVFoundation). Import tables of the
# 6.11.3 wheels: only the plug-in and these libraries themselves import these libraries; OpenCV's and
# PyAV's FFmpeg (cv2/.dylibs, av.libs) are other files and stay. Plug-in and libraries go together:
# a plug-in left without its libraries would still be chosen and fail to load.
_QT_FFMPEG = re.compile(r"^(lib)?(avcodec|avformat|avutil|avfilter|avdevice|swscale|swresample)[-.]\d")


def _qt_ffmpeg(dest: str) -> bool:
    rel = _qt_relative(dest, "plugins")
    if rel is not None:
        return PurePosixPath(rel).name.lower().removeprefix("lib").startswith("ffmpegmediaplugin")
    return dest.startswith("PySide6/") and _QT_FFMPEG.match(PurePosixPath(dest).name) is not None


def _link_target(entry) -> str:
    """The dest path a SYMLINK entry points at ('../x/y' relative to the link's folder)."""
    import posixpath

    return posixpath.normpath(posixpath.join(posixpath.dirname(_dest(entry)), entry[1].replace("\\", "/")))


def _drop(binaries: list, datas: list, unused) -> tuple[list, list]:
    """Entries whose dest path `unused` names, and the SYMLINK entries that point at one of them."""
    kept = [e for e in binaries if not unused(_dest(e))]
    dropped = {_dest(e) for e in binaries} - {_dest(e) for e in kept}
    new_datas = [e for e in datas if not unused(_dest(e))
                 and not (e[2] == "SYMLINK" and (_link_target(e) in dropped or unused(_link_target(e))))]
    return kept, new_datas


def drop_qt_multimedia_ffmpeg(binaries: list, datas: list) -> tuple[list, list]:
    return _drop(binaries, datas, _qt_ffmpeg)


# ONNX Runtime's C library (onnxruntime.dll 19 MB, libonnxruntime.1.31.1.dylib 33 MB): the Python
# binding, onnxruntime_pybind11_state, carries the runtime itself and imports only system libraries
# (its import table and load commands in the 1.31.1 wheels); onnxruntime's Python code never loads
# the C library (its ctypes loads are the MSVC/CUDA preloads of preload_dlls, which nothing calls).
# hook-onnxruntime collects it by file pattern only. The Linux bundle never had libonnxruntime.so
# (the pattern misses it) and runs Silero VAD (smoke test, `studio doctor --deep`).
# libonnxruntime_providers_shared stays: the binding loads it for non-CPU providers.
_ORT_C_LIBRARY = re.compile(r"^(onnxruntime\.dll|libonnxruntime\.[0-9.]*dylib|libonnxruntime\.so[0-9.]*)$")


def _ort_c_library(dest: str) -> bool:
    return dest.startswith("onnxruntime/capi/") and _ORT_C_LIBRARY.match(PurePosixPath(dest).name) is not None


def drop_onnxruntime_c_library(binaries: list, datas: list) -> tuple[list, list]:
    return _drop(binaries, datas, _ort_c_library)


# Windows: opengl32sw.dll (21 MB), Mesa's software OpenGL, which qwindows.dll loads by name (no import
# table names it) only when it creates an OpenGL context and the machine's driver is unusable. The
# studio never asks for one: the preview is a QWidget painted with QPainter on Qt's raster back-end;
# no QOpenGLWidget, Qt Quick or QtOpenGL anywhere (tests/packaging/test_bundle_cuts.py holds that),
# and MediaPipe and OpenCV name no opengl32sw. qdirect2d.dll is a platform plug-in Qt uses only when
# told to (-platform direct2d).
# Qt6OpenGL.dll / QtOpenGL.framework (2.0 / 0.6 MB) come in only as a dependency of Qt Quick, which
# build.spec drops after the analysis (UNUSED_QT_BINARIES): in the 6.11.3 wheels only Qt Quick, Qt 3D,
# Charts, DataVisualization, QtOpenGLWidgets, the QtOpenGL binding and GL plug-ins import it. (Linux
# keeps libQt6OpenGL.so.6: the xcb GLX/EGL integration plug-ins import it.)
def _software_opengl(dest: str) -> bool:
    name = PurePosixPath(dest).name.lower()
    return name in ("opengl32sw.dll", "qt6opengl.dll") or "/qtopengl.framework/" in f"/{dest.lower()}"


def drop_software_opengl(binaries: list, datas: list) -> tuple[list, list]:
    return _drop(binaries, datas, _software_opengl)


# opencc: hook-opencc collects the whole package as data, with the C++ library's static archives,
# headers, CMake/pkg-config files and command-line tools (Windows 7.8 MB, Linux 4.6, macOS 3.6). The
# binding (opencc/clib/opencc_clib) links OpenCC statically and reads only clib/share/opencc; opencc's
# Python code runs none of the tools.
_OPENCC_BUILD_FILES = ("opencc/clib/bin/", "opencc/clib/include/", "opencc/clib/lib/", "opencc/clib/lib64/")


def drop_opencc_build_files(binaries: list, datas: list) -> tuple[list, list]:
    return _drop(binaries, datas, lambda dest: dest.startswith(_OPENCC_BUILD_FILES))


# sounddevice ships 7 PortAudio builds (32/64-bit, arm64, each with and without ASIO, and the macOS
# dylib) and hook-sounddevice collects them all; sounddevice.py loads one: libportaudio.dylib on macOS,
# libportaudio<64bit|32bit|arm64>[-asio].dll on Windows by the interpreter's architecture (-asio only
# when SD_ENABLE_ASIO is set, which a user may do: that one stays).
def _portaudio_builds_kept() -> tuple[str, ...]:
    import platform
    import sysconfig

    if IS_MAC:
        return ("libportaudio.dylib",)
    arch = "arm64" if "arm64" in sysconfig.get_platform() else platform.architecture()[0]
    return (f"libportaudio{arch}.dll", f"libportaudio{arch}-asio.dll")


def drop_other_portaudio_builds(binaries: list, datas: list) -> tuple[list, list]:
    if not (IS_WINDOWS or IS_MAC):
        return binaries, datas   # Linux: sounddevice loads the system's PortAudio
    keep = _portaudio_builds_kept()
    return _drop(binaries, datas, lambda dest: dest.startswith("_sounddevice_data/portaudio-binaries/libportaudio")
                 and PurePosixPath(dest).name not in keep)


def drop_proven_unused(binaries: list, datas: list) -> tuple[list, list]:
    """Every cut above that takes (binaries, datas); each is a no-op where its files do not occur."""
    for cut in (drop_qt_multimedia_ffmpeg, drop_onnxruntime_c_library, drop_software_opengl,
                drop_opencc_build_files, drop_other_portaudio_builds):
        binaries, datas = cut(binaries, datas)
    return binaries, datas


def drop_opencv_ffmpeg_plugin(binaries: list) -> list:
    """Windows: opencv_videoio_ffmpeg*.dll is a plug-in cv2 loads only for CAP_FFMPEG (files,
    streams); cameras open through Media Foundation or DirectShow, files through PyAV."""
    if not IS_WINDOWS:
        return binaries
    return [e for e in binaries if not PurePosixPath(_dest(e)).name.lower().startswith("opencv_videoio_ffmpeg")]


@lru_cache(maxsize=None)
def _needed(path: str) -> frozenset[str]:
    """DT_NEEDED names of an ELF file (empty when it is not one or readelf is missing)."""
    try:
        out = subprocess.run(["readelf", "-d", "-W", path], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    return frozenset(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))


def drop_orphans(before: list, binaries: list, datas: list) -> tuple[list, list]:
    """Linux: the libraries that only the entries cut from `before` needed (GTK for the GTK theme
    plug-in, OpenSSL 1.1 for OpenCV's FFmpeg...). PyInstaller resolved dependencies before the cut,
    so they are still listed. Only what a cut entry needs, directly or not, can go, and only when no
    kept entry needs it: a library loaded with ctypes (MediaPipe's, PortAudio) is never touched."""
    if not IS_LINUX:
        return binaries, datas
    kept_dests = {_dest(e) for e in binaries}
    cut = [e for e in before if _dest(e) not in kept_dests]
    by_name = {PurePosixPath(_dest(e)).name: e for e in binaries}
    suspects: set[str] = set()
    todo = [e[1] for e in cut]
    while todo:
        for name in _needed(todo.pop()):
            if name in by_name and name not in suspects:
                suspects.add(name)
                todo.append(by_name[name][1])
    # A suspect stays when something kept needs it, directly or through another suspect that stays.
    reachable: set[str] = set()
    todo = [e[1] for e in binaries if PurePosixPath(_dest(e)).name not in suspects]
    while todo:
        for name in _needed(todo.pop()):
            if name in suspects and name not in reachable:
                reachable.add(name)
                todo.append(by_name[name][1])
    orphans = suspects - reachable
    binaries = [e for e in binaries if PurePosixPath(_dest(e)).name not in orphans]
    datas = [e for e in datas if not (e[2] == "SYMLINK" and PurePosixPath(_dest(e)).name in orphans)]
    return binaries, datas


def cut_word_list(source, target, min_zipf: float) -> None:
    """A wordfreq cBpack list (gzip'd msgpack: a header, then one bucket of words per centibel, bucket
    i after the header holding the words of Zipf 9 - i/100) without the words rarer than min_zipf."""
    import gzip

    import msgpack

    with gzip.open(source, "rb") as fh:
        data = msgpack.load(fh, raw=False)
    keep_buckets = int(round((9.0 - min_zipf) * 100)) + 1
    with gzip.GzipFile(target, "wb", mtime=0) as fh:   # mtime=0: the same bytes on every build
        msgpack.pack([data[0], *data[1:1 + keep_buckets]], fh)


def wordfreq_data(out_dir, min_zipf: float) -> list[tuple[str, str]]:
    """datas entries for wordfreq/data with every word list cut to the words at least `min_zipf`
    common, written under out_dir (60 MB of lists -> ~8 MB).

    The studio asks wordfreq one thing: is a word's Zipf frequency >= CorrectionOptions.common_zipf
    (studio/captions/term_correction.py). The words under that threshold only ever answer "no", and a
    word missing from the cut list answers 0.0: "no" as well (a phrase's frequency is never above its
    rarest word's). Every language stays (Whisper captions any of them) under its file name; the
    small list of a language that has a large one goes, since wordfreq's "best" list (the one
    zipf_frequency reads) is then the large one. jieba's dictionaries go when jieba is not installed:
    only wordfreq.chinese reads them, and it imports jieba first."""
    import importlib.util
    from pathlib import Path

    import wordfreq

    source = Path(wordfreq.__file__).parent / "data"
    target = Path(out_dir) / "wordfreq-data"
    target.mkdir(parents=True, exist_ok=True)
    has_jieba = importlib.util.find_spec("jieba") is not None
    large = {p.name.removeprefix("large_") for p in source.glob("large_*.msgpack.gz")}
    entries = []
    for path in sorted(source.iterdir()):
        if not path.is_file() or (path.name.startswith("jieba_") and not has_jieba):
            continue
        if path.name.startswith("small_") and path.name.removeprefix("small_") in large:
            continue
        if path.name.endswith(".msgpack.gz") and not path.name.startswith("_"):
            cut_word_list(path, target / path.name, min_zipf)
            entries.append((str(target / path.name), "wordfreq/data"))
        else:
            entries.append((str(path), "wordfreq/data"))
    return entries


def _load_segments_aligned(path: str) -> bool:
    """Every PT_LOAD's file offset and address agree modulo the page size: the loader maps it.
    (binutils' strip can break this on libraries that patchelf has edited, e.g. NumPy's OpenBLAS:
    "ELF load command address/offset not page-aligned".)"""
    out = subprocess.run(["readelf", "-lW", path], capture_output=True, text=True, timeout=60).stdout
    for line in out.splitlines():
        parts = line.split()
        if parts and parts[0] == "LOAD":
            offset, address = int(parts[1], 16), int(parts[2], 16)
            if (offset - address) % 4096:
                return False
    return "LOAD" in out


def strip_elf_files(folder) -> tuple[int, int]:
    """Linux: strip symbol tables and debug info from every ELF file in the collected folder, keeping
    the original where the stripped copy would not load (checked per file). Returns (bytes before,
    bytes after). PyInstaller's own strip=True strips blindly and broke NumPy's OpenBLAS."""
    import os
    import shutil
    import tempfile
    from pathlib import Path

    if not IS_LINUX or shutil.which("strip") is None:
        return 0, 0
    before = after = 0
    with tempfile.TemporaryDirectory(prefix="studio-strip-") as tmp:
        for path in sorted(Path(folder).rglob("*")):
            if path.is_symlink() or not path.is_file():
                continue
            with path.open("rb") as fh:
                if fh.read(4) != b"\x7fELF":
                    continue
            size = path.stat().st_size
            before += size
            copy = Path(tmp) / "candidate"
            shutil.copy2(path, copy)
            done = subprocess.run(["strip", str(copy)], capture_output=True, timeout=300).returncode == 0
            if done and copy.stat().st_size < size and _load_segments_aligned(str(copy)):
                os.replace(copy, path)
                after += path.stat().st_size
            else:
                after += size
    return before, after
