"""The comments log: names only when turned on, purge clears them, re-sent events stored once,
and what was committed survives a killed process."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from studio.comments.events import EventKind, LiveEvent
from studio.comments.store import CommentStore, resolve_comments_db

ROOT = Path(__file__).resolve().parents[2]


def _events(n: int = 3):
    return [LiveEvent.create(EventKind.COMMENT, source="relay", platform="shopee", event_id=f"e{i}",
                             text=f"comment {i}", user=f"viewer{i}") for i in range(n)]


def test_names_are_not_stored_unless_turned_on(tmp_path):
    store = CommentStore(tmp_path / "c.sqlite")
    store.begin_run("relay")
    assert store.add(_events()) == 3
    assert [r["user"] for r in store.events()] == [None, None, None]
    assert [r["text"] for r in store.events(store.run_id, EventKind.COMMENT)] == ["comment 0", "comment 1", "comment 2"]


def test_names_on_then_purged_leave_no_trace_in_the_file(tmp_path):
    path = tmp_path / "c.sqlite"
    store = CommentStore(path, keep_names=True)
    store.add(_events(50))
    assert store.counts().names == 50
    assert store.purge_names() == 50
    assert store.counts().names == 0 and store.counts().events == 50
    store.close()
    raw = path.read_bytes() + (Path(str(path) + "-wal").read_bytes() if Path(str(path) + "-wal").exists() else b"")
    assert b"viewer17" not in raw              # vacuumed: not lingering in free pages or the WAL


def test_resent_events_are_stored_once_per_run_and_purge_before_a_date(tmp_path):
    store = CommentStore(tmp_path / "c.sqlite")
    store.begin_run("replay")
    assert store.add(_events(3)) == 3
    assert store.add(_events(4)) == 1
    store.begin_run("replay")                  # the same recording replayed again: a new run
    assert store.add(_events(3)) == 3
    store.begin_run("relay")
    old = LiveEvent.create(EventKind.COMMENT, source="relay", platform="x", event_id="old", text="old",
                           wall_ms=1_000_000_000_000)
    store.add([old])
    assert store.purge_before(1_500_000_000_000) == 1 and store.counts().events == 7


def test_the_database_sits_beside_the_sales_database(tmp_path, monkeypatch):
    monkeypatch.delenv("STUDIO_COMMENTS_DB", raising=False)
    monkeypatch.setenv("STUDIO_SALES_DB", str(tmp_path / "shop" / "sales.sqlite"))
    assert resolve_comments_db() == tmp_path / "shop" / "comments.sqlite"
    assert resolve_comments_db(tmp_path / "x.sqlite") == tmp_path / "x.sqlite"


def test_committed_batches_survive_a_killed_process(tmp_path):
    path = tmp_path / "c.sqlite"
    script = textwrap.dedent(f"""
        import os
        from studio.comments.events import EventKind, LiveEvent
        from studio.comments.store import CommentStore
        store = CommentStore({str(path)!r})
        for batch in range(5):
            store.add([LiveEvent.create(EventKind.COMMENT, source="relay", platform="p", event_id=f"{{batch}}-{{i}}",
                                        text="x") for i in range(100)])
        os._exit(9)     # no close, no checkpoint: as if the app was killed
    """)
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 9, proc.stderr
    assert CommentStore(path).counts().events == 500
