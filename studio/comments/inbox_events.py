"""What the live inbox (studio.comments.live_inbox) says on the session bus, and the one request it
hands to the sales side.

BuyLogRequested is the hook for the sales log: the inbox publishes it when the host presses
"log sale" on a buy comment; the sales worker subscribes and logs `quantity` of `sku`, linked to
the comment (`comment_id` is the LiveEvent's event_id, `platform` and `source` name the feed).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TopQuestionChanged:
    """The question group most viewers are waiting on (the prompter shows it); text None: none waits."""

    key: str | None
    text: str | None               # an example question, in the buyer's words
    translation: str | None        # in the host's language, when a model is installed
    count: int = 0


@dataclass(frozen=True)
class QuestionPinned:
    """A question is on the program as a card (key None: the card was taken down)."""

    key: str | None
    text: str | None = None


@dataclass(frozen=True)
class BuyLogRequested:
    """The host asked to log this buy comment as a sale (one key in the inbox)."""

    comment_id: str
    platform: str
    source: str
    sku: str | None                # None: the comment named no product and none was on air
    quantity: int                  # 1 when the comment did not say
    text: str
    lang: str | None
