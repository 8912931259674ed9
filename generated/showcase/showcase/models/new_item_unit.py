"""Models: NewItemUnit."""

from .._runtime._models import OpenStrEnum

__all__ = [
    "NewItemUnit",
]


class NewItemUnit(OpenStrEnum):
    """NewItemUnit values; unknown values are accepted."""

    PIECE = "piece"
    KG = "kg"
    LITRE = "litre"
