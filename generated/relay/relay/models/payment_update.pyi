from typing_extensions import TypedDict

from .._runtime._models import SDKModel

__all__ = [
    "PaymentUpdate",
    "PaymentUpdateParam",
]

class PaymentUpdate(SDKModel):
    amount: int | None
    def __init__(
        self,
        *,
        amount: int | None = None,
    ) -> None: ...

class PaymentUpdateParam(TypedDict, total=False):
    amount: int
