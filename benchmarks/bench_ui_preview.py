"""What showing the preview costs the GUI thread, for a composited canvas (1080×1920 or
1920×1080) in widgets of typical sizes, offscreen:

- "qt smooth scale": QPainter scaling the full canvas while painting (the naive way);
- "1:1 blit": what PreviewWidget paints after its preview-scaler thread resized the frame;
- "scaler resize": the cv2 INTER_AREA resize on the preview-scaler thread (not the GUI's).

    .venv/bin/python benchmarks/bench_ui_preview.py
"""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from studio.capture.test_pattern import TestPatternSource
from studio.core.compositor import CanvasConfig, Compositor
from studio.core.frames import VideoFrame
from studio.core.mailbox import LatestMailbox
from studio.ui.preview import PreviewWidget, fit_image

REPEATS = 60


def bgr_to_qimage(image: np.ndarray) -> QImage:
    return QImage(image.data, image.shape[1], image.shape[0], int(image.strides[0]), QImage.Format.Format_BGR888)


def p50_p95(times_ms: list[float]) -> str:
    arr = np.array(times_ms[5:])
    return f"p50 {np.percentile(arr, 50):6.2f} ms  p95 {np.percentile(arr, 95):6.2f} ms"


def main() -> None:
    app = QApplication([])
    print(f"load average: {os.getloadavg()}")
    pattern = TestPatternSource(1280, 720, 30)
    pattern.open()
    for aspect, sizes in (("9:16", [(450, 800), (600, 1060)]), ("16:9", [(960, 540), (1280, 720)])):
        canvas = Compositor(CanvasConfig(aspect=aspect)).compose(pattern.read().image)
        for w, h in sizes:
            target = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
            full = bgr_to_qimage(canvas)
            smooth = []
            for _ in range(REPEATS):
                t0 = time.perf_counter()
                painter = QPainter(target)
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(QRectF(0, 0, w, h), full)
                painter.end()
                smooth.append((time.perf_counter() - t0) * 1e3)
            resize = []
            for _ in range(REPEATS):
                t0 = time.perf_counter()
                fit_image(canvas, (w, h))
                resize.append((time.perf_counter() - t0) * 1e3)
            mailbox = LatestMailbox()
            widget = PreviewWidget()
            widget.resize(w, h)
            widget.set_source(mailbox)
            widget.show()
            app.processEvents()
            blit = []
            for i in range(REPEATS):
                mailbox.put(VideoFrame(canvas, i, i, i))
                deadline = time.monotonic() + 1.0
                while (widget._scaler.output.peek() is None or widget._scaler.output.peek().frame.index != i) \
                        and time.monotonic() < deadline:
                    time.sleep(0.001)
                t0 = time.perf_counter()
                widget._poll()
                widget.render(target)   # paintEvent, as the window's backing store runs it
                blit.append((time.perf_counter() - t0) * 1e3)
            widget.stop()
            print(f"canvas {aspect} {canvas.shape[1]}x{canvas.shape[0]} -> {w}x{h}: "
                  f"qt smooth scale {p50_p95(smooth)} | 1:1 blit (GUI) {p50_p95(blit)} | "
                  f"scaler resize (own thread) {p50_p95(resize)}")


if __name__ == "__main__":
    main()
