"""Both languages lay out without clipped text; the Chinese translation is complete and loads."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QLabel

from studio.ui.i18n import i18n_dir, resolve_language
from studio.ui.segment_bar import ElidedLabel
from tests.ui.conftest import close_window, spin, wait_for_frames

ROOT = Path(__file__).resolve().parents[2]
# Contexts (classes) of the window itself; panels added by other features are checked by their owners.
WINDOW_CONTEXTS = {"CanvasWidget", "FileRow", "PreviewWidget", "SegmentBar", "SessionController",
                   "SettingsDialog", "SourcesWidget", "StudioWindow"}


def clipped_texts(root, min_checked: int = 15, skip=()) -> list[str]:
    """Visible labels and buttons whose text needs more room than they were given
    (widgets inside any of `skip` are left out)."""
    problems = []
    checked = 0
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if not widget.isVisibleTo(root) or widget.width() == 0:
            continue
        if any(outer.isAncestorOf(widget) for outer in skip):
            continue
        text = widget.text()
        if not text or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        if isinstance(widget, ElidedLabel):
            continue   # ends in "…" on purpose (segment titles of any length)
        checked += 1
        hint = widget.sizeHint()
        if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
            problems.append(f"{type(widget).__name__} {text!r}: needs {hint.width()}×{hint.height()}, "
                            f"has {widget.width()}×{widget.height()}")
    assert checked >= min_checked, f"only {checked} texts were checked"
    return problems


def test_the_clipping_check_catches_a_clipped_label(qapp):
    from PySide6.QtWidgets import QWidget
    root = QWidget()
    label = QLabel("A label far too long for twenty pixels", root)
    label.setGeometry(0, 0, 20, 20)
    for i in range(15):
        QLabel("ok", root).setGeometry(0, 30 + i * 30, 100, 30)
    root.show()
    assert len(clipped_texts(root)) == 1


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_window_lays_out_without_clipping(make_window, language, lang, example_show_path, tmp_path):
    language(lang)
    window = make_window()
    window.load_show(str(example_show_path))
    wait_for_frames(window)
    window.stats_poller.stop()   # freeze the figures, then let the last ones settle in the layout
    spin(0.7)
    window.grab().save(str(tmp_path / f"studio-{lang}.png"))
    assert clipped_texts(window, skip=list(window.panel_docks.values())) == []
    # The status figures and menu speak the language.
    menu_titles = [a.text() for a in window.menuBar().actions()]
    if lang == "zh_CN":
        assert menu_titles[0] == "文件(&F)"
        assert window.record_button.text() == "● 录制"
        assert "帧/秒" in window.fps_label.text()
        assert window.segment_bar.position.text() == "第 1 段 / 共 5 段"
    else:
        assert menu_titles[0] == "&File"
        assert window.record_button.text() == "● Record"


def sideways_scrolled(root) -> list[str]:
    """Scroll areas inside `root` that show a horizontal scroll bar: text there is cut off on the right."""
    from PySide6.QtWidgets import QAbstractScrollArea

    return [f"{type(area).__name__} {area.objectName()!r}" for area in root.findChildren(QAbstractScrollArea)
            if area.isVisibleTo(root) and area.horizontalScrollBar().isVisible()]


def test_the_sideways_check_catches_a_cut_off_script(qapp):
    from PySide6.QtWidgets import QScrollArea, QWidget
    root = QWidget()
    area = QScrollArea(root)
    area.setGeometry(0, 0, 120, 120)
    area.setWidget(QLabel("A status line far wider than the dock that holds it, cut off on the right"))
    root.show()
    qapp.processEvents()
    assert len(sideways_scrolled(root)) == 1


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_each_panel_lays_out_without_clipping(make_window, language, lang, size, example_show_path, qapp):
    """Every shipped panel, brought to the front, at a small laptop's and a desktop's screen size."""
    language(lang)
    window = make_window()
    window.resize(*size)
    window.load_show(str(example_show_path))
    wait_for_frames(window)
    problems = {}
    for panel_id, dock in window.panel_docks.items():
        dock.show()
        dock.raise_()
        spin(0.2)
        found = clipped_texts(dock, min_checked=0) + sideways_scrolled(dock)
        if found:
            problems[panel_id] = found
    assert window.panel_docks, "no panels were shipped"
    assert problems == {}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_settings_dialog_lays_out_without_clipping(qapp, language, lang):
    from studio.ui.settings import StudioSettings
    from studio.ui.settings_dialog import SettingsDialog

    language(lang)
    dialog = SettingsDialog(StudioSettings())
    dialog.show()
    qapp.processEvents()
    assert clipped_texts(dialog, min_checked=5) == []
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.accept()
    assert StudioSettings().language == "zh_CN"


def test_language_follows_the_os_unless_chosen():
    assert resolve_language("system", QLocale(QLocale.Language.Chinese, QLocale.Country.China)) == "zh_CN"
    assert resolve_language("system", QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan)) == "zh_CN"
    assert resolve_language("system", QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)) == "en"
    assert resolve_language("en", QLocale(QLocale.Language.Chinese, QLocale.Country.China)) == "en"
    assert resolve_language("zh_CN", QLocale(QLocale.Language.English)) == "zh_CN"


def test_chinese_translation_covers_every_window_string(tmp_path):
    """Re-extract the strings from the code into a copy of the .ts: nothing of the window is untranslated;
    and the shipped .qm is the shipped .ts compiled."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import i18n as i18n_script
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    ts = tmp_path / "studio_zh_CN.ts"
    shutil.copy(i18n_dir() / "studio_zh_CN.ts", ts)
    subprocess.run([i18n_script.tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    *map(str, i18n_script.sources()), "-ts", str(ts)], check=True)
    missing = [(c, s) for c, s in i18n_script.unfinished(ts) if c in WINDOW_CONTEXTS]
    assert missing == [], "run scripts/i18n.py and translate: " + repr(missing)
    shipped_ts = tmp_path / "shipped" / "studio_zh_CN.ts"
    shipped_ts.parent.mkdir()
    shutil.copy(i18n_dir() / "studio_zh_CN.ts", shipped_ts)
    qm = i18n_script.compile_qm(shipped_ts)
    assert qm.read_bytes() == (i18n_dir() / "studio_zh_CN.qm").read_bytes(), \
        "assets/i18n/studio_zh_CN.qm is stale: run scripts/i18n.py"


def _tab_bars_across_docks(window) -> list[str]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget, QTabBar

    docks = [d for d in window.findChildren(QDockWidget) if d.isVisible()]
    found = []
    for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if not bar.isVisible():
            continue
        for dock in docks:
            if bar.geometry().intersects(dock.geometry()):
                found.append(f"tab bar {[bar.tabText(i) for i in range(bar.count())]} over {dock.windowTitle()}")
    return found


def test_no_spare_tab_bar_is_painted_across_the_docks(make_window, qapp):
    """Qt 6.11 left a spare copy of the Canvas | AR try-on tab bar visible across the left docks,
    on the first run and again after a saved layout was restored."""
    first = make_window()
    spin(0.5)
    assert _tab_bars_across_docks(first) == []
    close_window(first)                       # saves the layout; the next window restores it
    second = make_window()
    spin(0.5)
    assert second.settings.window_state() is not None
    assert _tab_bars_across_docks(second) == []
