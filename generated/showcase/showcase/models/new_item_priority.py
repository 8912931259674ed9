"""Models: NewItemPriority."""

from .._runtime._models import OpenIntEnum

__all__ = [
    "NewItemPriority",
]


class NewItemPriority(OpenIntEnum):
    """NewItemPriority values; unknown values are accepted."""

    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
