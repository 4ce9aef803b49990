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
    g.add_argument("--comments-host-lang", metavar="LANG",
                   help="translate comments into this language (default: the show's language)")
    g.add_argument("--viewer-drop", metavar="PCT[/SECONDS]", default="20/60",
                   help="alert when viewers fall this much within this time (default 20/60: -20%% in 60 s)")
    g.add_argument("--viewer-floor", type=int, default=50, metavar="N",
                   help="no drop alert in a room whose high was under N viewers (default 50)")


def comments_options(args: argparse.Namespace):
    """CommentsOptions for the flags, or None when no feed was asked for."""
    from studio.comments.events import SourceKind
    from studio.comments.options import CommentsOptions
    from studio.comments.settings import DEFAULT_RELAY_PORT

    common = dict(db_path=args.comments_db, keep_names=args.comments_keep_names, realtime=args.realtime,
                  host_language=getattr(args, "comments_host_lang", None),
                  signals=signal_options(args.viewer_drop, args.viewer_floor))
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


def signal_options(drop: str, floor: int):
    """--viewer-drop 20/60 and --viewer-floor 50 as SignalOptions; a clear message for bad values."""
    from studio.cli.main import UserError
    from studio.comments.signals import SignalOptions

    pct, _, seconds = drop.partition("/")
    try:
        return SignalOptions(window_s=float(seconds or 60), drop_fraction=float(pct.strip().lstrip("-")) / 100,
                             min_viewers=max(0, floor))
    except ValueError as exc:
        raise UserError(f"--viewer-drop wants a percentage and seconds like 20/60, not {drop!r} ({exc})") from None


def comments_report(session) -> dict | None:
    """The feed's counts, with the viewer signals (counts over time, drop alerts) under `signals`."""
    worker = getattr(session, "comments", None)
    if worker is None:
        return None
    signals = getattr(session, "signals", None)
    return {**worker.report(), **({"signals": signals.report()} if signals is not None else {})}
