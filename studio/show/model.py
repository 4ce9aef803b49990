"""The run of show as one domain model shared by teleprompter, captions, try-on and sales."""

from __future__ import annotations

import datetime
import enum
from dataclasses import dataclass, field

from studio.show.money import Money
from studio.show.translations import Proposal, Slot


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
    # Source hash each approved translation was approved for (absent: untracked, never stale) and
    # drafts awaiting review; see studio.show.translations.
    translation_hashes: dict[str, str] = field(default_factory=dict)
    proposed: dict[str, Proposal] = field(default_factory=dict)

    @property
    def spoken(self) -> bool:
        return self.kind is LineKind.SPOKEN

    def slot(self) -> Slot:
        return Slot(self.text, self.translations, self.translation_hashes, self.proposed)

    def live_translations(self) -> dict[str, str]:
        """Approved translations of the line as it stands (never proposed or stale ones)."""
        return self.slot().live()


@dataclass
class Product:
    sku: str
    name: str
    price: Money | None = None
    look: str | None = None       # try-on look id, e.g. "lipstick:ruby-matte" (studio looks)
    stock: int | None = None      # units available for this live
    notes: str = ""
    # How buyers name it, any language ("the red one", "labial rojo", "son đỏ"): comments match on these.
    aliases: list[str] = field(default_factory=list)


@dataclass
class Segment:
    title: str
    duration_s: float | None = None     # planned
    product_sku: str | None = None
    offer: str = ""
    offer_duration_s: float | None = None  # countdown shown while the offer runs
    lines: list[Line] = field(default_factory=list)
    # The segment's B talk-track: a stronger alternative the producer can switch to (e.g. when viewers leave).
    b_lines: list[Line] = field(default_factory=list)
    source_line_no: int | None = field(default=None, compare=False)
    # Translations of the offer text ('> xx:' lines right under 'offer:').
    offer_translations: dict[str, str] = field(default_factory=dict)
    offer_translation_hashes: dict[str, str] = field(default_factory=dict)
    offer_proposed: dict[str, Proposal] = field(default_factory=dict)

    def offer_slot(self) -> Slot:
        return Slot(self.offer, self.offer_translations, self.offer_translation_hashes, self.offer_proposed)

    @property
    def spoken_lines(self) -> list[Line]:
        return [line for line in self.lines if line.spoken]

    @property
    def spoken_b_lines(self) -> list[Line]:
        return [line for line in self.b_lines if line.spoken]


@dataclass
class FaqEntry:
    """A question buyers ask, with the producer-approved answer and its approved translations."""

    title: str
    topic: str                                   # grouping key, e.g. "shipping"
    product_sku: str | None = None               # None: about the shop or the show, not one product
    questions: list[str] = field(default_factory=list)   # how buyers ask it, any language
    answer: str = ""                             # in answer_language
    answer_language: str = "en"
    translations: dict[str, str] = field(default_factory=dict)
    source_line_no: int | None = field(default=None, compare=False)
    translation_hashes: dict[str, str] = field(default_factory=dict)
    proposed: dict[str, Proposal] = field(default_factory=dict)

    def slot(self) -> Slot:
        return Slot(self.answer, self.translations, self.translation_hashes, self.proposed)

    def answer_in(self, lang: str) -> str | None:
        """The approved answer in `lang` ("pt-BR" falls back to "pt"), or None when none is approved
        (a proposed or stale translation is not an approved one)."""
        base = lang.split("-")[0].lower()
        if base == self.answer_language.split("-")[0].lower():
            return self.answer or None
        approved = self.slot().live()
        for key in (lang, base):
            if key in approved:
                return approved[key]
        for key, text in approved.items():
            if key.split("-")[0].lower() == base:
                return text
        return None


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
    faq: list[FaqEntry] = field(default_factory=list)

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
