from . import ItemDetail as ItemDetail

__all__ = [
    "ItemDetail",
]
