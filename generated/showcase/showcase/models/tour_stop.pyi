from .._runtime._models import SDKModel

__all__ = [
    "TourStop",
]

class TourStop(SDKModel):
    name: str
    duration_minutes: int
    next: TourStop | None
    def __init__(
        self,
        *,
        name: str,
        duration_minutes: int = ...,
        next: TourStop | None = None,
    ) -> None: ...
