"""Models: ItemUnit."""

from .._runtime._models import OpenStrEnum

__all__ = [
    "ItemUnit",
]


class ItemUnit(OpenStrEnum):
    """Unit the quantity is counted in."""

    PIECE = "piece"
    KG = "kg"
    LITRE = "litre"
