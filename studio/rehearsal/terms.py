"""Catalog and glossary terms: said by the host (in the script lines read) versus heard right.

A term is *said* each time it occurs in a script line the reading read; it is *heard* when the
final captions aligned to that line carry it too (both sides tokenized as the prompter does, so
case and punctuation do not matter). `missed` lists the terms said more often than heard: the
words to add to the glossary or to say more clearly.
"""

from __future__ import annotations

from typing import Sequence

from studio.captions.glossary import Glossary
from studio.core.events import CaptionEvent
from studio.prompter.script import ScriptView
from studio.prompter.tokens import tokenize
from studio.show.model import Show


def catalog_terms(show: Show, glossary: Glossary | None = None) -> list[str]:
    """The captions' glossary for the show (brand names, SKUs), each part of a product name
    ("Glow Gloss, Nude Rose": "Nude Rose" too) and any extra glossary's terms."""
    terms = [t.term for t in Glossary.from_show(show).terms if not t.heard_only]   # catalog names, not the title
    for product in show.products:
        terms += [part.strip() for part in product.name.split(",")]
    if glossary is not None:
        terms += [t.term for t in glossary.terms]
    out: dict[str, str] = {}
    for term in terms:
        if tokenize(term):
            out.setdefault(term.casefold(), term)
    return list(out.values())


def _occurrences(needle: list[str], hay: list[str]) -> int:
    n = len(needle)
    return sum(1 for i in range(len(hay) - n + 1) if hay[i:i + n] == needle) if n else 0


def count_terms(show: Show, script: ScriptView, alignment, finals: Sequence[CaptionEvent],
                glossary: Glossary | None = None) -> dict:
    terms = {term: [t.norm for t in tokenize(term)] for term in catalog_terms(show, glossary)}
    # The heard tokens of the captions that carried each line.
    captions_of_line: dict[tuple[int, int], set[int]] = {}
    for h, token in zip(alignment.heard, alignment.script_token):
        if token is not None:
            ln = script.line_of_token(token)
            captions_of_line.setdefault((ln.segment, ln.line), set()).add(h.caption)
    heard_by_caption: dict[int, list[str]] = {}
    for h in alignment.heard:
        heard_by_caption.setdefault(h.caption, []).append(h.norm)
    by_term = {term: {"said": 0, "heard": 0} for term in terms}
    for key, read in alignment.lines.items():
        if not read.read:
            continue
        line_norms = [t.norm for t in script.script_line(*key).tokens]
        heard_norms = [n for c in sorted(captions_of_line.get(key, ())) for n in heard_by_caption[c]]
        for term, norms in terms.items():
            said = _occurrences(norms, line_norms)
            if said:
                by_term[term]["said"] += said
                by_term[term]["heard"] += min(said, _occurrences(norms, heard_norms))
    by_term = {t: c for t, c in by_term.items() if c["said"]}
    return {"said": sum(c["said"] for c in by_term.values()),
            "heard": sum(c["heard"] for c in by_term.values()),
            "missed": [t for t, c in by_term.items() if c["heard"] < c["said"]],
            "by_term": by_term}
