"""Reply drafts for question groups: what the host may copy into the platform's comment box.

Either the producer-approved FAQ answer in the buyer's language (the analyzer found and
claim-checked it), or the host's typed answer translated into the buyer's language through the
caption translation models. Every draft passes the claim checker for the show's markets (and an
approved answer also for a buyer's market the comments name outside them) before it can be
copied, and says which markets it was checked for: a block finding keeps the text visible, with
the reason, and makes it not copyable. No translation model: no draft, and the note says so
(never the host's words passed off as a translation).

Runs on the inbox's worker thread (the checker may run a sentence encoder).
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from typing import Callable

log = logging.getLogger(__name__)


class DraftSource(enum.Enum):
    APPROVED = "approved"        # the show's FAQ answer in the buyer's language
    HOST = "host"                # the host's typed answer (translated when the buyer's language differs)
    NONE = "none"


@dataclass(frozen=True)
class ReplyDraft:
    group_key: str
    lang: str                    # the buyer's language (the group's most asked-in language)
    text: str | None
    source: DraftSource
    blocked: str | None = None   # why the claim check holds it back (copy disabled)
    note: str | None = None      # e.g. "no translation model for zh→th"
    checked_for: tuple[str, ...] = ()   # the markets the claim check read it for (shown beside the draft)

    @property
    def copyable(self) -> bool:
        return bool(self.text) and self.blocked is None


def block_reason(findings) -> str | None:
    """One sentence naming every block finding (rule or claim, market, the words), or None."""
    blocks = [f for f in findings if f.severity.value == "block"]
    if not blocks:
        return None
    return "; ".join(f"{f.title or f.rule_id} ({', '.join(f.markets)}): {f.matched!r}" for f in blocks)


class ReplyDrafter:
    """translator: (text, source, target) -> str | None (the analyzer's hub translator);
    checker_factory: builds the claim Checker for the show's markets (None: no markets)."""

    def __init__(self, host_language: str, translator: Callable[[str, str, str], str | None] | None,
                 checker_factory: Callable[[], object | None]) -> None:
        self.host_language = host_language
        self.translator = translator
        self._checker_factory = checker_factory
        self._checker = None
        self._checker_made = False

    def checker(self):
        if not self._checker_made:
            self._checker_made = True
            try:
                self._checker = self._checker_factory()
            except Exception as exc:       # an unknown market: drafts cannot be cleared, say so
                log.warning("reply drafts: no claim checker: %s", exc)
        return self._checker

    def approved(self, key: str, lang: str, text: str | None, withheld: str | None,
                 checked_for: tuple[str, ...] = ()) -> ReplyDraft:
        """The analyzer's reply for the group (already claim-checked by it, for checked_for);
        withheld: its reason."""
        if text:
            return ReplyDraft(key, lang, text, DraftSource.APPROVED, checked_for=checked_for)
        if withheld:
            return ReplyDraft(key, lang, None, DraftSource.APPROVED, blocked=withheld, checked_for=checked_for)
        return ReplyDraft(key, lang, None, DraftSource.NONE)

    def from_host(self, key: str, lang: str, answer: str) -> ReplyDraft:
        answer = " ".join(answer.split())
        if not answer:
            return ReplyDraft(key, lang, None, DraftSource.NONE)
        text, note = answer, None
        if lang not in (self.host_language, "und"):
            text = self.translator(answer, self.host_language, lang) if self.translator else None
            if not text:
                return ReplyDraft(key, lang, None, DraftSource.HOST,
                                  note=f"no translation model for {self.host_language}→{lang}")
        checker = self.checker()
        if checker is None:
            return ReplyDraft(key, lang, text, DraftSource.HOST, note="not claim-checked: the show has no market")
        return ReplyDraft(key, lang, text, DraftSource.HOST, blocked=block_reason(checker.check_text(text, lang=lang)),
                          note=note, checked_for=tuple(getattr(checker, "markets", ())))
