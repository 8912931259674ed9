"""Models: UpdateItemBody."""

from __future__ import annotations

from .._runtime._models import SDKModel
from .item_status import ItemStatus
from .money import Money

__all__ = [
    "UpdateItemBody",
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
