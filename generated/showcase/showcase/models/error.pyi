from . import Error as Error

__all__ = [
    "Error",
]
