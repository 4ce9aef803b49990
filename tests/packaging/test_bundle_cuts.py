"""The files bundle_trim.drop_proven_unused cuts from the Windows and macOS bundles (Qt Multimedia's
FFmpeg, ONNX Runtime's C library, Qt's software OpenGL, opencc's build files) and the neighbours they
must leave alone. The TOC entries use the paths of the pinned wheels (PySide6 6.11.3, onnxruntime
1.31.1, opencc 1.4.2); why each cut is safe is in packaging/pyinstaller/bundle_trim.py."""

from __future__ import annotations

import ast
import importlib.util
import platform
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def _names(toc: list) -> list[str]:
    return [entry[0].replace("\\", "/") for entry in toc]


def test_windows_cuts_keep_the_native_camera_backend_the_vad_and_the_other_ffmpegs(trim):
    binaries = [(f"{dest}", "src", "BINARY") for dest in (
        "PySide6\\avcodec-61.dll", "PySide6\\avformat-61.dll", "PySide6\\avutil-59.dll", "PySide6\\swscale-8.dll",
        "PySide6\\swresample-5.dll", "PySide6\\plugins\\multimedia\\ffmpegmediaplugin.dll",
        "PySide6\\plugins\\multimedia\\windowsmediaplugin.dll", "PySide6\\Qt6Multimedia.dll",
        "PySide6\\QtMultimedia.pyd", "PySide6\\opengl32sw.dll", "PySide6\\Qt6OpenGL.dll",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "onnxruntime\\capi\\onnxruntime.dll", "onnxruntime\\capi\\onnxruntime_providers_shared.dll",
        "onnxruntime\\capi\\onnxruntime_pybind11_state.pyd", "av.libs\\avcodec-62-1f2e3d4c.dll",
        "av.libs\\swscale-9-0a1b2c3d.dll", "cv2\\cv2.pyd", "opencc\\clib\\opencc_clib.cp311-win_amd64.pyd")]
    datas = [(dest, "src", "DATA") for dest in (
        "opencc\\clib\\bin\\opencc.exe", "opencc\\clib\\lib\\opencc.lib", "opencc\\clib\\lib\\cmake\\opencc\\x.cmake",
        "opencc\\clib\\include\\opencc\\Common.hpp", "opencc\\clib\\share\\opencc\\s2t.json",
        "opencc\\clib\\share\\opencc\\STPhrases.ocd2", "PySide6\\translations\\qtbase_zh_CN.qm")]
    kept_binaries, kept_datas = trim.drop_proven_unused(binaries, datas)
    assert _names(kept_binaries) == [
        "PySide6/plugins/multimedia/windowsmediaplugin.dll", "PySide6/Qt6Multimedia.dll", "PySide6/QtMultimedia.pyd",
        "PySide6/plugins/platforms/qwindows.dll", "onnxruntime/capi/onnxruntime_providers_shared.dll",
        "onnxruntime/capi/onnxruntime_pybind11_state.pyd", "av.libs/avcodec-62-1f2e3d4c.dll",
        "av.libs/swscale-9-0a1b2c3d.dll", "cv2/cv2.pyd", "opencc/clib/opencc_clib.cp311-win_amd64.pyd"]
    assert _names(kept_datas) == ["opencc/clib/share/opencc/s2t.json", "opencc/clib/share/opencc/STPhrases.ocd2",
                                  "PySide6/translations/qtbase_zh_CN.qm"]
    # Direct2D is a platform plug-in Qt loads only when told to; qwindows stays.
    plugins = [(f"PySide6\\plugins\\platforms\\{n}", "src", "BINARY") for n in ("qwindows.dll", "qdirect2d.dll")]
    assert _names(trim.drop_unused_qt_plugins(plugins)) == ["PySide6/plugins/platforms/qwindows.dll"]


def test_macos_cuts_leave_opencvs_ffmpeg_of_the_same_name_and_links_to_it(trim):
    binaries = [(dest, "src", "BINARY") for dest in (
        "PySide6/Qt/lib/libavcodec.61.dylib", "PySide6/Qt/lib/libavcodec.61.19.101.dylib",
        "PySide6/Qt/lib/libavutil.59.dylib", "PySide6/Qt/lib/libswresample.5.dylib",
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.dylib",
        "PySide6/Qt/plugins/multimedia/libdarwinmediaplugin.dylib",
        "PySide6/Qt/lib/QtMultimedia.framework/Versions/A/QtMultimedia",
        "PySide6/Qt/lib/QtOpenGL.framework/Versions/A/QtOpenGL",
        "cv2/.dylibs/libavcodec.61.19.101.dylib", "cv2/.dylibs/libswresample.5.3.100.dylib",
        "av/.dylibs/libavcodec.62.28.102.dylib", "onnxruntime/capi/libonnxruntime.1.31.1.dylib",
        "onnxruntime/capi/libonnxruntime_providers_shared.dylib", "onnxruntime/capi/onnxruntime_pybind11_state.so")]
    datas = [
        ("libavcodec.61.dylib", "PySide6/Qt/lib/libavcodec.61.dylib", "SYMLINK"),
        ("libavcodec.61.19.101.dylib", "cv2/.dylibs/libavcodec.61.19.101.dylib", "SYMLINK"),
        ("PySide6/Qt/lib/libavutil.dylib", "libavutil.59.dylib", "SYMLINK"),
        ("libonnxruntime.1.31.1.dylib", "onnxruntime/capi/libonnxruntime.1.31.1.dylib", "SYMLINK"),
        ("opencc/clib/lib/libopencc.a", "src", "DATA"),
    ]
    kept_binaries, kept_datas = trim.drop_proven_unused(binaries, datas)
    assert _names(kept_binaries) == [
        "PySide6/Qt/plugins/multimedia/libdarwinmediaplugin.dylib",
        "PySide6/Qt/lib/QtMultimedia.framework/Versions/A/QtMultimedia",
        "cv2/.dylibs/libavcodec.61.19.101.dylib", "cv2/.dylibs/libswresample.5.3.100.dylib",
        "av/.dylibs/libavcodec.62.28.102.dylib", "onnxruntime/capi/libonnxruntime_providers_shared.dylib",
        "onnxruntime/capi/onnxruntime_pybind11_state.so"]
    assert kept_datas == [("libavcodec.61.19.101.dylib", "cv2/.dylibs/libavcodec.61.19.101.dylib", "SYMLINK")]


def test_linux_bundle_loses_only_opencc_build_files(trim):
    binaries = [(dest, "src", "BINARY") for dest in (
        "av.libs/libavcodec-5e6b81c2.so.62.28.102", "opencv_python_headless.libs/libavif-0a1b2c3d.so.16.3.0",
        "PySide6/Qt/lib/libQt6Gui.so.6", "PySide6/Qt/lib/libQt6OpenGL.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "onnxruntime/capi/libonnxruntime_providers_shared.so",
        "onnxruntime/capi/onnxruntime_pybind11_state.cpython-311-x86_64-linux-gnu.so",
        "opencc/clib/opencc_clib.cpython-311-x86_64-linux-gnu.so")]
    datas = [("opencc/clib/bin/opencc_dict", "src", "DATA"), ("opencc/clib/lib64/libopencc.a", "src", "DATA"),
             ("opencc/clib/share/opencc/t2s.json", "src", "DATA"),
             ("libavcodec-5e6b81c2.so.62.28.102", "av.libs/libavcodec-5e6b81c2.so.62.28.102", "SYMLINK")]
    kept_binaries, kept_datas = trim.drop_proven_unused(binaries, datas)
    assert kept_binaries == binaries
    assert kept_datas == datas[2:]


def _sources() -> list[tuple[Path, str]]:
    return [(path, path.read_text("utf-8")) for path in sorted((ROOT / "studio").rglob("*.py"))]


def test_the_app_asks_for_no_opengl_and_only_camera_names_from_qt_multimedia():
    """What makes the cuts safe: no OpenGL context (opengl32sw.dll), and Qt Multimedia used only for
    QMediaDevices, which the native back-ends provide as the FFmpeg one does."""
    gl_users = [f"{path.relative_to(ROOT)}: {match.group(0)}" for path, text in _sources() for match in re.finditer(
        r"\b(QtOpenGL\w*|QOpenGL\w+|QtQuick\w*|QQuick\w+|QtQml|QRhi\w*|QVideoWidget|QtMultimediaWidgets|Qt3D\w*|"
        r"AA_UseDesktopOpenGL|AA_UseOpenGLES|AA_UseSoftwareOpenGL)\b", text)]
    assert not gl_users, gl_users
    multimedia_names = set()
    for path, text in _sources():
        for node in ast.walk(ast.parse(text, str(path))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6.QtMultimedia"):
                multimedia_names |= {alias.name for alias in node.names}
    assert multimedia_names == {"QMediaDevices"}, multimedia_names


def test_the_spec_applies_the_cuts():
    spec = (ROOT / "build.spec").read_text("utf-8")
    assert "bundle_trim.drop_proven_unused(a.binaries, a.datas)" in spec


def test_one_portaudio_build_stays_the_one_sounddevice_loads(trim, monkeypatch):
    folder = "_sounddevice_data/portaudio-binaries/"
    builds = [(folder + name, "src", "DATA") for name in (
        "libportaudio.dylib", "libportaudio32bit.dll", "libportaudio32bit-asio.dll", "libportaudio64bit.dll",
        "libportaudio64bit-asio.dll", "libportaudioarm64.dll", "libportaudioarm64-asio.dll")] + [
        (folder + "README.md", "src", "DATA")]
    monkeypatch.setattr(trim, "IS_WINDOWS", True)
    monkeypatch.setattr(platform, "architecture", lambda *args, **kwargs: ("64bit", "WindowsPE"))
    _, kept = trim.drop_other_portaudio_builds([], builds)
    assert [name.rsplit("/", 1)[1] for name in _names(kept)] == [
        "libportaudio64bit.dll", "libportaudio64bit-asio.dll", "README.md"]
    monkeypatch.setattr(trim, "IS_WINDOWS", False)
    monkeypatch.setattr(trim, "IS_MAC", True)
    _, kept = trim.drop_other_portaudio_builds([], builds)
    assert [name.rsplit("/", 1)[1] for name in _names(kept)] == ["libportaudio.dylib", "README.md"]
    monkeypatch.setattr(trim, "IS_MAC", False)
    assert trim.drop_other_portaudio_builds([], builds) == ([], builds)


def test_the_smoke_test_wants_the_native_camera_backend_and_no_ffmpeg_one(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("smoke_test_layout", ROOT / "packaging" / "smoke_test.py")
    smoke = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = smoke   # its dataclasses look their module up there
    spec.loader.exec_module(smoke)
    folder = tmp_path / "studio" / "_internal" / "PySide6" / "plugins" / "multimedia"
    folder.mkdir(parents=True)
    monkeypatch.setattr(smoke.sys, "platform", "win32")
    assert "no windowsmediaplugin" in smoke.check_media_backend(tmp_path)
    (folder / "windowsmediaplugin.dll").write_bytes(b"MZ")
    (folder / "ffmpegmediaplugin.dll").write_bytes(b"MZ")
    assert "FFmpeg media plug-in" in smoke.check_media_backend(tmp_path)
    (folder / "ffmpegmediaplugin.dll").unlink()
    assert smoke.check_media_backend(tmp_path) == ""
    monkeypatch.setattr(smoke.sys, "platform", "linux")
    assert smoke.check_media_backend(tmp_path) == ""
