from . import ItemUnit as ItemUnit

__all__ = [
    "ItemUnit",
]
