"""Models: Item."""

from __future__ import annotations

from .._runtime._models import SDKModel

__all__ = [
    "Item",
]


class Item(SDKModel):
    """Item model."""

    id: str

    index: int
