"""Builds a comments worker and its source from CommentsOptions: the session and the CLI share it."""

from __future__ import annotations

from pathlib import Path

from studio.comments.events import SourceKind
from studio.comments.options import CommentsOptions
from studio.comments.settings import keep_names
from studio.comments.sources.base import EventSource
from studio.comments.store import CommentStore, resolve_comments_db
from studio.comments.worker import CommentsWorker
from studio.core.events import EventBus


class CommentsSetupError(Exception):
    """The feed cannot be built (no file, a missing unique id): the message says what to give."""


def build_worker(options: CommentsOptions, events: EventBus, show_title: str | None = None) -> CommentsWorker:
    """A worker (not started) with its store and one source. Raises CommentsSetupError."""
    store = None
    if options.store:
        from studio.comments.store import CommentsDbError

        try:
            # Names are kept when this feed asks for it or the host turned it on in the settings.
            store = CommentStore(resolve_comments_db(options.db_path),
                                 keep_names=options.keep_names or keep_names())
        except CommentsDbError as exc:
            raise CommentsSetupError(str(exc)) from exc
        store.begin_run(options.source.value, show_title)
    worker = CommentsWorker(events, store)
    worker.add_source(make_source(options, worker))
    return worker


def make_source(options: CommentsOptions, worker: CommentsWorker) -> EventSource:
    kind = options.source
    if kind in (SourceKind.REPLAY, SourceKind.PASTE):
        if not options.path or not Path(options.path).is_file():
            raise CommentsSetupError(f"no such comments file: {options.path}")
        if kind is SourceKind.PASTE:
            from studio.comments.sources.replay import PasteSource

            text = Path(options.path).read_text(encoding="utf-8", errors="replace")
            return PasteSource(text, worker.sink, worker.on_state)
        from studio.comments.sources.replay import ReplayOptions, ReplaySource

        return ReplaySource(options.path, worker.sink, ReplayOptions(realtime=options.realtime), worker.on_state)
    if kind is SourceKind.RELAY:
        from studio.comments.settings import relay_token
        from studio.comments.sources.relay import RelayOptions, RelaySource

        token = options.token or relay_token().token
        return RelaySource(RelayOptions(token=token, port=options.port, open_lan=options.open_lan),
                           worker.sink, worker.on_state)
    if kind is SourceKind.TIKTOK:
        if not options.unique_id:
            raise CommentsSetupError("TikTok LIVE needs the live's @name")
        from studio.comments.sources.tiktok import TikTokOptions, TikTokSource

        return TikTokSource(TikTokOptions(options.unique_id), worker.sink, worker.on_state)
    raise CommentsSetupError(f"unknown comments source {kind}")
