"""Models: PaymentUpdate."""

from __future__ import annotations

from .._runtime._models import SDKModel

__all__ = [
    "PaymentUpdate",
]


class PaymentUpdate(SDKModel):
    """PaymentUpdate model."""

    amount: int | None = None
