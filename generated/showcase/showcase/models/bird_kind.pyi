from . import BirdKind as BirdKind

__all__ = [
    "BirdKind",
]
