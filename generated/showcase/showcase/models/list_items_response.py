"""Models: ListItemsResponse."""

from .._runtime._models import SDKModel
from .item import Item

__all__ = [
    "ListItemsResponse",
]


class ListItemsResponse(SDKModel):
    """One page of items."""

    items: list[Item]

    total: int
    """Number of items matching the filters, over all pages."""

    page: int
    """The page returned."""

    next_page: int | None
    """The next page number, or null on the last page."""
