"""A claim by two word families in one line, in any language: the shape, not the phrase.

"Don't buy" and a charge of junk or danger (a competitor run down: disparagement.yaml); a word for a body's
size and a jeer or a "no one will want you" (a body shamed: body_shaming.yaml). Each family is a list of
regexes per language, normalised (lower case, Arabic letters folded, Traditional Chinese as Simplified);
every language is read at once, since hosts mix them. A family may carry `unless`: words that, just before
a hit of the second family, take it back ("non-toxic", "không độc", "不会爆炸", "ไม่มีผื่น").
"""

from __future__ import annotations

import dataclasses
import functools
import re

from studio import paths
from studio.compliance.model import Finding, TextRole
from studio.compliance.normalize import alternation, normalize

UNLESS_WINDOW = 12      # characters before a hit of the second family where a negator takes it back


@dataclasses.dataclass(frozen=True)
class WordPair:
    first: re.Pattern
    second: re.Pattern
    unless: re.Pattern | None = None

    def reads(self, line: str) -> bool:
        """Both families in the line (the second not taken back by a negator just before it)."""
        norm = normalize(line).text
        if not self.first.search(norm):
            return False
        for m in self.second.finditer(norm):
            if self.unless is None or not self.unless.search(norm[max(0, m.start() - UNLESS_WINDOW):m.start()]):
                return True
        return False


@functools.lru_cache(maxsize=8)
def word_pair(filename: str, first: str, second: str) -> WordPair:
    from studio.compliance.packs import read_yaml

    data = read_yaml(paths.assets_dir() / "compliance" / filename)
    def alt(key: str) -> re.Pattern:      # every language's regexes in one alternation
        return alternation([p for words in data[key].values() for p in words])
    return WordPair(alt(first), alt(second), alt("unless") if data.get("unless") else None)


def apply_pair(findings: list[Finding], pair: WordPair, category: str, why: str, text: str, spoken_from: int,
               policies: dict[str, dict], lang: str, role: TextRole, fallback: dict | None = None) -> list[Finding]:
    """The category in every market whose policy has it on (that market's severity), when the spoken
    part of the line reads both families and no finding of the category is there yet; with `fallback`
    (title, source, suggestion) a warning in the markets whose policy has it off too."""
    if role is TextRole.CUE or any(f.category == category for f in findings) or not pair.reads(text[spoken_from:]):
        return findings
    from studio.compliance.context_facts import _ensure

    return _ensure(findings, category, text, spoken_from, policies, lang, role, why, fallback=fallback, severity=None)
