"""Approved answers for buyers' questions, and the claim check every reply passes.

A question matches a FAQ entry of the show when its vector is close to one of the entry's
`q:` lines (any language: "¿Cuánto tarda el envío?" finds "How long does shipping take?"), or,
a little less close, when it names a topic the entry's lines name (assets/comments/topic_words.yaml:
"vocês enviam pro Chile?" and "Do you ship to my country?" both say shipping), which is where a
small encoder is unsure across languages.
The reply is the entry's approved answer in the buyer's language (FaqEntry.answer_in), never
a machine translation: a language without an approved text gets no reply. Before a reply is
returned it is checked for the show's markets and for the buyer's market when the comment names
one outside them; a block finding withholds it with the reason, and the reply says which
markets it was checked for.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

import numpy as np

from studio.comments.understand.intent_head import comments_assets_dir
from studio.comments.understand.vectors import dot_rows
from studio.comments.understand.wordmatch import Lexicon

log = logging.getLogger(__name__)

# e5 cosines sit high (0.80-0.95 for any two short questions): an entry must be close AND clearly
# closer than the next entry. Set on the dev comments: at 0.90 "does it come with a case?" took the
# prescription answer; a wrong approved answer costs more than none.
FAQ_MIN_COSINE = 0.91
FAQ_MIN_MARGIN = 0.04
FAQ_TOPIC_MIN_COSINE = 0.85    # with a shared topic word


def topic_lexicon() -> Lexicon:
    return Lexicon.load(comments_assets_dir() / "topic_words.yaml")


@dataclass(frozen=True)
class FaqHit:
    index: int              # in show.faq
    topic: str
    product_sku: str | None
    cosine: float


@dataclass(frozen=True)
class Reply:
    text: str | None
    withheld: str | None = None     # why an approved answer was not returned
    checked_for: tuple[str, ...] = ()   # the markets the claim check read it for (empty: not checked)


class FaqMatcher:
    """Thread-safe: vectors are read-only, the verdict cache has a lock."""

    def __init__(self, show, encoder, checker=None):
        self.entries = list(show.faq)
        self.checker = checker
        self.topics = topic_lexicon()
        # an entry is about the topic its title and topic: line name; its q: lines only when those name none
        # (the shipping entry's "¿Cuánto tarda el envío?" says "cuánto" but does not answer "¿cuánto cuesta?")
        self.entry_topics = [self.topics.find(" ".join([e.title, e.topic])) or self.topics.find(" ".join(e.questions))
                             for e in self.entries]
        texts, owner = [], []
        for i, entry in enumerate(self.entries):
            for q in entry.questions or [entry.title]:
                texts.append(q)
                owner.append(i)
        self._vecs = np.asarray(encoder.embed(texts, kind="query"), dtype=np.float32) if texts else None
        self._owner = np.array(owner)
        self._replies: dict[tuple[int, str, str | None], Reply] = {}
        self._extra: dict[str, object | None] = {}      # market outside the show's -> its checker
        self._lock = threading.Lock()

    def match(self, vec: np.ndarray, sku: str | None, topics: set[str] = frozenset()) -> FaqHit | None:
        """topics: what the question names (self.topics.find(text))."""
        if self._vecs is None:
            return None
        sims = dot_rows(vec, self._vecs)
        best = np.full(len(self.entries), -1.0)
        np.maximum.at(best, self._owner, sims)
        # a product's FAQ does not answer a question about another product
        for i, entry in enumerate(self.entries):
            if entry.product_sku and sku and entry.product_sku != sku:
                best[i] = -1.0
        shared = [i for i in range(len(self.entries)) if self.entry_topics[i] & topics and best[i] > -1.0]
        if shared:
            top = max(shared, key=lambda i: best[i])
            return self._hit(top, best) if best[top] >= FAQ_TOPIC_MIN_COSINE else None
        order = np.argsort(-best)
        top = int(order[0])
        second = float(best[order[1]]) if len(order) > 1 else -1.0
        if best[top] < FAQ_MIN_COSINE or best[top] - second < FAQ_MIN_MARGIN:
            return None
        if topics and self.entry_topics[top] and not (self.entry_topics[top] & topics):
            return None      # the question names another topic than the entry's
        return self._hit(top, best)

    def _hit(self, index: int, best: np.ndarray) -> FaqHit:
        entry = self.entries[index]
        return FaqHit(index, entry.topic, entry.product_sku, float(best[index]))

    def reply(self, hit: FaqHit, lang: str, market: str | None = None) -> Reply:
        """market: the buyer's, when the comment says it (infer_market); a market outside the
        show's is checked too ("envían a Chile?"), besides every market of the show."""
        key = (hit.index, lang, market)
        with self._lock:
            if key in self._replies:
                return self._replies[key]
        reply = self._checked(self.entries[hit.index].answer_in(lang) if lang != "und" else None, lang, market)
        with self._lock:
            self._replies[key] = reply
        return reply

    def _checkers(self, market: str | None) -> list:
        checkers = [self.checker] if self.checker is not None else []
        if market and self.checker is not None and market not in self.checker.markets:
            with self._lock:
                if market not in self._extra:
                    try:
                        self._extra[market] = type(self.checker)([market])
                    except Exception as exc:     # a market the packs cannot read: said, the rest still checked
                        log.warning("no claim check for market %s: %s", market, exc)
                        self._extra[market] = None
                extra = self._extra[market]
            if extra is not None:
                checkers.append(extra)
        return checkers

    def _checked(self, text: str | None, lang: str, market: str | None = None) -> Reply:
        checkers = self._checkers(market)
        if not text or not checkers:
            return Reply(text)
        markets = tuple(m for c in checkers for m in c.markets)
        findings = [f for c in checkers for f in c.check_text(text, lang=lang)]
        blocks = [f for f in findings if f.severity.value == "block"]
        if blocks:
            reasons = "; ".join(f"{f.title or f.rule_id} ({', '.join(f.markets)}): {f.matched!r}" for f in blocks)
            return Reply(None, f"approved answer withheld by the claim check: {reasons}", markets)
        return Reply(text, None, markets)
