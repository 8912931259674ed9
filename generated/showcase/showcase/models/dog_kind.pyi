from . import DogKind as DogKind

__all__ = [
    "DogKind",
]
