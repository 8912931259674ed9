"""Models: PaymentSucceededEventType."""

from .._runtime._models import OpenStrEnum

__all__ = [
    "PaymentSucceededEventType",
]


class PaymentSucceededEventType(OpenStrEnum):
    """PaymentSucceededEventType values; unknown values are accepted."""

    PAYMENT_SUCCEEDED = "payment.succeeded"
