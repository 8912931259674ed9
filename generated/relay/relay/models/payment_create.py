"""Models: PaymentCreate."""

from __future__ import annotations

from .._runtime._models import SDKModel

__all__ = [
    "PaymentCreate",
]


class PaymentCreate(SDKModel):
    """PaymentCreate model."""

    amount: int
    """Amount in minor units (cents)."""

    currency: str
