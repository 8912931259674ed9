from . import NewItemUnit as NewItemUnit

__all__ = [
    "NewItemUnit",
]
