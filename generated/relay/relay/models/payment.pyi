from .._runtime._models import SDKModel

__all__ = [
    "Payment",
]

class Payment(SDKModel):
    id: str
    amount: int
    currency: str
    idempotency_key: str | None
    def __init__(
        self,
        *,
        id: str,
        amount: int,
        currency: str,
        idempotency_key: str | None,
    ) -> None: ...
