"""The live inbox: every comment of the session's feed, understood on a worker thread, kept bounded
for the window's inbox panel (and anything headless) to read as snapshots.

    comments thread ──LiveEventBatch──▶ pending (bounded, never blocks) ──▶ inbox thread:
        analyzer.analyze() per comment ─▶ recent comments (newest 500), groups, counters, drafts
    views: inbox.snapshot() a few times a second (one copy per change, cheap); commands:
        answer(key, text), pin(key), pin_comment(comment_id), unpin(), log_buy(comment_id)

Understanding never runs on the thread that publishes batches (it may take 5-15 ms a comment) nor
on the GUI thread. A flood larger than the pending bound skips the oldest unanalysed comments
(counted; they are stored by the comments thread all the same). The analyzer is built on its own
short-lived thread: loading the encoder and the lexicons takes seconds (10+ on a busy laptop), and
the host must see the first comments meanwhile. They are listed plainly and understood once it is
ready.
"""

from __future__ import annotations

import collections
import logging
import threading
from dataclasses import dataclass
from typing import Callable

from studio.comments.events import EventKind, LiveEvent
from studio.comments.inbox_events import BuyLogRequested, QuestionPinned, TopQuestionChanged
from studio.comments.reply_drafts import ReplyDraft, ReplyDrafter
from studio.comments.sources.base import FeedStateChanged
from studio.core.messages import HostMessage, message
from studio.comments.worker import LiveEventBatch

log = logging.getLogger(__name__)

RECENT_MAX = 500          # comments kept for views (newest first)
PENDING_MAX = 2_000       # comments waiting for understanding before the oldest are skipped
INTENTS = ("question", "buy", "complaint", "praise", "other")


@dataclass(frozen=True)
class InboxComment:
    event_id: str
    platform: str
    source: str
    wall_ms: int
    text: str                       # sanitised viewer text: plain text, never markup
    user: str | None
    lang: str | None = None
    intent: str | None = None       # None: not understood (no analyzer)
    sku: str | None = None
    quantity: int | None = None
    translation: str | None = None
    group: str | None = None


@dataclass(frozen=True)
class InboxGroup:
    key: str
    topic: str | None
    sku: str | None
    count: int
    examples: tuple[str, ...]
    lang: str                       # the language most of its askers wrote in
    translation: str | None         # of the first example, into the host's language
    draft: ReplyDraft
    answered: bool                  # the host copied or pinned an answer


@dataclass(frozen=True)
class InboxSnapshot:
    version: int
    comments: tuple[InboxComment, ...]          # newest first
    groups: tuple[InboxGroup, ...]              # waiting first, then by count
    counts: dict[str, int]                      # per intent, plus "comments"
    feeds: dict[str, FeedStateChanged]          # per source: the newest state
    pending: int                                # comments waiting to be understood
    skipped: int                                # comments a flood kept from understanding
    pinned: str | None
    understanding: str | None                   # None: working; else why it is off / loading
    untranslated: tuple[str, ...] = ()          # 'th→zh': pairs no installed model could translate
    understanding_said: HostMessage | None = None   # `understanding` by key, for the window to translate


@dataclass
class _Job:
    kind: str                      # "answer" | "pin" (a group) | "pin_comment" (key: a comment id)
    key: str
    text: str = ""


class LiveInbox:
    """start()/stop() like a session worker; snapshot() and the commands from any thread.

    analyzer_factory: () -> CommentAnalyzer (called on the inbox thread; raising turns understanding
    off with the message). current_sku: () -> the SKU on air or None. card: an overlay with
    show(text, header) / clear() (the pinned-question card), or None."""

    def __init__(self, bus, analyzer_factory: Callable[[], object], host_language: str = "en",
                 current_sku: Callable[[], str | None] = lambda: None, card=None,
                 checker_factory: Callable[[], object | None] = lambda: None) -> None:
        self.bus = bus
        self.host_language = host_language
        self.card = card
        self._analyzer_factory = analyzer_factory
        self._checker_factory = checker_factory
        self._current_sku = current_sku
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._pending: collections.deque[LiveEvent] = collections.deque()
        self._jobs: list[_Job] = []
        self._recent: collections.deque[InboxComment] = collections.deque(maxlen=RECENT_MAX)
        self._by_id: dict[str, InboxComment] = {}
        self._counts = collections.Counter()
        self._feeds: dict[str, FeedStateChanged] = {}
        self._skipped = 0
        self._groups: dict[str, InboxGroup] = {}
        self._withheld: dict[str, str] = {}
        self._checked_for: dict[str, tuple[str, ...]] = {}     # group -> markets its approved answer was checked for
        self._translations: dict[str, str | None] = {}
        self._host_answers: dict[str, ReplyDraft] = {}
        self._answered: set[str] = set()
        self._pinned: str | None = None
        self._top: str | None = None
        # why understanding is not running yet or at all, by key (the window says it in the host's language)
        self._understanding: HostMessage | None = message("inbox.loading")
        self._version = 0
        self._snapshot: InboxSnapshot | None = None
        self._halt = False
        self._busy = False             # the inbox thread holds comments or jobs it took
        self._ready = False            # the analyzer was built (or failed): understanding can run
        self._unread: collections.deque[LiveEvent] = collections.deque(maxlen=RECENT_MAX)  # listed while loading
        self._thread: threading.Thread | None = None
        self.analyzer = None
        self.drafter: ReplyDrafter | None = None
        self._unsubscribe = [bus.subscribe(LiveEventBatch, self._on_batch),
                             bus.subscribe(FeedStateChanged, self._on_feed)]

    # --- the bus (publishers' threads: only hand over) -----------------------------------------
    def _on_batch(self, batch: LiveEventBatch) -> None:
        comments = [e for e in batch.events if e.kind is EventKind.COMMENT and e.text]
        if not comments:
            return
        with self._wake:
            self._pending.extend(comments)
            over = len(self._pending) - PENDING_MAX
            for _ in range(max(0, over)):
                self._pending.popleft()
            self._skipped += max(0, over)
            self._wake.notify()

    def _on_feed(self, change: FeedStateChanged) -> None:
        with self._lock:
            self._feeds[change.source] = change
            self._version += 1

    # --- life cycle -----------------------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="inbox", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        with self._wake:
            self._halt = True
            self._wake.notify()
        if self._thread is not None:
            self._thread.join(5)

    def wait_idle(self, timeout_s: float = 30.0) -> bool:
        """Tests and the CLI: True once every comment handed over so far is understood."""
        import time

        end = time.monotonic() + timeout_s
        while time.monotonic() < end:
            with self._lock:
                if not (self._pending or self._jobs or self._busy or self._unread) and self._ready:
                    return True
            time.sleep(0.02)
        return False

    # --- commands (any thread) ------------------------------------------------------------------
    def answer(self, key: str, text: str) -> None:
        """The host typed an answer for a group: translate it for the askers and claim-check it."""
        self._post(_Job("answer", key, text))

    def pin(self, key: str) -> None:
        """Put the group's question on the program as a card."""
        self._post(_Job("pin", key))

    def pin_comment(self, comment_id: str) -> None:
        """Put one viewer's question on the program, in their words."""
        self._post(_Job("pin_comment", comment_id))

    def unpin(self) -> None:
        with self._lock:
            self._pinned = None
            self._version += 1
        if self.card is not None:
            self.card.clear()
        self.bus.publish(QuestionPinned(None))

    def mark_answered(self, key: str) -> None:
        with self._lock:
            self._answered.add(key)
            self._version += 1
        self._publish_top()

    def log_buy(self, comment_id: str) -> BuyLogRequested | None:
        """The host's "log sale" on a buy comment: published for the sales log to record."""
        with self._lock:
            comment = self._by_id.get(comment_id)
        if comment is None:
            return None
        request = BuyLogRequested(comment.event_id, comment.platform, comment.source, comment.sku,
                                  comment.quantity or 1, comment.text, comment.lang)
        self.bus.publish(request)
        return request

    def snapshot(self) -> InboxSnapshot:
        with self._lock:
            if self._snapshot is None or self._snapshot.version != self._version:
                groups = sorted(self._groups.values(), key=lambda g: (g.answered, -g.count, g.key))
                counts = dict(self._counts)
                self._snapshot = InboxSnapshot(self._version, tuple(reversed(self._recent)), tuple(groups), counts,
                                               dict(self._feeds), len(self._pending), self._skipped, self._pinned,
                                               self._understanding and self._understanding.text,
                                               self._untranslated_pairs(), self._understanding)
            return self._snapshot

    def _untranslated_pairs(self) -> tuple[str, ...]:
        pairs = getattr(getattr(self.analyzer, "translator", None), "untranslated_pairs", None)
        return tuple(pairs()) if callable(pairs) else ()

    # --- the inbox thread ---------------------------------------------------------------------
    def _post(self, job: _Job) -> None:
        with self._wake:
            self._jobs.append(job)
            self._wake.notify()

    def _run(self) -> None:
        threading.Thread(target=self._load, name="inbox-load", daemon=True).start()
        while True:
            with self._wake:
                while not self._halt and not self._pending and not self._jobs and not (self._ready and self._unread):
                    self._wake.wait(0.5)
                if self._halt:
                    return
                jobs, self._jobs = self._jobs, []
                # a few at a time: commands (pin, answer) never wait behind a whole flood
                events = [self._pending.popleft() for _ in range(min(32, len(self._pending)))]
                ready = self._ready
                late = [self._unread.popleft() for _ in range(min(32, len(self._unread)))] if ready else []
                self._busy = True
            for job in jobs:
                self._do(job)
            for event in late:          # listed plainly while the analyzer loaded: understood now
                self._understand(event, listed=True)
            for event in events:
                if ready:
                    self._understand(event)
                else:
                    self._list_unread(event)
            if late or (events and ready):
                self._refresh_groups()
            with self._lock:
                self._busy = False

    def _load(self) -> None:
        try:
            self.analyzer = self._analyzer_factory()
            note = None
        except Exception as exc:     # no encoder model: the inbox still lists comments, plainly
            log.warning("comment understanding is off: %s", exc)
            note = message("inbox.off", error=str(exc))
        translator = getattr(self.analyzer, "translator", None)
        with self._wake:
            self.drafter = ReplyDrafter(self.host_language, translator, self._checker_factory)
            self._understanding = note
            self._ready = True
            self._version += 1
            self._wake.notify()

    def _list_unread(self, event: LiveEvent) -> None:
        """Before the analyzer is ready: the comment is shown as it came and understood later."""
        self._add(InboxComment(event.event_id, event.platform, event.source, event.wall_ms, event.text, event.user))
        with self._lock:
            self._unread.append(event)

    def _understand(self, event: LiveEvent, listed: bool = False) -> None:
        fields = {}
        if self.analyzer is not None:
            try:
                u = self.analyzer.analyze(event.text, lang_hint=event.lang, current_sku=self._current_sku())
                fields = dict(lang=u.lang, intent=u.intent, sku=u.sku, quantity=u.quantity,
                              translation=u.translation, group=u.group)
                if u.intent == "question":
                    with self._lock:
                        self._translations.setdefault(u.group, u.translation)
                        if u.reply_withheld:
                            self._withheld[u.group] = u.reply_withheld
                        if u.reply_checked_for:
                            known = self._checked_for.get(u.group, ())
                            self._checked_for[u.group] = known + tuple(m for m in u.reply_checked_for
                                                                       if m not in known)
            except Exception:            # one odd comment must not stop the inbox
                log.exception("analysing a comment failed")
        comment = InboxComment(event.event_id, event.platform, event.source, event.wall_ms, event.text, event.user,
                               **fields)
        self._add(comment, replace=listed)

    def _add(self, comment: InboxComment, replace: bool = False) -> None:
        with self._lock:
            if replace:          # the plain listing gets its understanding (it was counted then)
                old = self._by_id.get(comment.event_id)
                if old is not None:          # not yet pushed out of the newest RECENT_MAX
                    self._recent[self._recent.index(old)] = comment
                    self._by_id[comment.event_id] = comment
                if comment.intent:
                    self._counts[comment.intent] += 1
                self._version += 1
                return
            if len(self._recent) == self._recent.maxlen:
                self._by_id.pop(self._recent[0].event_id, None)
            self._recent.append(comment)
            self._by_id[comment.event_id] = comment
            self._counts["comments"] += 1
            if comment.intent:
                self._counts[comment.intent] += 1
            self._version += 1

    def _refresh_groups(self) -> None:
        if self.analyzer is None:
            return
        groups = {}
        for g in self.analyzer.groups():
            lang = g.languages.most_common(1)[0][0] if g.languages else "und"
            with self._lock:
                host = self._host_answers.get(g.key)
                withheld = self._withheld.get(g.key)
                checked_for = self._checked_for.get(g.key, ())
                answered = g.key in self._answered
                translation = self._translations.get(g.key)
            draft = host or self.drafter.approved(g.key, lang, g.replies.get(lang), withheld, checked_for)
            groups[g.key] = InboxGroup(g.key, g.topic, g.sku, g.count, tuple(g.examples), lang, translation, draft,
                                       answered)
        with self._lock:
            self._groups = groups
            self._version += 1
        self._publish_top()

    def _publish_top(self) -> None:
        with self._lock:
            waiting = [g for g in self._groups.values() if not g.answered]
            top = max(waiting, key=lambda g: g.count, default=None)
            key = None if top is None else (top.key, top.count)
            if key == self._top:
                return
            self._top = key
        self.bus.publish(TopQuestionChanged(top.key, top.examples[0] if top.examples else None, top.translation,
                                            top.count) if top else TopQuestionChanged(None, None, None))

    def _do(self, job: _Job) -> None:
        with self._lock:
            if job.kind == "pin_comment":
                comment = self._by_id.get(job.key)
                if comment is None:
                    return
                job = _Job("pin", comment.group or "", comment.text)
            group = self._groups.get(job.key)
        if job.kind == "pin" and job.text:
            self._pin(job.key, job.text, group.count if group else 1)
            return
        if group is None:
            return
        if job.kind == "answer":
            draft = self.drafter.from_host(job.key, group.lang, job.text)
            with self._lock:
                self._host_answers[job.key] = draft
            self._refresh_groups()
        elif job.kind == "pin":
            self._pin(job.key, group.examples[0] if group.examples else "", group.count)

    def _pin(self, key: str, text: str, count: int) -> None:
        with self._lock:
            self._pinned = key
            self._answered.add(key)
            self._version += 1
        if self.card is not None:
            self.card.show(text, f"Q ×{count}" if count > 1 else "Q")
        self.bus.publish(QuestionPinned(key, text))
        self._refresh_groups()

    # for the report of `studio run`
    def report(self) -> dict:
        snap = self.snapshot()
        return {"understood": snap.counts.get("comments", 0), "skipped": snap.skipped,
                "groups": len(snap.groups), "intents": {k: snap.counts.get(k, 0) for k in INTENTS}}


__all__ = ["LiveInbox", "InboxSnapshot", "InboxComment", "InboxGroup"]
