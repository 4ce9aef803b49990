"""Money as exact integers of minor units, with each currency's own minor-unit count."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

# ISO 4217 minor units for currencies that differ from 2, plus the common ones
# for the markets we sell into. Anything not listed has 2.
MINOR_UNITS: dict[str, int] = {
    "JPY": 0, "KRW": 0, "VND": 0, "CLP": 0, "ISK": 0, "UGX": 0, "PYG": 0, "XAF": 0, "XOF": 0,
    "KWD": 3, "BHD": 3, "OMR": 3, "JOD": 3, "IQD": 3, "LYD": 3, "TND": 3,
}


def minor_units(currency: str) -> int:
    return MINOR_UNITS.get(currency.upper(), 2)


@dataclass(frozen=True, order=True)
class Money:
    """An amount in minor units (cents, fils, yen) of one currency. Never a float."""

    amount_minor: int
    currency: str

    @classmethod
    def parse(cls, amount: str | int | Decimal, currency: str) -> "Money":
        """'19.90' USD -> 1990; '1,980' JPY -> 1980; refuses more decimals than the currency has."""
        currency = currency.strip().upper()
        if len(currency) != 3 or not currency.isalpha():
            raise ValueError(f"'{currency}' is not a three-letter currency code (like USD, CNY, IDR)")
        text = str(amount).strip().replace(",", "").replace("_", "")
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise ValueError(f"'{amount}' is not an amount of money") from None
        digits = minor_units(currency)
        scaled = value.scaleb(digits)
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{currency} has {digits} decimal places; '{amount}' has more")
        return cls(int(scaled.to_integral_value(ROUND_HALF_EVEN)), currency)

    @classmethod
    def parse_with_code(cls, text: str, default_currency: str | None = None) -> "Money":
        """'19.90 USD', 'USD 19.90' or '19.90' with a default currency."""
        parts = text.replace("\u00a0", " ").split()
        if len(parts) == 2:
            a, b = parts
            return cls.parse(a, b) if b.isalpha() else cls.parse(b, a)
        if len(parts) == 1 and default_currency:
            return cls.parse(parts[0], default_currency)
        raise ValueError(f"'{text}' is not a price: write it like '19.90 USD'")

    def to_decimal(self) -> Decimal:
        return Decimal(self.amount_minor).scaleb(-minor_units(self.currency))

    def __str__(self) -> str:
        digits = minor_units(self.currency)
        return f"{self.to_decimal():,.{digits}f} {self.currency}"

    def __add__(self, other: "Money") -> "Money":
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.amount_minor + other.amount_minor, self.currency)

    def __mul__(self, quantity: int) -> "Money":
        if not isinstance(quantity, int):
            raise TypeError("money is multiplied by whole quantities only")
        return Money(self.amount_minor * quantity, self.currency)
