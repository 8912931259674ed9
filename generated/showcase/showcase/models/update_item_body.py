"""Models: UpdateItemBody."""

from typing import Literal

from typing_extensions import TypedDict

from .._runtime._models import SDKModel
from .item_status import ItemStatus
from .money import Money, MoneyParam

__all__ = [
    "UpdateItemBody",
    "UpdateItemBodyParam",
]


class UpdateItemBody(SDKModel):
    """The fields to change."""

    name: str | None = None
    """New name."""

    description: str | None = None
    """New description, or null to clear it."""

    quantity: int | None = None
    """New quantity in stock."""

    status: ItemStatus | None = None

    price: Money | None = None

    tags: list[str] | None = None


class UpdateItemBodyParam(TypedDict, total=False):
    """`UpdateItemBody` as a dict: the keys a request sends."""

    name: str
    description: str | None
    quantity: int
    status: ItemStatus | Literal["available", "reserved", "sold_out"]
    price: Money | MoneyParam
    tags: list[str]
