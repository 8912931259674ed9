# ruff: noqa: PYI052
# (enum members are not annotated, as the typing spec asks; ruff cannot tell that
# OpenStrEnum and OpenIntEnum are enums)

from .._runtime._models import OpenIntEnum

__all__ = [
    "ItemPriority",
]

class ItemPriority(OpenIntEnum):
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
