"""`studio comments ...`: the live room's events from the command line, over the same worker,
sources and store the session uses (studio.comments).

Actions: serve (the local relay), replay (a recorded stream printed as the host's inbox), purge.
Other modules add actions to the same group through ACTION_MODULES (each has register(actions)).
"""

from __future__ import annotations

import argparse
import importlib
import signal
import sys
import threading
from datetime import datetime, timezone

# Actions defined in their own modules (registered when importable), e.g. `comments classify`.
ACTION_MODULES = ["studio.cli.comments_classify_cmd"]


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH",
                   help="comments database (default: $STUDIO_COMMENTS_DB or comments.sqlite beside the sales database)")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("comments", help="live-room comments: local relay, replay of a recording as the inbox, purge",
                       description="Live-room events (comments, joins, likes, gifts, viewer counts): "
                                   "docs/comments.md.")
    actions = p.add_subparsers(dest="comments_action", metavar="ACTION", required=True)

    s = actions.add_parser("serve", help="run the local relay (HTTP POST and WebSocket, token) and store events",
                           description="Listens on 127.0.0.1 (unless --open-lan) for events from a browser "
                                       "extension, a script or another laptop; Ctrl+C stops.")
    s.add_argument("--port", type=int, default=None, help="port (default 8779; 0: any free port)")
    s.add_argument("--open-lan", action="store_true",
                   help="listen on every network interface (another computer on your network can send; "
                        "the token is still required)")
    s.add_argument("--show", help="run of show: each comment is understood against its catalog and FAQ")
    s.add_argument("--host-lang", help="the host's language for translations (default: the show's language, as `classify` and `run`)")
    s.add_argument("--keep-names", action="store_true", help="store viewers' display names (off by default)")
    s.add_argument("--quiet", action="store_true", help="do not print arriving comments")
    _common(s)
    s.set_defaults(func=serve)

    r = actions.add_parser("replay", help="print a recorded comment stream (JSONL/CSV) as the host's inbox",
                           description="One line per comment: time, language, intent, product, text, "
                                       "translation, reply draft.")
    r.add_argument("file", help="recorded events, .jsonl or .csv (docs/comments.md)")
    r.add_argument("--show", required=True, help="run of show (.show.md): catalog, FAQ")
    r.add_argument("--realtime", action="store_true", help="at the recording's pace (default: as fast as possible)")
    r.add_argument("--host-lang", help="the host's language for translations (default: the show's language, as `classify` and `run`)")
    r.add_argument("--store", action="store_true", help="also keep the events in the comments database")
    _common(r)
    r.set_defaults(func=replay)

    g = actions.add_parser("purge", help="delete stored viewer names, or events before a date",
                           description="Viewer names are only stored when turned on; this removes them.")
    g.add_argument("--names", action="store_true", help="clear every stored viewer name")
    g.add_argument("--before", metavar="YYYY-MM-DD", help="delete events before this day (UTC)")
    _common(g)
    g.set_defaults(func=purge)

    for name in ACTION_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(actions)


def _analyzer(show_path: str | None, host_lang: str | None):
    from studio.comments.inbox import load_analyzer

    if not show_path:
        return None
    from studio.show import load_show

    show = load_show(show_path)
    analyzer, why_not = load_analyzer(show, host_lang or show.language)
    if why_not:
        print(f"studio comments: {why_not}", file=sys.stderr)
    return analyzer


def replay(args: argparse.Namespace) -> int:
    from pathlib import Path

    from studio.cli.main import UserError
    from studio.comments.events import SourceKind
    from studio.comments.feed import CommentsSetupError, build_worker
    from studio.comments.inbox import BatchInbox, InboxPrinter
    from studio.comments.options import CommentsOptions
    from studio.core.events import EventBus

    if not Path(args.file).is_file():
        raise UserError(f"no such file: {args.file}")
    printer = InboxPrinter(_analyzer(args.show, args.host_lang), write=lambda text: print(text, flush=True))
    events = EventBus()
    inbox = BatchInbox(events)
    options = CommentsOptions(SourceKind.REPLAY, path=args.file, realtime=args.realtime, store=args.store,
                              db_path=args.db)
    try:
        worker = build_worker(options, events)
    except CommentsSetupError as exc:
        raise UserError(str(exc)) from None
    source = worker.sources[0]
    worker.start()
    try:
        while not source.join(0.05):
            printer.show(inbox.take())
    except KeyboardInterrupt:
        pass
    worker.stop()
    printer.show(inbox.take())
    stats = worker.stats()
    print(f"studio comments: {printer.lines} comment(s) from {args.file}"
          + (f"; {len(source.bad_lines)} bad line(s) skipped (first: line {source.bad_lines[0].line_no}: "
             f"{source.bad_lines[0].reason})" if source.bad_lines else "")
          + (f"; {stats.stored} event(s) stored" if args.store else ""), file=sys.stderr)
    tell_untranslated(printer.analyzer)
    return 1 if source.state.value == "failed" else 0


def tell_untranslated(analyzer) -> None:
    """Comments that came back untranslated for want of a model are said, never left silently blank."""
    pairs = getattr(getattr(analyzer, "translator", None), "untranslated_pairs", None)
    missing = pairs() if callable(pairs) else []
    if missing:
        print(f"studio comments: no translation model for {', '.join(missing)}: those comments are shown as "
              "written (`studio models import NAME PATH`, or `studio models list` for what is installed)",
              file=sys.stderr)


def serve(args: argparse.Namespace) -> int:
    from studio.cli.main import UserError
    from studio.comments.events import SourceKind
    from studio.comments.feed import CommentsSetupError, build_worker
    from studio.comments.inbox import BatchInbox, InboxPrinter
    from studio.comments.options import CommentsOptions
    from studio.comments.settings import DEFAULT_RELAY_PORT, keep_names, relay_token
    from studio.core.events import EventBus, Severity, StatusMessage
    from studio.localnet.server import LocalServerError

    token = relay_token()
    options = CommentsOptions(SourceKind.RELAY, port=DEFAULT_RELAY_PORT if args.port is None else args.port,
                              open_lan=args.open_lan, token=token.token, db_path=args.db,
                              keep_names=args.keep_names or keep_names())
    events = EventBus()
    printer = None if args.quiet else InboxPrinter(_analyzer(args.show, args.host_lang),
                                                   write=lambda text: print(text, flush=True))
    inbox = BatchInbox(events)
    events.subscribe(StatusMessage, lambda m: print(f"studio comments: {m.text}", file=sys.stderr, flush=True)
                     if m.severity is not Severity.INFO else None)
    try:
        worker = build_worker(options, events)
        relay = worker.sources[0]
        port = relay.start_server()        # a taken port is said here, before anything runs
    except (CommentsSetupError, LocalServerError) as exc:
        raise UserError(str(exc)) from None
    host = "0.0.0.0 (every interface)" if args.open_lan else "127.0.0.1"
    print(f"studio comments: relay on {host} port {port}", flush=True)
    print(f"  POST http://127.0.0.1:{port}/events   WebSocket ws://127.0.0.1:{port}/ws?token=TOKEN", flush=True)
    print(f"  token: {token.token}" + ("  (new: kept in " + str(token.path) + ")" if token.created else ""),
          flush=True)
    print(f"  events are stored in {worker.store.path}; viewer names "
          f"{'kept' if options.keep_names else 'not kept'}. Ctrl+C stops.", flush=True)
    stop = threading.Event()
    # Ctrl+C sets the stop flag instead of raising: an exception thrown into the middle of a comment's
    # analysis could leave a lock held and the stop below waiting on it (seen under heavy load).
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGTERM, signal.SIGINT)}
    if hasattr(signal, "pthread_sigmask"):      # a parent may have started us with these blocked (POSIX only)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    worker.start()
    try:
        while not stop.wait(0.1):
            events_now = inbox.take()
            if printer is not None:
                printer.show(events_now)
    except KeyboardInterrupt:
        pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        worker.stop()
    if printer is not None:
        printer.show(inbox.take())
    stats = worker.stats()
    print(f"studio comments: relay stopped; {stats.stored} event(s) stored, {relay.rejected} rejected, "
          f"{stats.intake.dropped_total} dropped in floods", file=sys.stderr, flush=True)
    if printer is not None:
        tell_untranslated(printer.analyzer)
    return 0


def purge(args: argparse.Namespace) -> int:
    from studio.cli.main import UserError
    from studio.comments.store import CommentsDbError, CommentStore, resolve_comments_db

    if not args.names and not args.before:
        raise UserError("say what to purge: --names, or --before YYYY-MM-DD")
    before_ms = None
    if args.before:
        try:
            day = datetime.strptime(args.before, "%Y-%m-%d").replace(tzinfo=timezone.utc)
        except ValueError:
            raise UserError(f"--before wants a date like 2026-12-31, not '{args.before}'") from None
        before_ms = int(day.timestamp() * 1000)
    path = resolve_comments_db(args.db)
    if not path.exists():
        print(f"studio comments: nothing stored yet ({path})")
        return 0
    try:
        store = CommentStore(path)
    except CommentsDbError as exc:
        raise UserError(str(exc)) from None
    try:
        if args.names:
            print(f"studio comments: {store.purge_names()} viewer name(s) cleared in {path}")
        if before_ms is not None:
            print(f"studio comments: {store.purge_before(before_ms)} event(s) before {args.before} deleted")
    finally:
        store.close()
    return 0
