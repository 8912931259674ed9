"""Models: ItemDetail."""

from .category import Category
from .history import History
from .item import Item

__all__ = [
    "ItemDetail",
]


class ItemDetail(Item):
    """An item with its category and stock history."""

    category: Category | None = None

    history: list[History]
    """Stock changes, oldest first."""
