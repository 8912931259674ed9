from typing import Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel

__all__ = [
    "NewItemDimensions",
    "NewItemDimensionsParam",
]

class NewItemDimensions(SDKModel):
    width_cm: float
    height_cm: float
    depth_cm: float | None
    def __init__(
        self,
        *,
        width_cm: float,
        height_cm: float,
        depth_cm: float | None = None,
    ) -> None: ...

class NewItemDimensionsParam(TypedDict, total=False):
    width_cm: Required[float]
    height_cm: Required[float]
    depth_cm: float
