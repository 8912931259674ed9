from . import ItemPriority as ItemPriority

__all__ = [
    "ItemPriority",
]
