"""Models: Money."""

from __future__ import annotations

from .._runtime._models import SDKModel
from .currency_code import CurrencyCode

__all__ = [
    "Money",
]


class Money(SDKModel):
    """An amount of money in a given currency."""

    amount: float
    """The amount, in major units (e.g. 12.5 means twelve and a half)."""

    currency: CurrencyCode
