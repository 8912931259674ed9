"""Models: ItemPage."""

from .._runtime._models import SDKModel
from .item import Item

__all__ = [
    "ItemPage",
]


class ItemPage(SDKModel):
    """ItemPage model."""

    data: list[Item]

    next_cursor: str | None
