"""Models: ItemPriority."""

from .._runtime._models import OpenIntEnum

__all__ = [
    "ItemPriority",
]


class ItemPriority(OpenIntEnum):
    """Reorder priority, 1 (high) to 3 (low)."""

    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
