"""MediaPipe without matplotlib: call `defer_drawing_modules()` before the first `import mediapipe`.

`mediapipe/__init__` imports every task package, and `mediapipe.tasks.python.vision` imports its
drawing helpers (drawing_utils, drawing_styles), which import matplotlib.pyplot: ~1.1 s of CPU on
the thread that loads the face landmarker, holding the GIL the window's thread needs at start, and
22 MB of matplotlib and Pillow in the installed app. The studio never draws with them (overlays
paint with Qt). Deferring makes those two modules lazy (importlib.util.LazyLoader): they are found
and bound as usual, and run only when an attribute is first read. The bundle leaves matplotlib
out (build.spec), so there reading one raises ImportError; from source it still works.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import sys
import threading

DEFERRED = ("mediapipe.tasks.python.vision.drawing_utils", "mediapipe.tasks.python.vision.drawing_styles")
_lock = threading.Lock()


class _LazyDrawingFinder(importlib.abc.MetaPathFinder):
    """Finds the deferred modules with the finders after it, and hands back a lazy loader."""

    def find_spec(self, fullname, path, target=None):
        if fullname not in DEFERRED:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = importlib.util.LazyLoader(spec.loader)
                return spec
        return None


def defer_drawing_modules() -> None:
    """Idempotent and thread-safe; a no-op for modules already imported."""
    with _lock:
        if not any(isinstance(f, _LazyDrawingFinder) for f in sys.meta_path):
            sys.meta_path.insert(0, _LazyDrawingFinder())
