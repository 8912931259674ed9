"""Models: NewItemDimensions."""

from __future__ import annotations

from .._runtime._models import SDKModel

__all__ = [
    "NewItemDimensions",
]


class NewItemDimensions(SDKModel):
    """NewItemDimensions model."""

    width_cm: float

    height_cm: float

    depth_cm: float | None = None
