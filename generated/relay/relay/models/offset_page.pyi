from . import OffsetPage as OffsetPage

__all__ = [
    "OffsetPage",
]
