"""The records of the sales log, as the app, the CLI and the reports see them."""

from __future__ import annotations

from dataclasses import dataclass

from studio.show.money import Money


@dataclass(frozen=True)
class SaleInput:
    """What the host or an assistant logs. Defaults are the one-keystroke case."""

    sku: str | None = None            # None: the product of the segment on screen
    quantity: int = 1
    unit_price: Money | None = None   # None: the catalog price
    coupon: str | None = None
    discount: Money | None = None     # taken off the line total (coupon value)
    note: str = ""
    buyer: str | None = None          # personal data: stored only when the user types it
    comment_id: str | None = None     # the buy comment this sale came from (LiveEvent.event_id)


@dataclass(frozen=True)
class SaleEdit:
    """A correction to a logged sale; None leaves the field as it is."""

    quantity: int | None = None
    unit_price: Money | None = None
    coupon: str | None = None
    discount: Money | None = None
    note: str | None = None


@dataclass(frozen=True)
class Sale:
    """A logged sale. Returned by log_sale only after its transaction committed to disk."""

    sale_id: int
    session_id: int
    at_ms: int                       # Unix epoch milliseconds, UTC
    sku: str
    product_name: str
    quantity: int
    unit_price: Money
    discount: Money
    total: Money
    coupon: str | None
    segment_index: int | None
    segment_title: str | None
    note: str = ""
    origin: str = ""
    undone: bool = False
    comment_id: str | None = None    # the buy comment it was logged from


SaleReceipt = Sale   # the name the issue uses for what log_sale returns


@dataclass(frozen=True)
class SessionInfo:
    session_id: int
    title: str
    show_title: str | None
    currency: str                    # reporting currency
    target: Money | None
    started_ms: int
    ended_ms: int | None
    unique_viewers: int | None = None

    @property
    def is_open(self) -> bool:
        return self.ended_ms is None


@dataclass(frozen=True)
class SegmentRef:
    index: int
    title: str
    product_sku: str | None


@dataclass(frozen=True)
class Marker:
    marker_id: int
    session_id: int
    at_ms: int
    segment_index: int | None
    note: str
