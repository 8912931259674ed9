"""Models: Item."""

from .._runtime._models import SDKModel

__all__ = [
    "Item",
]


class Item(SDKModel):
    """Item model."""

    id: str

    index: int
