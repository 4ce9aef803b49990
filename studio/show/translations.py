"""Translations of one show text (a spoken line, an offer, a FAQ answer): approved or proposed,
and whether the source text changed since.

In the show file, under the text they translate:

    This is Ruby, our best-selling matte red.
    > es [3f9a1c]: Este es Ruby, nuestro rojo mate más vendido.     ← approved (on air)
    >? pt [3f9a1c]: Este é o Ruby, nosso vermelho mate mais vendido. ← proposed: a draft, never on air

`[3f9a1c]` is a short hash of the source text the translation was made for. When the source
text is edited, the hash no longer matches and the translation is *stale*: kept for the
reviewer, never on air. A translation without a hash (every file written before this) is
untracked: approved for the text as it stands, never stale.
"""

from __future__ import annotations

import enum
import hashlib
import re
import unicodedata
from dataclasses import dataclass

SOURCE_HASH_CHARS = 6
LANG_PATTERN = r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,4})?"
# '> es: text', '> es [3f9a1c]: text', '>? es [3f9a1c]: text' (full-width colon too).
TRANSLATION_LINE = re.compile(rf"^>(\?)?\s*({LANG_PATTERN})(?:\s*\[([0-9a-fA-F]{{4,16}})\])?\s*[:：]\s*(.+)$")


class TranslationState(enum.Enum):
    MISSING = "missing"       # nothing in this language
    PROPOSED = "proposed"     # a draft for the current source: waits for review
    APPROVED = "approved"     # approved for the current source (or untracked): captions use it
    STALE = "stale"           # approved or proposed for an older version of the source


def source_hash(text: str) -> str:
    """Short hash of a source text; whitespace and Unicode form do not count as an edit."""
    canonical = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:SOURCE_HASH_CHARS]


@dataclass
class Proposal:
    """A draft translation (machine or outside translator), not on air until approved."""

    text: str
    source_hash: str | None = None    # None: made for the text as it stands (never stale)


@dataclass(frozen=True)
class TranslationLine:
    lang: str
    text: str
    proposed: bool
    source_hash: str | None


def read_translation_line(line: str) -> TranslationLine | None:
    m = TRANSLATION_LINE.match(line)
    if not m:
        return None
    return TranslationLine(m.group(2), m.group(4).strip(), bool(m.group(1)),
                           m.group(3).lower() if m.group(3) else None)


class Slot:
    """One translatable text and its translations: a view on the model's own dicts, so changes
    made here are the model's."""

    def __init__(self, source: str, approved: dict[str, str], hashes: dict[str, str],
                 proposed: dict[str, Proposal]) -> None:
        self.source = source
        self.approved = approved
        self.hashes = hashes
        self.proposed = proposed

    @property
    def current_hash(self) -> str:
        return source_hash(self.source)

    def _fresh(self, recorded: str | None) -> bool:
        return recorded is None or recorded == self.current_hash

    def live(self) -> dict[str, str]:
        """Approved translations made for the text as it stands: the only ones shown on air."""
        return {lang: text for lang, text in self.approved.items() if self._fresh(self.hashes.get(lang))}

    def state(self, lang: str) -> TranslationState:
        if lang in self.approved and self._fresh(self.hashes.get(lang)):
            return TranslationState.APPROVED
        proposal = self.proposed.get(lang)
        if proposal is not None and self._fresh(proposal.source_hash):
            return TranslationState.PROPOSED
        if lang in self.approved or proposal is not None:
            return TranslationState.STALE
        return TranslationState.MISSING

    def text_in(self, lang: str) -> str | None:
        """The text a reviewer sees: the proposal when there is one, else the approved text."""
        proposal = self.proposed.get(lang)
        return proposal.text if proposal is not None else self.approved.get(lang)

    def languages(self) -> list[str]:
        return list(dict.fromkeys([*self.approved, *self.proposed]))

    def propose(self, lang: str, text: str) -> None:
        self.proposed[lang] = Proposal(text, self.current_hash)

    def approve(self, lang: str, text: str | None = None) -> None:
        """Approve `text` (default: the proposal) for the source as it stands."""
        proposal = self.proposed.pop(lang, None)
        if text is None:
            if proposal is None:
                raise KeyError(f"nothing proposed in '{lang}' to approve")
            text = proposal.text
        self.approved[lang] = text
        self.hashes[lang] = self.current_hash

    def file_lines(self) -> list[str]:
        """The translation lines the show file holds under the source text."""
        out = []
        for lang, text in self.approved.items():
            tag = f" [{self.hashes[lang]}]" if lang in self.hashes else ""
            out.append(f"> {lang}{tag}: {text}")
        for lang, proposal in self.proposed.items():
            tag = f" [{proposal.source_hash}]" if proposal.source_hash else ""
            out.append(f">? {lang}{tag}: {proposal.text}")
        return out

    def take(self, entry: TranslationLine) -> None:
        """Record a translation line read from the file."""
        if entry.proposed:
            self.proposed[entry.lang] = Proposal(entry.text, entry.source_hash)
            return
        self.approved[entry.lang] = entry.text
        if entry.source_hash:
            self.hashes[entry.lang] = entry.source_hash
        else:
            self.hashes.pop(entry.lang, None)
