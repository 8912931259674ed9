from . import Dog as Dog
from . import DogParam as DogParam

__all__ = [
    "Dog",
    "DogParam",
]
