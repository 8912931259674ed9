"""Models: Tour."""

from .._runtime._models import SDKModel
from .tour_stop import TourStop

__all__ = [
    "Tour",
]


class Tour(SDKModel):
    """A guided tour."""

    id: int

    title: str

    first_stop: TourStop
