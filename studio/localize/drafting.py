"""Drafting: every spoken line, offer and FAQ answer of a show in each target language, with
glossary terms masked, translated, restored and verified, and the claim checker run on each
draft for the target markets. Drafts go into the show as proposed translations."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable, Sequence

from studio.captions.chinese import script_for, to_script
from studio.captions.glossary import Glossary
from studio.captions.translate.hub import base_lang
from studio.captions.translate.terms import translate_with_terms
from studio.localize.engines import DraftEngines, NoModelError
from studio.localize.terms import missing_terms, terms_in
from studio.localize.units import TextUnit, iter_units, slot_of
from studio.show.model import Show
from studio.show.translations import TranslationState

log = logging.getLogger(__name__)


@dataclass
class DraftCheck:
    """One draft and what the checks found in it."""

    unit: TextUnit
    lang: str
    source: str
    draft: str
    missing_terms: list[str] = field(default_factory=list)
    findings: list = field(default_factory=list)       # studio.compliance Finding, per market
    source_terms: int = 0                              # glossary terms in the source

    @property
    def flagged(self) -> bool:
        return bool(self.missing_terms or self.findings)

    @property
    def blocking(self) -> bool:
        return any(f.blocking for f in self.findings)


@dataclass
class LocalizeReport:
    drafts: list[DraftCheck] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)     # language -> why nothing was drafted
    skipped_said: dict[str, object] = field(default_factory=dict)   # language -> the reason as a HostMessage
    models: dict[str, str] = field(default_factory=dict)      # language -> the model that drafted it
    kept: int = 0                                             # translations already approved, left alone

    def term_retention(self) -> float | None:
        """Share of drafts with a glossary term in the source that kept every term."""
        with_terms = [d for d in self.drafts if d.source_terms]
        if not with_terms:
            return None
        return sum(not d.missing_terms for d in with_terms) / len(with_terms)


def check_draft(checker, unit: TextUnit, source: str, draft: str, lang: str, glossary: Glossary) -> DraftCheck:
    """Term check and claim check of one draft (also what the review table runs after an edit)."""
    check = DraftCheck(unit, lang, source, draft, missing_terms(source, draft, lang, glossary),
                       source_terms=len(terms_in(source, glossary)))
    if checker is not None and draft.strip():
        check.findings = checker.check_text(draft, lang=lang)
    return check


def localize(show: Show, targets: Sequence[str], glossary: Glossary, engines: DraftEngines,
             checker=None, redo: bool = False,
             progress: Callable[[str, int, int], None] | None = None) -> LocalizeReport:
    """Draft every unit in every target language into `show` as proposed translations.

    A unit with a translation approved for its current text is left alone; so is a proposal
    unless `redo`. A language with no model is skipped with the reason (the others go on)."""
    report = LocalizeReport()
    units = list(iter_units(show))
    source_lang = show.language
    for lang in targets:
        if base_lang(lang) == base_lang(source_lang):
            report.skipped[lang] = f"the show is written in {source_lang}"
            continue
        try:
            translate, model = engines.translator(source_lang, lang)
        except (NoModelError, ValueError) as exc:
            report.skipped[lang] = str(exc)
            if getattr(exc, "message", None) is not None:
                report.skipped_said[lang] = exc.message
            continue
        report.models[lang] = model
        for done, unit in enumerate(units, start=1):
            slot = slot_of(show, unit.id)
            state = slot.state(lang)
            if state is TranslationState.APPROVED or (state is TranslationState.PROPOSED and not redo):
                report.kept += 1
                continue
            draft = translate_with_terms(slot.source, lang, glossary, translate).strip()
            variant = script_for(lang, show.markets)
            if variant:   # Chinese in the script the market reads, as the captions do
                draft = to_script(draft, variant)
            slot.propose(lang, draft)
            report.drafts.append(check_draft(checker, unit, slot.source, draft, lang, glossary))
            if progress:
                progress(lang, done, len(units))
    return report
