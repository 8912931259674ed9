"""Models: Payment."""

from .._runtime._models import SDKModel

__all__ = [
    "Payment",
]


class Payment(SDKModel):
    """Payment model."""

    id: str

    amount: int

    currency: str

    idempotency_key: str | None
    """The idempotency key of the request, or null."""
