from . import AnimalBase as AnimalBase

__all__ = [
    "AnimalBase",
]
