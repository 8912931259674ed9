from .._runtime._models import SDKModel

__all__ = [
    "Dimensions",
]

class Dimensions(SDKModel):
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
