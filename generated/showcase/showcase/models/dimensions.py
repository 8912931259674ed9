"""Models: Dimensions."""

from .._runtime._models import SDKModel

__all__ = [
    "Dimensions",
]


class Dimensions(SDKModel):
    """Package size (an inline object)."""

    width_cm: float

    height_cm: float

    depth_cm: float | None = None
