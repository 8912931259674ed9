from .._runtime._models import SDKModel

__all__ = [
    "PaymentUpdate",
]

class PaymentUpdate(SDKModel):
    amount: int | None
    def __init__(
        self,
        *,
        amount: int | None = None,
    ) -> None: ...
