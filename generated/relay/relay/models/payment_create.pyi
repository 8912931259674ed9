from .._runtime._models import SDKModel

__all__ = [
    "PaymentCreate",
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
