from . import TourStop as TourStop

__all__ = [
    "TourStop",
]
