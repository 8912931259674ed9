from . import ContactMethod as ContactMethod

__all__ = [
    "ContactMethod",
]
