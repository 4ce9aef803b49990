"""Classifier readings that a line's plain wording takes back: a grade, a part's replacement interval.

"1등급 생두만 골라서 로스팅한 원두예요", "Sambal ni guna cili gred A dari Cameron Highlands", "Un thé vert de
première récolte": a grade names a quality class, yet the classifier read these as a superlative or as a rival run
down (sets 20-21: ko, ms, fr). "Yung air purifier may HEPA filter, palitan every 6 months": a filter replaced at an
interval is upkeep, read as medical (set 20, tl). Each clears only the classifier's finding of its categories (rules
keep theirs), and not when the line also calls the grade the best or names a disease (vocab.yaml `condition`).
Words: assets/compliance/plain_readings.yaml.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from studio import paths
from studio.compliance.normalize import normalize, normalize_regex


@dataclasses.dataclass(frozen=True)
class PlainReading:
    categories: frozenset[str]
    words: re.Pattern
    unless: re.Pattern | None


@functools.lru_cache(maxsize=8)
def vocab_family(name: str) -> re.Pattern:
    """Every language's words of a vocab.yaml family as one pattern: a word of a spaced Latin script whole, others as
    a run of characters; "cure*" also finds cures, cured."""
    from studio.compliance.packs import load_families, vocab_path

    words = sorted({normalize(w).text for by_name in load_families(vocab_path()).values() for w in by_name.get(name, ())})
    forms = [(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else ""), w.isascii()) for w in words]
    spaced = "|".join(f for f, ascii_word in forms if ascii_word)
    return re.compile("|".join([rf"\b(?:{spaced})\b"] + [f for f, ascii_word in forms if not ascii_word]))


@functools.lru_cache(maxsize=1)
def plain_readings() -> tuple[PlainReading, ...]:
    from studio.compliance.packs import read_yaml

    data = read_yaml(paths.assets_dir() / "compliance" / "plain_readings.yaml")
    out = []
    for spec in data.values():
        out.append(PlainReading(frozenset(spec["categories"]), re.compile(normalize_regex(spec["words"])),
                                _unless(spec.get("unless"))))
    return tuple(out)


def _unless(spec: str | list | None) -> re.Pattern | None:
    """The words that keep the reading: a regex, "condition" (vocab.yaml's disease family), or a list of both."""
    if not spec:
        return None
    parts = spec if isinstance(spec, list) else [spec]
    return re.compile("|".join(vocab_family("condition").pattern if p == "condition" else f"(?:{normalize_regex(p)})"
                               for p in parts))


def takes_back(category: str, line: str) -> bool:
    """The line's own words say the classifier's reading of `category` is not what the line claims."""
    norm = normalize(line).text
    return any(category in r.categories and r.words.search(norm) and not (r.unless and r.unless.search(norm))
               for r in plain_readings())
