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
    session.comments = worker
    session.add_worker(worker)
    return worker
