"""The glossary: brand names, ingredients and model numbers heard right and kept in translation.

Two uses: Whisper gets the terms as hotwords (a prompt bias, so "Velvet Matte" is not heard as
"velvet mat"), and the translators keep do-not-translate terms verbatim and use fixed
translations where the producer gave one.

File format (UTF-8 text, one term a line, `#` comments):

    Velvet Matte                      # kept as is in every language
    hyaluronic acid = es: ácido hialurónico; de: Hyaluronsäure
    Lip Launch ~ lip lunch; lip blanche   # aliases: what Whisper writes for it, corrected to the term
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class GlossaryTerm:
    term: str
    translations: dict[str, str] = field(default_factory=dict, hash=False)  # fixed translations
    aliases: tuple[str, ...] = ()      # other spellings heard for it (caption correction only)
    heard_only: bool = False           # only heard right (hotword, correction), never forced in translation

    def rendering(self, lang: str) -> str:
        """What the term becomes in lang: its fixed translation, else the term itself."""
        base = lang.split("-")[0]
        return self.translations.get(lang) or self.translations.get(base) or self.term


@dataclass
class Glossary:
    terms: list[GlossaryTerm] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.terms)

    @property
    def kept_terms(self) -> list[GlossaryTerm]:
        """The terms translation keeps (or gives their fixed translation): all but heard-only ones."""
        return [t for t in self.terms if not t.heard_only]

    def hotwords(self) -> str | None:
        """Every term for Whisper's hotwords prompt, in the glossary's order (the producer's terms,
        then the show's catalog). Not cut here: the recognizer fits whole terms into Whisper's
        token window with its own tokenizer (prompt_budget.py). A 200-character cut here used to
        drop half of a 40-term glossary: terms right in tuning lines 27% -> 68% with all of them
        (benchmarks/results/terms-2026-12-05.txt)."""
        return ", ".join(dict.fromkeys(t.term for t in self.terms)) or None

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
            term, _, alias_text = term.partition("~")
            aliases = tuple(a.strip() for a in alias_text.split(";") if a.strip())
            translations = {}
            for part in rest.split(";"):
                lang, sep, value = part.partition(":")
                if sep and lang.strip() and value.strip():
                    translations[lang.strip()] = value.strip()
            if term.strip():
                terms.append(GlossaryTerm(term.strip(), translations, aliases))
        return cls(terms)

    @classmethod
    def load(cls, path: Path) -> "Glossary":
        return cls.from_text(Path(path).read_text("utf-8"))

    @classmethod
    def from_show(cls, show) -> "Glossary":
        """The show's title, heard only (the host says it: captions wrote "Lip Blanche" for "Autumn
        Lip Launch" without it), and its catalog's product names and SKUs, kept verbatim."""
        # The title is heard only: a producer may translate it ("lanzamiento de labiales de otoño").
        # "Velvet Matte Lipstick, Ruby": the brand part before a comma is the name to keep.
        names = [(show.title, True)] + [(name, False) for p in show.products
                                        for name in (p.name.split(",")[0].strip(), p.sku)]
        terms, seen = [], set()
        for term, heard_only in names:
            if term and term.lower() not in seen and re.search(r"\w", term):
                seen.add(term.lower())
                terms.append(GlossaryTerm(term.strip(), heard_only=heard_only))
        return cls(terms)
