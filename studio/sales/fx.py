"""Converting sums between currencies with a session's FX snapshot, exactly (Decimal, no floats)."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

from studio.show.money import Money, minor_units


def convert_minor(amount_minor: int, currency: str, base: str, rates: dict[str, Decimal]) -> int | None:
    """`amount_minor` of `currency` in minor units of `base`; None when the snapshot has no rate.

    rates[c] = units of `base` per 1 unit of c. Rounded half-even once, on the sum, not per sale.
    """
    if currency == base:
        return amount_minor
    rate = rates.get(currency)
    if rate is None:
        return None
    major = Decimal(amount_minor).scaleb(-minor_units(currency)) * rate
    return int(major.scaleb(minor_units(base)).to_integral_value(ROUND_HALF_EVEN))


class Totals:
    """Sums per currency, converted to one base currency on demand."""

    def __init__(self, base: str, rates: dict[str, Decimal]):
        self.base = base
        self.rates = rates
        self.by_currency: dict[str, int] = {}

    def add(self, amount_minor: int, currency: str) -> None:
        self.by_currency[currency] = self.by_currency.get(currency, 0) + amount_minor

    @property
    def missing_rates(self) -> tuple[str, ...]:
        return tuple(sorted(c for c in self.by_currency if convert_minor(0, c, self.base, self.rates) is None))

    def in_base(self) -> Money:
        """The total in the base currency; currencies without a rate are left out (see missing_rates)."""
        total = 0
        for currency, amount in self.by_currency.items():
            converted = convert_minor(amount, currency, self.base, self.rates)
            if converted is not None:
                total += converted
        return Money(total, self.base)

    def unconverted(self) -> dict[str, Money]:
        """The amounts left out of in_base() for want of a rate, in their own currencies."""
        return {c: Money(self.by_currency[c], c) for c in self.missing_rates}

    def as_money(self) -> dict[str, Money]:
        return {c: Money(a, c) for c, a in sorted(self.by_currency.items())}
