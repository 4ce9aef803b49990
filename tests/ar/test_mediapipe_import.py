"""MediaPipe loads without matplotlib once the drawing helpers are deferred (studio/ar/mediapipe_import.py);
the installed app leaves matplotlib out, so an eager import there would break try-on."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytest.importorskip("mediapipe")

SCRIPT = """
import sys
from studio.ar.mediapipe_import import defer_drawing_modules
defer_drawing_modules()
defer_drawing_modules()
import mediapipe as mp
from mediapipe.tasks.python import BaseOptions, vision
assert vision.FaceLandmarker and vision.FaceLandmarkerOptions and BaseOptions and mp.Image
assert "matplotlib" not in sys.modules, "matplotlib was imported"
print("deferred ok")
# The deferred module is the real one: reading from it loads it (here, from source, with matplotlib).
assert vision.drawing_utils.DrawingSpec is not None
print("lazy ok", "matplotlib" in sys.modules)
"""


def test_mediapipe_vision_imports_without_matplotlib_and_drawing_still_loads_on_use():
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "deferred ok" in proc.stdout
    assert "lazy ok True" in proc.stdout
