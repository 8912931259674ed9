"""Models: SizeClass."""

from .._runtime._models import OpenIntEnum

__all__ = [
    "SizeClass",
]


class SizeClass(OpenIntEnum):
    """Size class of an animal. 1 = small, 2 = medium, 3 = large."""

    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
