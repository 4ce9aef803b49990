"""What exchange files (XLIFF 2.0, CSV) carry for one target language, and how it goes back in.

States, as XLIFF 2.0 names them:
    initial     nothing usable yet (no translation, or a stale one shown for reference)
    translated  a draft                         -> imported as proposed
    reviewed    a draft a second translator checked -> imported as proposed
    final       approved                        -> imported as approved (proposed with as_proposed)
Each row keeps the source hash of the text it was exported for: a translation that comes back
after the producer edited the line is stale, never on air.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from studio.localize.units import TextUnit, iter_units, slot_of
from studio.show.model import Show
from studio.show.translations import TranslationLine, TranslationState

STATES = ("initial", "translated", "reviewed", "final")
_EXPORT_STATE = {TranslationState.MISSING: "initial", TranslationState.STALE: "initial",
                 TranslationState.PROPOSED: "translated", TranslationState.APPROVED: "final"}
MAX_IMPORT_BYTES = 20 * 1024 * 1024


class ExchangeFormatError(ValueError):
    """An exchange file that cannot be imported; the message says why (nothing was changed)."""


@dataclass(frozen=True)
class ExchangeRow:
    unit_id: str
    title: str
    source: str
    source_hash: str
    target: str
    state: str                   # one of STATES


@dataclass
class ImportResult:
    proposed: int = 0
    approved: int = 0
    stale: int = 0               # came back for a source text that has changed since
    unchanged: int = 0           # the approved text as it already was
    ignored: list[str] = field(default_factory=list)   # why rows were left out


def export_rows(show: Show, lang: str) -> list[ExchangeRow]:
    rows = []
    for unit in iter_units(show):
        slot = slot_of(show, unit.id)
        state = slot.state(lang)
        rows.append(ExchangeRow(unit.id, unit.title, slot.source, slot.current_hash,
                                slot.text_in(lang) or "", _EXPORT_STATE[state]))
    return rows


def import_rows(show: Show, lang: str, rows: list[ExchangeRow], as_proposed: bool = False) -> ImportResult:
    """Write the rows' translations into show; rows in state initial or with no text change nothing."""
    result = ImportResult()
    known: dict[str, TextUnit] = {u.id: u for u in iter_units(show)}
    for row in rows:
        if row.state not in STATES:
            result.ignored.append(f"{row.unit_id}: unknown state '{row.state}'")
            continue
        if row.state == "initial" or not row.target.strip():
            continue
        if row.unit_id not in known:
            result.ignored.append(f"{row.unit_id}: no such line in the show")
            continue
        slot = slot_of(show, row.unit_id)
        approve = row.state == "final" and not as_proposed
        text = " ".join(row.target.split())        # a show-file translation is one line
        if slot.state(lang) is TranslationState.APPROVED and slot.approved.get(lang) == text:
            result.unchanged += 1
            continue
        slot.take(TranslationLine(lang, text, not approve, row.source_hash or None))
        if slot.state(lang) is TranslationState.STALE or (row.source_hash and row.source_hash != slot.current_hash):
            result.stale += 1
        elif approve:
            result.approved += 1
        else:
            result.proposed += 1
    return result
