"""Models: NewItemDimensions."""

from typing import Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel

__all__ = [
    "NewItemDimensions",
    "NewItemDimensionsParam",
]


class NewItemDimensions(SDKModel):
    """NewItemDimensions model."""

    width_cm: float

    height_cm: float

    depth_cm: float | None = None


class NewItemDimensionsParam(TypedDict, total=False):
    """`NewItemDimensions` as a dict: the keys a request sends."""

    width_cm: Required[float]
    height_cm: Required[float]
    depth_cm: float
