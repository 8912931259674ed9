"""Models: Money."""

from typing import Literal, Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel
from .currency_code import CurrencyCode

__all__ = [
    "Money",
    "MoneyParam",
]


class Money(SDKModel):
    """An amount of money in a given currency."""

    amount: float
    """The amount, in major units (e.g. 12.5 means twelve and a half)."""

    currency: CurrencyCode


class MoneyParam(TypedDict, total=False):
    """`Money` as a dict: the keys a request sends."""

    amount: Required[float]
    currency: Required[CurrencyCode | Literal["EUR", "USD", "GBP"]]
