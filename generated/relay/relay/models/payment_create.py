"""Models: PaymentCreate."""

from typing import Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel

__all__ = [
    "PaymentCreate",
    "PaymentCreateParam",
]


class PaymentCreate(SDKModel):
    """PaymentCreate model."""

    amount: int
    """Amount in minor units (cents)."""

    currency: str


class PaymentCreateParam(TypedDict, total=False):
    """`PaymentCreate` as a dict: the keys a request sends."""

    amount: Required[int]
    currency: Required[str]
