from . import Animal as Animal

__all__ = [
    "Animal",
]
