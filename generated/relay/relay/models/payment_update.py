"""Models: PaymentUpdate."""

from typing_extensions import TypedDict

from .._runtime._models import SDKModel

__all__ = [
    "PaymentUpdate",
    "PaymentUpdateParam",
]


class PaymentUpdate(SDKModel):
    """PaymentUpdate model."""

    amount: int | None = None


class PaymentUpdateParam(TypedDict, total=False):
    """`PaymentUpdate` as a dict: the keys a request sends."""

    amount: int
