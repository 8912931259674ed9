"""Models: PaymentSucceededEvent."""

from typing import Literal

from .._runtime._models import SDKModel
from .payment import Payment

__all__ = [
    "PaymentSucceededEvent",
]


class PaymentSucceededEvent(SDKModel):
    """PaymentSucceededEvent model."""

    id: str

    type: Literal["payment.succeeded"]

    data: Payment
