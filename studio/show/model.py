"""The run of show as one domain model shared by teleprompter, captions, try-on and sales."""

from __future__ import annotations

import datetime
import enum
from dataclasses import dataclass, field

from studio.show.money import Money


class LineKind(enum.Enum):
    SPOKEN = "spoken"   # the host says it; voice follow and captions align on it
    CUE = "cue"         # shown on the teleprompter, never spoken ("hold the box to camera")


@dataclass
class Line:
    text: str
    kind: LineKind = LineKind.SPOKEN
    # Producer-approved translations of this line, by language code ("es", "pt-BR", "zh-Hant").
    translations: dict[str, str] = field(default_factory=dict)
    source_line_no: int | None = field(default=None, compare=False)  # for findings and editors

    @property
    def spoken(self) -> bool:
        return self.kind is LineKind.SPOKEN


@dataclass
class Product:
    sku: str
    name: str
    price: Money | None = None
    look: str | None = None       # try-on look id, e.g. "lipstick:ruby-matte" (studio looks)
    stock: int | None = None      # units available for this live
    notes: str = ""


@dataclass
class Segment:
    title: str
    duration_s: float | None = None     # planned
    product_sku: str | None = None
    offer: str = ""
    offer_duration_s: float | None = None  # countdown shown while the offer runs
    lines: list[Line] = field(default_factory=list)
    source_line_no: int | None = field(default=None, compare=False)

    @property
    def spoken_lines(self) -> list[Line]:
        return [line for line in self.lines if line.spoken]


@dataclass
class Show:
    title: str
    markets: list[str] = field(default_factory=list)       # ISO country codes or "TIKTOK", "GULF"
    language: str = "en"                                    # the host's spoken language
    caption_languages: list[str] = field(default_factory=list)
    currency: str | None = None                             # default for prices without a code
    target: Money | None = None                             # sales target for the session
    date: datetime.date | None = None                       # when the live is planned (calendar checks)
    start_time: datetime.time | None = None                 # its local start time, if known
    products: list[Product] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)

    def product(self, sku: str | None) -> Product | None:
        if sku is None:
            return None
        for product in self.products:
            if product.sku == sku:
                return product
        return None

    def segment_product(self, index: int | None) -> Product | None:
        if index is None or not (0 <= index < len(self.segments)):
            return None
        return self.product(self.segments[index].product_sku)

    @property
    def planned_duration_s(self) -> float:
        return sum(s.duration_s or 0.0 for s in self.segments)
