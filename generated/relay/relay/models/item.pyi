from . import Item as Item

__all__ = [
    "Item",
]
