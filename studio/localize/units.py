"""The texts of a show that get translated, each with a stable id: spoken lines (A and B
talk-track), offers and FAQ answers. Cues are never translated (the host reads them, viewers
never see them)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Iterator

from studio.show.model import Segment, Show
from studio.show.translations import Slot


class UnitKind(enum.Enum):
    LINE = "line"
    B_LINE = "b-line"
    OFFER = "offer"
    FAQ = "faq"


@dataclass(frozen=True)
class TextUnit:
    id: str                      # "s2.l3" (segment 2, line 3), "s2.b0", "s2.offer", "faq1"
    kind: UnitKind
    segment_index: int | None    # None for FAQ answers
    title: str                   # the segment's or the FAQ's title, for people
    source_line_no: int | None


def _segment_units(si: int, segment: Segment) -> Iterator[TextUnit]:
    if segment.offer:
        yield TextUnit(f"s{si}.offer", UnitKind.OFFER, si, segment.title, segment.source_line_no)
    for kind, prefix, lines in ((UnitKind.LINE, "l", segment.lines), (UnitKind.B_LINE, "b", segment.b_lines)):
        for li, line in enumerate(lines):
            if line.spoken:
                yield TextUnit(f"s{si}.{prefix}{li}", kind, si, segment.title, line.source_line_no)


def iter_units(show: Show) -> Iterator[TextUnit]:
    for si, segment in enumerate(show.segments):
        yield from _segment_units(si, segment)
    for fi, entry in enumerate(show.faq):
        if entry.answer:
            yield TextUnit(f"faq{fi}", UnitKind.FAQ, None, entry.title, entry.source_line_no)


def slot_of(show: Show, unit_id: str) -> Slot:
    """The unit's translations (a view on the show's own dicts). KeyError for an unknown id."""
    try:
        if unit_id.startswith("faq"):
            return show.faq[int(unit_id[3:])].slot()
        seg_part, _, rest = unit_id.partition(".")
        segment = show.segments[int(seg_part[1:])]
        if rest == "offer":
            if not segment.offer:
                raise KeyError(unit_id)
            return segment.offer_slot()
        lines = segment.lines if rest[0] == "l" else segment.b_lines if rest[0] == "b" else None
        line = lines[int(rest[1:])]
        if not line.spoken:
            raise KeyError(unit_id)
        return line.slot()
    except (IndexError, ValueError, TypeError):
        raise KeyError(unit_id) from None


def set_source(show: Show, unit_id: str, text: str) -> None:
    """Edit a unit's source text; its translations turn stale by themselves (their hashes no
    longer match)."""
    slot_of(show, unit_id)          # KeyError for an unknown id
    text = " ".join(text.split())
    if not text:
        raise ValueError("a line cannot be empty")
    if unit_id.startswith("faq"):
        show.faq[int(unit_id[3:])].answer = text
        return
    seg_part, _, rest = unit_id.partition(".")
    segment = show.segments[int(seg_part[1:])]
    if rest == "offer":
        segment.offer = text
    else:
        (segment.lines if rest[0] == "l" else segment.b_lines)[int(rest[1:])].text = text
