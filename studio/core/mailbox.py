"""A size-one, newest-wins hand-off between threads, counting what it drops."""

from __future__ import annotations

import threading
from typing import Generic, TypeVar

T = TypeVar("T")


class LatestMailbox(Generic[T]):
    """Holds at most one item: `put` replaces an unread item and counts it as dropped.

    Thread-safe. This is how a slow consumer never makes a fast producer (a
    camera) fall behind: the consumer always gets the newest item.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._item: T | None = None
        self._has_item = False
        self._closed = False
        self.put_count = 0
        self.dropped_count = 0

    def put(self, item: T) -> None:
        with self._cond:
            if self._has_item:
                self.dropped_count += 1
            self._item = item
            self._has_item = True
            self.put_count += 1
            self._cond.notify_all()

    def put_wait(self, item: T, timeout_s: float | None = None) -> bool:
        """Offline mode: wait until the previous item was taken (no drops); False on timeout/close."""
        with self._cond:
            if not self._cond.wait_for(lambda: not self._has_item or self._closed, timeout_s):
                return False
            if self._closed:
                return False
            self._item = item
            self._has_item = True
            self.put_count += 1
            self._cond.notify_all()
            return True

    def get(self, timeout_s: float | None = None) -> T | None:
        """Take the newest item, waiting up to timeout_s; None on timeout or when closed."""
        with self._cond:
            if not self._has_item and not self._closed:
                self._cond.wait(timeout_s)
            if not self._has_item:
                return None
            item = self._item
            self._item = None
            self._has_item = False
            self._cond.notify_all()  # wakes a producer waiting in put_wait
            return item

    def peek(self) -> T | None:
        """The newest item without taking it (the preview repaints the same frame)."""
        with self._cond:
            return self._item if self._has_item else None

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    @property
    def closed(self) -> bool:
        return self._closed
