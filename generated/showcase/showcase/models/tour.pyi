from . import Tour as Tour

__all__ = [
    "Tour",
]
