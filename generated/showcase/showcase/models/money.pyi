from typing import Literal

from .._runtime._models import SDKModel
from .currency_code import CurrencyCode

__all__ = [
    "Money",
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
