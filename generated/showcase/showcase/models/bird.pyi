from . import Bird as Bird
from . import BirdParam as BirdParam

__all__ = [
    "Bird",
    "BirdParam",
]
