"""The comments feed of a session: one worker thread (studio.comments.worker) started and stopped
with the session like the captions, publishing LiveEventBatch and FeedStateChanged on the session's
bus, where the inbox panel and the understanding worker subscribe.

Called on the thread that drives the session (the assembly, or the window when the host turns the
feed on mid-live).
"""

from __future__ import annotations

from typing import Callable

from studio.core.events import Severity, StatusMessage


def start_comments(session, options, problem: Callable[[str], None] | None = None):
    """Add the comments worker (started at once when the session runs); returns it, also at
    session.comments, or None when it cannot be built (the problem says why)."""
    from studio.comments.feed import CommentsSetupError, build_worker

    if getattr(session, "comments", None) is not None:
        return session.comments
    try:
        worker = build_worker(options, session.events, session.show.title if session.show else None)
    except CommentsSetupError as exc:
        text = f"Comments are off: {exc}"
        if problem:
            problem(text)
        else:
            session.events.publish(StatusMessage(Severity.WARNING, text, "comments"))
        return None
    from studio.live.signals import start_signals

    start_signals(session, options.signals)      # listening before the feed's first batch
    session.comments = worker
    session.add_worker(worker)
    return worker


def start_inbox(session, host_language: str | None = None):
    """The live inbox over the session's feed (studio.comments.live_inbox), with the pinned-question
    card on the program: at session.inbox and session.question_card. Needs a show (the catalog and
    FAQ the comments are understood against); None without one."""
    if getattr(session, "inbox", None) is not None:
        return session.inbox
    show = session.show
    if show is None:
        return None
    from studio.comments.inbox import load_analyzer
    from studio.comments.live_inbox import LiveInbox
    from studio.overlays.question_card import QuestionCardOverlay

    language = (host_language or show.language or "en").split("-")[0].lower()

    def analyzer():
        made, why = load_analyzer(show, language)
        if made is None:
            raise RuntimeError(why)
        return made

    def checker():
        if not show.markets:
            return None
        from studio.compliance.checker import Checker

        return Checker(show.markets)

    def current_sku():
        segment = None
        index = session.segment_index
        if session.show is show and index is not None and 0 <= index < len(show.segments):
            segment = show.segments[index]
        return getattr(segment, "product_sku", None)

    session.question_card = QuestionCardOverlay()
    session.add_overlay(session.question_card)
    session.inbox = LiveInbox(session.events, analyzer, language, current_sku, session.question_card, checker)
    session.add_worker(session.inbox)
    return session.inbox


def connect_feed(session, options, problem: Callable[[str], None] | None = None):
    """The host picked a feed mid-live (the inbox panel's source picker): the one running is
    stopped and the new one started, with the inbox when there is a show. Returns the worker or None."""
    disconnect_feed(session)
    # listening before the feed starts: a pasted text arrives at once
    start_inbox(session, getattr(options, "host_language", None))
    return start_comments(session, options, problem)


def disconnect_feed(session) -> None:
    """Stop the session's comments feed (the inbox stays, with what it understood)."""
    worker = getattr(session, "comments", None)
    if worker is None:
        return
    session.comments = None
    session.remove_worker(worker)
    worker.stop()
