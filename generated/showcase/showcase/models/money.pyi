from typing import Literal, Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel
from .currency_code import CurrencyCode

__all__ = [
    "Money",
    "MoneyParam",
]

class Money(SDKModel):
    amount: float
    currency: CurrencyCode
    def __init__(
        self,
        *,
        amount: float,
        currency: CurrencyCode | Literal["EUR", "USD", "GBP"],
    ) -> None: ...

class MoneyParam(TypedDict, total=False):
    amount: Required[float]
    currency: Required[CurrencyCode | Literal["EUR", "USD", "GBP"]]
