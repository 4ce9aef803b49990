"""The studio's dark look: Fusion style, a dark palette and a small style sheet.

Dark because the host's eye should go to the picture, as in OBS or a broadcast
monitor; accents are few: red for recording, amber for warnings.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from studio import paths

BACKGROUND = "#17181c"
SURFACE = "#202228"
SURFACE_RAISED = "#2a2d35"
BORDER = "#34373f"
TEXT = "#e8e9ed"
TEXT_DIM = "#9a9ea8"
ACCENT = "#4c8dff"
RECORD_RED = "#e5484d"
WARNING_AMBER = "#f5a524"
OK_GREEN = "#46c36f"

# Font fallbacks so Chinese renders on every OS we ship (Noto on Linux CI).
UI_FAMILIES = ["Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans", "Noto Sans CJK SC",
               "Helvetica Neue", "Arial"]

STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: {BACKGROUND}; }}
QWidget {{ color: {TEXT}; }}
QDockWidget {{ color: {TEXT_DIM}; font-weight: 600; }}
QDockWidget::title {{ background: {SURFACE}; padding: 6px 8px; border-bottom: 1px solid {BORDER}; }}
QGroupBox {{ border: 1px solid {BORDER}; border-radius: 8px; margin-top: 14px; padding: 10px 8px 8px 8px;
             background: {SURFACE}; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {TEXT_DIM}; }}
QLabel[role="dim"] {{ color: {TEXT_DIM}; }}
QLabel[role="segment-title"] {{ font-size: 15px; font-weight: 600; }}
QPushButton, QToolButton {{ background: {SURFACE_RAISED}; border: 1px solid {BORDER}; border-radius: 6px;
             padding: 5px 12px; }}
QPushButton:hover, QToolButton:hover {{ border-color: {ACCENT}; }}
QPushButton:checked, QToolButton:checked {{ background: {ACCENT}; border-color: {ACCENT}; color: white; }}
QPushButton:disabled, QToolButton:disabled {{ color: {TEXT_DIM}; background: {SURFACE}; }}
QPushButton#recordButton {{ background: {RECORD_RED}; border: none; color: white; font-weight: 700;
             padding: 7px 18px; border-radius: 17px; }}
QPushButton#recordButton:checked {{ background: #ffffff; color: {RECORD_RED}; }}
QLabel#recordTime {{ color: {RECORD_RED}; font-weight: 700; font-size: 15px; padding-left: 4px; }}
QComboBox, QLineEdit, QSpinBox, QDoubleSpinBox {{ background: {SURFACE_RAISED}; border: 1px solid {BORDER};
             border-radius: 6px; padding: 4px 8px; min-height: 20px; }}
QComboBox:focus, QLineEdit:focus {{ border-color: {ACCENT}; }}
QSlider::groove:horizontal {{ height: 4px; background: {BORDER}; border-radius: 2px; }}
QSlider::handle:horizontal {{ background: {TEXT}; width: 14px; height: 14px; margin: -5px 0; border-radius: 7px; }}
QSlider::sub-page:horizontal {{ background: {ACCENT}; border-radius: 2px; }}
QStatusBar {{ background: {SURFACE}; border-top: 1px solid {BORDER}; color: {TEXT_DIM}; }}
QStatusBar QLabel {{ padding: 0 8px; }}
QToolBar {{ background: {SURFACE}; border: none; border-bottom: 1px solid {BORDER}; spacing: 8px; padding: 6px; }}
QMenuBar {{ background: {SURFACE}; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {ACCENT}; color: white; }}
QMenu {{ background: {SURFACE_RAISED}; border: 1px solid {BORDER}; }}
QWidget#segmentBar {{ background: {SURFACE}; border-left: 1px solid {BORDER}; border-right: 1px solid {BORDER}; }}
QTabBar::tab {{ background: {SURFACE}; color: {TEXT_DIM}; padding: 6px 10px; border: 1px solid {BORDER};
             border-top: none; }}
QTabBar::tab:selected {{ background: {SURFACE_RAISED}; color: {TEXT}; border-bottom: 2px solid {ACCENT}; }}
QHeaderView::section {{ background: {SURFACE}; color: {TEXT_DIM}; border: none; border-right: 1px solid {BORDER};
             border-bottom: 1px solid {BORDER}; padding: 4px 6px; }}
QTableView, QTreeView, QListView {{ background: {SURFACE}; gridline-color: {BORDER}; border: 1px solid {BORDER};
             border-radius: 6px; }}
QScrollBar:vertical {{ background: transparent; width: 10px; }}
QScrollBar::handle:vertical {{ background: {BORDER}; border-radius: 5px; min-height: 24px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; width: 0; }}
QToolTip {{ background: {SURFACE_RAISED}; color: {TEXT}; border: 1px solid {BORDER}; padding: 4px; }}
"""

# Fusion draws an unticked box as a dark square on the dark background: the box gets a light edge, a ticked one
# the accent colour and a white tick (assets/ui/check.svg).
CHECK_STYLE = f"""
QCheckBox::indicator, QGroupBox::indicator, QAbstractItemView::indicator {{ width: 14px; height: 14px;
             border: 2px solid {TEXT_DIM}; border-radius: 4px; background: {SURFACE_RAISED}; }}
QCheckBox::indicator:hover, QAbstractItemView::indicator:hover {{ border-color: {ACCENT}; }}
QCheckBox::indicator:checked, QGroupBox::indicator:checked, QAbstractItemView::indicator:checked {{
             background: {ACCENT}; border-color: {ACCENT}; image: url(%CHECK%); }}
QCheckBox::indicator:disabled {{ border-color: {BORDER}; background: {SURFACE}; }}
QCheckBox::indicator:checked:disabled {{ background: {BORDER}; }}
"""


def apply_dark_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: BACKGROUND,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: SURFACE_RAISED,
        QPalette.ColorRole.AlternateBase: SURFACE,
        QPalette.ColorRole.ToolTipBase: SURFACE_RAISED,
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: SURFACE_RAISED,
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: TEXT_DIM,
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(TEXT_DIM))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(TEXT_DIM))
    app.setPalette(palette)
    app.setFont(ui_font())
    check = (paths.assets_dir() / "ui" / "check.svg").as_posix()
    app.setStyleSheet(STYLE_SHEET + CHECK_STYLE.replace("%CHECK%", check))


def ui_font() -> QFont:
    """The window's font: the OS's UI family first, then CJK fallbacks."""
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    font.setPointSize(10)
    return font
