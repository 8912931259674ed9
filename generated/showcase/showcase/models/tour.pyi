from .._runtime._models import SDKModel
from .tour_stop import TourStop

__all__ = [
    "Tour",
]

class Tour(SDKModel):
    id: int
    title: str
    first_stop: TourStop
    def __init__(
        self,
        *,
        id: int,
        title: str,
        first_stop: TourStop,
    ) -> None: ...
