from . import Dimensions as Dimensions

__all__ = [
    "Dimensions",
]
