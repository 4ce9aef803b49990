"""What buyers said during a sales session, beside what they bought: questions, buys and complaints
per product, per segment and per language, from the live-room event log (studio.comments.store).

The comments store keeps the viewers' words, not what the inbox made of them, so the report reads
each comment of the session's time span again with the same CommentAnalyzer the inbox uses (on
the show's catalog; the product on screen stands in when a buy or question names none, as live).
The segment of a comment is the one on screen when it was written (the session's segment
changes); sales linked to a comment (`sales.comment_id`) are counted apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable

if TYPE_CHECKING:
    from studio.sales.log import SalesLog

COUNTED = ("question", "buy", "complaint")
NO_PRODUCT = ""          # key for comments about no catalog product (shipping, greetings)


@dataclass
class IntentCounts:
    comments: int = 0
    question: int = 0
    buy: int = 0
    complaint: int = 0

    def add(self, intent: str) -> None:
        self.comments += 1
        if intent in COUNTED:
            setattr(self, intent, getattr(self, intent) + 1)

    def to_json(self) -> dict[str, int]:
        return {"comments": self.comments, "questions": self.question, "buys": self.buy,
                "complaints": self.complaint}


@dataclass
class CommentFigures:
    comments: int = 0
    by_product: dict[str, IntentCounts] = field(default_factory=dict)        # SKU, NO_PRODUCT
    by_segment: dict[int | None, IntentCounts] = field(default_factory=dict)  # None: before any segment
    by_language: dict[str, IntentCounts] = field(default_factory=dict)       # ISO 639-1, "und"
    linked_sales: int = 0              # sales logged from a buy comment
    linked_units: int = 0

    def to_json(self) -> dict:
        return {"comments": self.comments, "linked_sales": self.linked_sales, "linked_units": self.linked_units,
                "by_product": {k: v.to_json() for k, v in sorted(self.by_product.items())},
                "by_segment": [{"index": k, **v.to_json()} for k, v in sorted(
                    self.by_segment.items(), key=lambda kv: -1 if kv[0] is None else kv[0])],
                "by_language": {k: v.to_json() for k, v in sorted(self.by_language.items())}}


Analyze = Callable[[str, "str | None", "str | None"], tuple[str, str, "str | None"]]   # -> lang, intent, sku


def analyzer_for(show) -> Analyze:
    """The inbox's CommentAnalyzer on `show` (no translation: the report counts, it does not read)."""
    from studio.comments.understand import CommentAnalyzer

    analyzer = CommentAnalyzer(show, translator=False)

    def analyze(text: str, lang_hint: str | None, current_sku: str | None) -> tuple[str, str, str | None]:
        u = analyzer.analyze(text, lang_hint=lang_hint, current_sku=current_sku)
        return u.lang, u.intent, u.sku
    return analyze


def comment_figures(log: "SalesLog", session_id: int, comments: Iterable[dict], analyze: Analyze) -> CommentFigures:
    """Count `comments` (rows of CommentStore.events(kind=COMMENT)) written during the session."""
    info = log.session(session_id)
    end_ms = info.ended_ms or log.now_ms()
    changes = log.db.execute("SELECT at_ms, segment_index, product_sku FROM segment_changes WHERE session_id = ? "
                             "ORDER BY at_ms, id", (session_id,)).fetchall()
    figures = CommentFigures()
    for row in comments:
        at = row["wall_ms"]
        if not info.started_ms <= at <= end_ms:
            continue
        segment, on_screen = _segment_at(changes, at)
        lang, intent, sku = analyze(row["text"], row.get("lang"), on_screen)
        figures.comments += 1
        for table, key in ((figures.by_product, sku or NO_PRODUCT), (figures.by_segment, segment),
                           (figures.by_language, lang or "und")):
            table.setdefault(key, IntentCounts()).add(intent)
    linked = log.db.execute("SELECT COUNT(*), COALESCE(SUM(quantity), 0) FROM sales WHERE session_id = ? "
                            "AND undone_ms IS NULL AND comment_id IS NOT NULL", (session_id,)).fetchone()
    figures.linked_sales, figures.linked_units = linked
    return figures


def _segment_at(changes: list[tuple[int, int, str | None]], at_ms: int) -> tuple[int | None, str | None]:
    segment = sku = None
    for when, index, product in changes:
        if when > at_ms:
            break
        segment, sku = index, product
    return segment, sku

