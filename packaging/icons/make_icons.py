"""Renders the app icon (packaging/icons/studio.svg) to PNGs, a Windows .ico and a macOS .icns.

    .venv/bin/python packaging/icons/make_icons.py      # -> packaging/icons/build/ (not in git)

The SVG is the only source; build.spec picks up build/studio.ico and build/studio.icns when they
exist, and the release workflow runs this before PyInstaller. Qt renders the SVG (QtSvg, offscreen),
Pillow writes the multi-size .ico and .icns on any OS (no iconutil needed).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "studio.svg"
OUT = HERE / "build"
PNG_SIZES_PX = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES_PX = (16, 24, 32, 48, 64, 128, 256)   # what Windows asks for, 256 being the largest it uses


def render_png(size_px: int, dest: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    image = QImage(size_px, size_px, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(dest)):
        raise SystemExit(f"could not write {dest}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs it)
    OUT.mkdir(exist_ok=True)
    for size in PNG_SIZES_PX:
        render_png(size, OUT / f"studio-{size}.png")
    largest = Image.open(OUT / "studio-1024.png")
    largest.save(OUT / "studio.ico", sizes=[(s, s) for s in ICO_SIZES_PX])
    largest.save(OUT / "studio.icns")
    print(f"icons written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
