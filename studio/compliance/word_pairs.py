"""A claim by two word families in one line, in any language: the shape, not the phrase.

"Don't buy" and a charge of junk or danger (a competitor run down: disparagement.yaml); a word for a body's
size and a jeer or a "no one will want you" (a body shamed: body_shaming.yaml). Each family is a list of
regexes per language, normalised (lower case, Arabic letters folded, Traditional Chinese as Simplified);
every language is read at once, since hosts mix them. A family may carry `unless`: words that, just before
a hit of the second family, take it back ("non-toxic", "không độc", "不会爆炸", "ไม่มีผื่น").

A family file may also set `scope` (round 22): "sentence" or "clause", where both families must meet (the jeer aimed
at the body, not at the traffic two sentences before: "¡Qué asco de tráfico! ... para la panza"; the image on the
item, not a blessing before a comma: "Tuhan Yesus memberkati kak, sandal ini tinggal 5"); `carry`: words of the first
family that still reach the next sentence ("Tá gordinha assim? Vergonha, hein"); `blank`: phrases that look like the
first family but name something else, read as spaces ("low-fat", "béo ngậy", "extra virgen", "Buddha bowl").
"""

from __future__ import annotations

import dataclasses
import functools
import re

from studio import paths
from studio.compliance.model import Finding, TextRole
from studio.compliance.normalize import alternation, normalize

UNLESS_WINDOW = 12      # characters before a hit of the second family where a negator takes it back
_SENTENCE_END = r"[.!?\n…。！？؟]+"
_CLAUSE_END = r"[.!?\n…。！？؟,;:،؛，；：]+"
_THAI_SPACE = r"(?<=[\u0e00-\u0e7f])\s+(?=[\u0e00-\u0e7f])"    # Thai ends a sentence with a space, not a stop
_SCOPES = {"sentence": re.compile(f"{_SENTENCE_END}|{_THAI_SPACE}"), "clause": re.compile(f"{_CLAUSE_END}|{_THAI_SPACE}")}


@dataclasses.dataclass(frozen=True)
class WordPair:
    first: re.Pattern
    second: re.Pattern
    unless: re.Pattern | None = None
    scope: re.Pattern | None = None      # where both must meet (None: anywhere in the line)
    carry: re.Pattern | None = None      # first-family words that reach the next part too
    blank: re.Pattern | None = None      # look-alikes of the first family, read as spaces

    def reads(self, line: str) -> bool:
        """Both families in the line, or in one part of it (the second not taken back by a negator just before it)."""
        norm = normalize(line).text
        if self.blank is not None:
            norm = self.blank.sub(lambda m: " " * len(m.group(0)), norm)
        parts = [norm] if self.scope is None else self.scope.split(norm)
        for i, part in enumerate(parts):
            if self.first.search(part) and self._second(part):
                return True
            if self.carry is not None and i + 1 < len(parts) and self.carry.search(part) and self._second(parts[i + 1]):
                return True
        return False

    def _second(self, text: str) -> bool:
        return any(self.unless is None or not self.unless.search(text[max(0, m.start() - UNLESS_WINDOW):m.start()])
                   for m in self.second.finditer(text))


@functools.lru_cache(maxsize=8)
def word_pair(filename: str, first: str, second: str) -> WordPair:
    from studio.compliance.packs import read_yaml

    data = read_yaml(paths.assets_dir() / "compliance" / filename)
    def alt(key: str) -> re.Pattern | None:      # every language's regexes in one alternation
        return alternation([p for words in data[key].values() for p in words]) if data.get(key) else None
    return WordPair(alt(first), alt(second), alt("unless"), _SCOPES.get(data.get("scope", "")), alt("carry"), alt("blank"))


def apply_pair(findings: list[Finding], pair: WordPair, category: str, why: str, text: str, spoken_from: int,
               policies: dict[str, dict], lang: str, role: TextRole, fallback: dict | None = None) -> list[Finding]:
    """The category in every market whose policy has it on (that market's severity), when the spoken
    part of the line reads both families and no finding of the category is there yet; with `fallback`
    (title, source, suggestion) a warning in the markets whose policy has it off too."""
    if role is TextRole.CUE or any(f.category == category for f in findings) or not pair.reads(text[spoken_from:]):
        return findings
    from studio.compliance.context_facts import ensure_finding

    return ensure_finding(findings, category, text, spoken_from, policies, lang, role, why, fallback=fallback,
                          severity=None)
