"""`studio run`'s comments flags: which live-room feed the headless session stores (docs/comments.md)."""

from __future__ import annotations

import argparse


def add_comment_arguments(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("live-room comments (stored in comments.sqlite; counts in the report)")
    feed = g.add_mutually_exclusive_group()
    feed.add_argument("--comments-replay", metavar="FILE",
                      help="replay a recorded comment stream (.jsonl/.csv) during the run, at its pace with --realtime")
    feed.add_argument("--comments-paste", metavar="FILE", help="comments pasted into a text file, one per line")
    feed.add_argument("--comments-relay", nargs="?", type=int, const=-1, metavar="PORT",
                      help="run the local relay during the run (default port 8779; the token is in comments.json)")
    feed.add_argument("--comments-tiktok", metavar="@NAME",
                      help="TikTok LIVE through the unofficial TikTokLive package (read docs/comments.md first)")
    g.add_argument("--comments-db", metavar="PATH", help="comments database (default: beside the sales database)")
    g.add_argument("--comments-keep-names", action="store_true", help="store viewers' display names")


def comments_options(args: argparse.Namespace):
    """CommentsOptions for the flags, or None when no feed was asked for."""
    from studio.comments.events import SourceKind
    from studio.comments.options import CommentsOptions
    from studio.comments.settings import DEFAULT_RELAY_PORT

    common = dict(db_path=args.comments_db, keep_names=args.comments_keep_names, realtime=args.realtime)
    if args.comments_replay:
        return CommentsOptions(SourceKind.REPLAY, path=args.comments_replay, **common)
    if args.comments_paste:
        return CommentsOptions(SourceKind.PASTE, path=args.comments_paste, **common)
    if args.comments_relay is not None:
        port = DEFAULT_RELAY_PORT if args.comments_relay < 0 else args.comments_relay
        return CommentsOptions(SourceKind.RELAY, port=port, **common)
    if args.comments_tiktok:
        return CommentsOptions(SourceKind.TIKTOK, unique_id=args.comments_tiktok, **common)
    return None


def comments_report(session) -> dict | None:
    worker = getattr(session, "comments", None)
    return worker.report() if worker is not None else None
