"""build.spec leaves some packages out of the bundle (packaging/pyinstaller/bundle_trim.py and its
EXCLUDES); the app must then never import them, or the installed app fails where the venv works.
Cheap (reads source only): runs on every test run, unlike the bundle build."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
# Left out of every bundle, or only of the Linux one (where the code path that needs it never runs).
EXCLUDED_EVERYWHERE = ("scipy", "matplotlib", "PIL", "pygments")


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def test_the_app_never_imports_what_the_bundle_leaves_out():
    offenders = [f"{path.relative_to(ROOT)}:{line} imports {name}"
                 for path in sorted((ROOT / "studio").rglob("*.py"))
                 for line, name in _imports(path)
                 if name.split(".")[0] in EXCLUDED_EVERYWHERE]
    assert not offenders, offenders


def test_the_spec_excludes_them():
    spec = (ROOT / "build.spec").read_text("utf-8")
    for name in EXCLUDED_EVERYWHERE:
        assert f'"{name}"' in spec, f"build.spec no longer excludes {name}: update this test and the docs"


def test_qt_multimedia_is_only_imported_where_the_linux_bundle_never_goes():
    """Linux bundles leave Qt Multimedia out: its one use names cameras on Windows and macOS."""
    users = [path.relative_to(ROOT).as_posix() for path in sorted((ROOT / "studio").rglob("*.py"))
             if any(name.startswith("PySide6.QtMultimedia") for _, name in _imports(path))]
    assert users == ["studio/ui/sources_dock.py"], users
    source = (ROOT / "studio" / "ui" / "sources_dock.py").read_text("utf-8")
    function = source[source.index("def _named_cameras"):source.index("from PySide6.QtMultimedia")]
    assert 'sys.platform.startswith("linux")' in function, "the Linux early return before the import is gone"


def test_trim_rules_keep_what_the_window_needs(trim):
    plugins = [(f"PySide6/Qt/plugins/{p}", "src", "BINARY") for p in (
        "platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so", "imageformats/libqsvg.so",
        "imageformats/libqjpeg.so", "iconengines/libqsvgicon.so", "platformthemes/libqxdgdesktopportal.so",
        "platformthemes/libqgtk3.so", "imageformats/libqtiff.so", "tls/libqopensslbackend.so")]
    kept = [e[0].rsplit("/", 1)[1] for e in trim.drop_unused_qt_plugins(plugins)]
    assert kept == ["libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libibusplatforminputcontextplugin.so",
                    "libqsvg.so", "libqjpeg.so", "libqsvgicon.so", "libqxdgdesktopportal.so"]
    translations = [(f"PySide6/Qt/translations/{n}", "src", "DATA") for n in (
        "qtbase_zh_CN.qm", "qt_zh_CN.qm", "qt_help_zh_CN.qm", "qtbase_de.qm", "qtmultimedia_zh_CN.qm")]
    assert [e[0].rsplit("/", 1)[1] for e in trim.drop_qt_translations(translations)] == [
        "qtbase_zh_CN.qm", "qt_zh_CN.qm"]


def test_trim_rules_read_the_windows_wheel_layout_too(trim):
    """PySide6 on Windows: PySide6/plugins/... and PySide6/translations/..., plug-ins without 'lib'."""
    plugins = [(f"PySide6\\plugins\\{p}", "src", "BINARY") for p in (
        "platforms\\qwindows.dll", "imageformats\\qsvg.dll", "imageformats\\qtiff.dll",
        "imageformats\\qwebp.dll", "tls\\qschannelbackend.dll", "generic\\qtuiotouchplugin.dll",
        "styles\\qmodernwindowsstyle.dll")]
    kept = [e[0].rsplit("\\", 1)[1] for e in trim.drop_unused_qt_plugins(plugins)]
    assert kept == ["qwindows.dll", "qsvg.dll", "qmodernwindowsstyle.dll"]
    translations = [(f"PySide6/translations/{n}", "src", "DATA") for n in ("qtbase_zh_CN.qm", "qtbase_de.qm")]
    assert [e[0].rsplit("/", 1)[1] for e in trim.drop_qt_translations(translations)] == ["qtbase_zh_CN.qm"]
    # a file merely named like a plug-in folder elsewhere stays
    assert trim.drop_unused_qt_plugins([("studio/assets/generic/x.png", "src", "DATA")])
