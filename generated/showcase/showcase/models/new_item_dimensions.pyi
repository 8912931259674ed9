from . import NewItemDimensions as NewItemDimensions
from . import NewItemDimensionsParam as NewItemDimensionsParam

__all__ = [
    "NewItemDimensions",
    "NewItemDimensionsParam",
]
