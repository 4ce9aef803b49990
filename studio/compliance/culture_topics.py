"""Which markets a cultural finding of the claim classifier speaks for.

The classifier says a line is culturally sensitive by what it means ("skip taraweeh, stay on my
live", "a Buddha head for your bathroom shelf", "pork floss for your Muslim friends at Raya").
What that means in a market depends on the taboo it touches (assets/compliance/culture.yaml,
`topics`): mocking a faith, its rites or sacred images touches no dietary or dress topic and
counts wherever the markets' policy has the category on; pork, alcohol, beef or immodest dress
count only where buyers hold that taboo, unless the line pitches it to the people who hold it.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path

from studio.compliance.culture import _words_regex, culture_path
from studio.compliance.markets import applies
from studio.compliance.normalize import normalize, normalize_regex


@dataclasses.dataclass(frozen=True)
class Topic:
    name: str
    markets: tuple[str, ...]
    audience: str
    words: re.Pattern


@dataclasses.dataclass(frozen=True)
class CultureTopics:
    topics: tuple[Topic, ...]
    audiences: dict[str, re.Pattern]
    worship: re.Pattern | None = None
    dismissal: re.Pattern | None = None
    reminder: re.Pattern | None = None

    def dismisses_worship(self, text: str) -> bool:
        """A worship word and a dismissal in one line ("skip taraweeh, stay on my live")."""
        if self.worship is None or self.dismissal is None:
            return False
        norm = normalize(text).text
        if self.reminder is not None:
            norm = self.reminder.sub(" ", norm)
        return bool(self.worship.search(norm) and self.dismissal.search(norm))

    def touched(self, text: str) -> list[Topic]:
        norm = normalize(text).text
        return [t for t in self.topics if t.words.search(norm)]

    def speaks_for(self, text: str, market: str) -> bool:
        """Whether a cultural reading of `text` is a finding in `market` (see the module doc)."""
        topics = self.touched(text)
        if not topics:
            return True                  # religion, rites, sacred images: everywhere the policy is on
        norm = normalize(text).text
        return any(applies(t.markets, market) or
                   (t.audience in self.audiences and self.audiences[t.audience].search(norm)) for t in topics)


@functools.lru_cache(maxsize=2)
def culture_topics(path: Path | None = None) -> CultureTopics:
    from studio.compliance.packs import read_yaml

    data = read_yaml(path or culture_path())
    topics = tuple(Topic(name, tuple(spec["markets"]), spec.get("audience", ""),
                         _words_regex(normalize(w).text for w in spec["words"]))
                   for name, spec in (data.get("topics") or {}).items())
    audiences = {name: _words_regex(normalize(w).text for w in words)
                 for name, words in (data.get("audiences") or {}).items()}
    dismissed = data.get("worship_dismissed") or {}
    pattern = (lambda key: re.compile("|".join(f"(?:{normalize_regex(r)})" for r in dismissed[key]))
               if dismissed.get(key) else None)
    return CultureTopics(topics, audiences, pattern("worship"), pattern("dismissal"), pattern("reminder"))
