"""Models: ItemStatus."""

from .._runtime._models import OpenStrEnum

__all__ = [
    "ItemStatus",
]


class ItemStatus(OpenStrEnum):
    """Availability of a store item."""

    AVAILABLE = "available"
    RESERVED = "reserved"
    SOLD_OUT = "sold_out"
