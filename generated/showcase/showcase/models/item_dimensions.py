"""Models: ItemDimensions."""

from __future__ import annotations

from .._runtime._models import SDKModel

__all__ = [
    "ItemDimensions",
]


class ItemDimensions(SDKModel):
    """Package size (an inline object)."""

    width_cm: float

    height_cm: float

    depth_cm: float | None = None
