"""Rules and findings: the vocabulary the checker, the CLI, the teleprompter and the panel share."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Any


class RuleSeverity(enum.Enum):
    """block: must be rewritten before the live (gates `studio check`); warn: review it;
    info: worth knowing (e.g. a claim in a cue that is never spoken)."""

    BLOCK = "block"
    WARN = "warn"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"block": 2, "warn": 1, "info": 0}[self.value]


@dataclass(frozen=True)
class PatternSet:
    """The phrases and regexes of one rule in one language (or "*" for any language)."""

    lang: str
    phrases: tuple[str, ...] = ()
    regexes: tuple[str, ...] = ()
    exceptions: tuple[str, ...] = ()          # phrases: a match inside one is not a finding
    exception_regexes: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)  # identity hash: compiled patterns are cached per rule
class Rule:
    id: str
    severity: RuleSeverity
    title: str
    explanation: str
    source: str
    suggestion: dict[str, str]                # by language; "en" is the fallback
    patterns: tuple[PatternSet, ...]
    markets: tuple[str, ...]                  # market codes or groups from the pack
    pack: str
    fold_diacritics: bool = False             # match without accents (Vietnamese typed plain)
    category: str | None = None               # one of studio.compliance.policy.CATEGORIES

    def suggestion_for(self, lang: str | None) -> str:
        if lang and lang in self.suggestion:
            return self.suggestion[lang]
        return self.suggestion.get("en") or next(iter(self.suggestion.values()), "")

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(p.lang for p in self.patterns)


class TextRole(enum.Enum):
    """What the checked text is in the show: decides how much a finding matters."""

    SPOKEN = "spoken"            # the host says it
    TRANSLATION = "translation"  # an approved translation shown as a caption
    ON_SCREEN = "on_screen"      # offer text or product name drawn on the price card
    CUE = "cue"                  # a stage direction, never spoken: findings become info
    CAPTION = "caption"          # a final live caption (spoken text or its translation)
    TEXT = "text"                # free text given to `studio check --text`


@dataclass(frozen=True)
class Finding:
    """One hit: a rule's pattern, or a claim the semantic classifier read in the whole line.
    start/end index `text` (the original, not the normalized form); `source` is the law cited."""

    rule_id: str
    severity: RuleSeverity
    markets: tuple[str, ...]
    lang: str
    start: int
    end: int
    matched: str
    text: str
    explanation: str
    source: str
    suggestion: str
    title: str = ""
    role: TextRole = TextRole.TEXT
    segment_index: int | None = None
    line_index: int | None = None             # index in the segment's lines
    source_line_no: int | None = None         # 1-based line in the show file (or --text)
    origin: str = "rule"                      # "rule" (a pack pattern) or "semantic" (the claim classifier)
    category: str | None = None               # claim category (studio.compliance.policy.CATEGORIES)
    similar_to: str = ""                      # semantic: the nearest labeled example, for the producer to judge
    score: float | None = None                # semantic: the classifier's probability for the category

    @property
    def blocking(self) -> bool:
        return self.severity is RuleSeverity.BLOCK

    @property
    def market(self) -> str:
        return ",".join(self.markets)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["severity"] = self.severity.value
        data["role"] = self.role.value
        data["markets"] = list(self.markets)
        return data


@dataclass
class Pack:
    id: str
    name: str
    markets: tuple[str, ...]
    rules: list[Rule] = field(default_factory=list)
    path: str = ""
