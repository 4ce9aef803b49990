"""Short-lived worker threads that hand their result back to the GUI thread.

The window may close while a worker still runs (a script check, a device scan, a model
import): its QObject is then deleted and emitting raises RuntimeError("Signal source has
been deleted") on the worker thread. `emit_if_alive` swallows exactly that case, so closing
the window never prints a traceback; every other error still propagates.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import SignalInstance

log = logging.getLogger(__name__)


def emit_if_alive(signal: SignalInstance, *args: Any) -> bool:
    """Emit from a worker thread; False when the receiving window is already gone."""
    try:
        signal.emit(*args)
    except RuntimeError as exc:   # the C++ object behind the signal was deleted (window closed)
        log.debug("result dropped, its window is gone: %s", exc)
        return False
    return True


def run_in_background(work: Callable[..., Any], *args: Any, name: str) -> threading.Thread:
    """Run `work(*args)` on a daemon thread (so it never holds the app open at quit)."""
    thread = threading.Thread(target=work, args=args, name=name, daemon=True)
    thread.start()
    return thread
