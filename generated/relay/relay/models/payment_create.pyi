from typing import Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel

__all__ = [
    "PaymentCreate",
    "PaymentCreateParam",
]

class PaymentCreate(SDKModel):
    amount: int
    currency: str
    def __init__(
        self,
        *,
        amount: int,
        currency: str,
    ) -> None: ...

class PaymentCreateParam(TypedDict, total=False):
    amount: Required[int]
    currency: Required[str]
