"""Keeping glossary terms through machine translation.

Terms in the source text are swapped for placeholders the model copies through (a letter-digit
code it has no translation for), then swapped back for the term or its fixed translation. When
the model mangles a placeholder, the sentence is translated again without masking and fixed
translations are applied where the model copied the term.
"""

from __future__ import annotations

import re
from typing import Callable

from studio.captions.glossary import Glossary, GlossaryTerm


def _placeholder(i: int) -> str:
    return f"ZQX{i}"


def _find(text: str, term: GlossaryTerm) -> re.Match | None:
    escaped = re.escape(term.term)
    # Word boundaries for words; none for CJK terms (no spaces there).
    pattern = rf"(?<!\w){escaped}(?!\w)" if re.match(r"\w", term.term[:1]) and term.term.isascii() else escaped
    return re.search(pattern, text, flags=re.IGNORECASE)


def translate_with_terms(text: str, target: str, glossary: Glossary,
                         translate: Callable[[str], str]) -> str:
    """translate(text) with glossary terms kept (or given their fixed translation in target)."""
    used: list[GlossaryTerm] = []
    masked = text
    for term in sorted(glossary.kept_terms, key=lambda t: -len(t.term)):
        m = _find(masked, term)
        if m is None:
            continue
        masked = masked[: m.start()] + _placeholder(len(used)) + masked[m.end():]
        used.append(term)
    if not used:
        return translate(text)
    out = translate(masked)
    if all(out.count(_placeholder(i)) == 1 for i in range(len(used))):
        for i, term in enumerate(used):
            out = out.replace(_placeholder(i), term.rendering(target))
        return out
    out = translate(text)
    for term in used:
        m = _find(out, term)
        if m is not None:
            out = out[: m.start()] + term.rendering(target) + out[m.end():]
    return out
