from . import NewItemPriority as NewItemPriority

__all__ = [
    "NewItemPriority",
]
