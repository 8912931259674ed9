from . import NewItem as NewItem
from . import NewItemParam as NewItemParam

__all__ = [
    "NewItem",
    "NewItemParam",
]
