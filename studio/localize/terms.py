"""The one term base, and the check that a draft kept every term.

The term base is the captions' glossary (studio.captions.glossary; format in docs/captions.md):
the catalog's product names and SKUs, plus the producer's glossary file, where a term alone on
its line is never translated and `term = es: ...; th: ...` gives its fixed translation per
language. Captions (Whisper hotwords and translation) and localisation read the same file.
"""

from __future__ import annotations

from pathlib import Path

from studio.captions.glossary import Glossary, GlossaryTerm
from studio.captions.translate.terms import _find


def term_base(show, glossary_file: Path | None = None) -> Glossary:
    """The show's term base: the producer's glossary first (its fixed translations win), then the
    catalog's names and SKUs."""
    catalog = Glossary.from_show(show)
    if glossary_file is None:
        return catalog
    return Glossary.load(glossary_file).merged(catalog)


def terms_in(text: str, glossary: Glossary) -> list[GlossaryTerm]:
    return [term for term in glossary.kept_terms if _find(text, term) is not None]


def missing_terms(source: str, draft: str, target: str, glossary: Glossary) -> list[str]:
    """Terms of the source whose rendering in `target` (the term itself, or its fixed
    translation) is not in the draft, as "term" or "term → fixed translation"."""
    missing = []
    for term in terms_in(source, glossary):
        expected = term.rendering(target)
        if _find(draft, GlossaryTerm(expected)) is None:
            missing.append(term.term if expected == term.term else f"{term.term} → {expected}")
    return missing
