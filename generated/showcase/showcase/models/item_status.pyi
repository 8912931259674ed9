from . import ItemStatus as ItemStatus

__all__ = [
    "ItemStatus",
]
