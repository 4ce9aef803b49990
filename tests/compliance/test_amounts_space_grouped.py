"""A space-grouped amount before a currency ("1 199 €") is one amount, so notes and lines compare."""

import pytest

from studio.compliance.amounts import money_at
from studio.compliance.normalize import normalize


@pytest.mark.parametrize("text, values", [
    ("Avant 1 199 €, ce soir 799 €", [1199.0, 799.0]),
    ("Statt 1 299,99 € nur 999 €", [1299.99, 999.0]),
    ("buy 2 100ml bottles", [2.0, 100.0]),          # no currency: two numbers
])
def test_space_grouped_thousands_before_a_currency(text, values):
    assert [a for _, a in money_at(normalize(text).text)] == values
