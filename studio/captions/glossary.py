"""The glossary: brand names, ingredients and model numbers heard right and kept in translation.

Two uses: Whisper gets the terms as hotwords (a prompt bias, so "Velvet Matte" is not heard as
"velvet mat"), and the translators keep do-not-translate terms verbatim and use fixed
translations where the producer gave one.

File format (UTF-8 text, one term a line, `#` comments):

    Velvet Matte                      # kept as is in every language
    hyaluronic acid = es: ácido hialurónico; de: Hyaluronsäure
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class GlossaryTerm:
    term: str
    translations: dict[str, str] = field(default_factory=dict, hash=False)  # fixed translations

    def rendering(self, lang: str) -> str:
        """What the term becomes in lang: its fixed translation, else the term itself."""
        base = lang.split("-")[0]
        return self.translations.get(lang) or self.translations.get(base) or self.term


@dataclass
class Glossary:
    terms: list[GlossaryTerm] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.terms)

    def hotwords(self, max_chars: int = 200) -> str | None:
        """Terms for Whisper's hotwords prompt, longest first, capped (the prompt is ~224 tokens)."""
        out, size = [], 0
        for t in sorted(self.terms, key=lambda t: -len(t.term)):
            if size + len(t.term) + 1 > max_chars:
                break
            out.append(t.term)
            size += len(t.term) + 1
        return ", ".join(out) or None

    def merged(self, other: "Glossary") -> "Glossary":
        seen = {t.term.lower() for t in self.terms}
        return Glossary(self.terms + [t for t in other.terms if t.term.lower() not in seen])

    @classmethod
    def from_text(cls, text: str) -> "Glossary":
        terms = []
        for raw in text.splitlines():
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            term, _, rest = line.partition("=")
            translations = {}
            for part in rest.split(";"):
                lang, sep, value = part.partition(":")
                if sep and lang.strip() and value.strip():
                    translations[lang.strip()] = value.strip()
            if term.strip():
                terms.append(GlossaryTerm(term.strip(), translations))
        return cls(terms)

    @classmethod
    def load(cls, path: Path) -> "Glossary":
        return cls.from_text(Path(path).read_text("utf-8"))

    @classmethod
    def from_show(cls, show) -> "Glossary":
        """Product names and SKUs from the show's catalog, kept verbatim (brand and model names)."""
        terms, seen = [], set()
        for product in show.products:
            # "Velvet Matte Lipstick, Ruby": the brand part before a comma is the name to keep.
            for term in (product.name.split(",")[0].strip(), product.sku):
                if term and term.lower() not in seen and re.search(r"\w", term):
                    seen.add(term.lower())
                    terms.append(GlossaryTerm(term))
        return cls(terms)
